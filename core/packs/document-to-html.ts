// Runs anywhere (core): the live preview of a pack: HTML (as a tree of plain nodes, see
// html/html-node.ts) made from the SAME typeset document the PDF is made from, so what
// staff see is what prints. It follows the engine's rules for language and direction: each
// block, column and span carries its lang and dir; a row of columns in a right-to-left
// language puts its first column on the right; Chinese paragraphs are justified. The cover
// is a sheet of its own; page breaks start a new sheet, with the running header and footer.
import { assertNever } from '../assert-never';
import type { Block, Cover, CoverLine, RichText, RunningLine, TypesetDocument } from '../typeset/document-schema';
import { alignToBlockStart, plainText } from '../typeset/layout/rich-text';
import { runningTextAlign } from '../typeset/layout/styles';
import { directionOfLanguage, directionOfText, type Direction } from './html/html-direction';
import { h, type HtmlElement, type HtmlNode } from './html/html-node';
import { richTextNodes } from './html/rich-text-html';

export interface PreviewHeading {
  /** The id of the heading element in the preview. */
  id: string;
  level: 1 | 2 | 3;
  text: string;
  lang: string;
  dir: Direction;
}

export interface PackPreview {
  /** `<article class="pv-document">` holding one `<section class="pv-sheet">` per sheet. */
  root: HtmlElement;
  /** The bookmarked headings in reading order (the PDF's outline), for a contents list. */
  headings: PreviewHeading[];
  sheets: number;
}

export interface DocumentToHtmlOptions {
  /** Prefix of the heading ids, unique per preview on a page. */
  idPrefix?: string;
}

interface Context {
  /** The language and direction of the enclosing element. */
  lang: string;
  dir: Direction;
  state: State;
}

interface State {
  headings: PreviewHeading[];
  idPrefix: string;
  /** Contents blocks, filled with the headings after them once every heading is known. */
  contents: { element: HtmlElement; from: number; depth: number; lang: string }[];
}

const ALIGN_CLASS = { start: 'pv-align-start', end: 'pv-align-end', center: 'pv-align-center', justify: 'pv-align-justify' } as const;

/** lang only where it changes; dir always, so each block states its own direction. */
function languageAttrs(ctx: Context, lang: string, dir: Direction) {
  return { lang: lang !== ctx.lang ? lang : undefined, dir };
}

/**
 * A block of text. `align` as the document gives it, or 'block-start' for the engine's
 * cover, cards and contents, which put every line on its block's start side whatever the
 * line's own direction (a Chinese line in an Arabic card stays on the right).
 */
function textBlock(
  ctx: Context,
  tag: 'p' | 'h2' | 'h3' | 'h4' | 'div' | 'li' | 'dt' | 'dd',
  classes: string,
  text: RichText,
  lang: string,
  align: keyof typeof ALIGN_CLASS | 'block-start' | undefined,
  path?: string,
): HtmlElement {
  const dir = directionOfText(text, lang);
  const alignment = align === 'block-start' ? alignToBlockStart(text, lang) : (align ?? (tag === 'p' && runningTextAlign(lang) === 'justify' ? 'justify' : undefined));
  const className = [classes, alignment ? ALIGN_CLASS[alignment] : ''].filter(Boolean).join(' ');
  return h(tag, { class: className, ...languageAttrs(ctx, lang, dir), 'data-block': path }, richTextNodes(text, lang));
}

function blockNode(ctx: Context, block: Block, path: string): HtmlElement | undefined {
  if (block.type === 'pageBreak') return undefined;
  const lang = block.lang ?? ctx.lang;
  switch (block.type) {
    case 'heading': {
      const tag = (['h2', 'h3', 'h4'] as const)[block.level - 1]!;
      const node = textBlock(ctx, tag, `pv-heading pv-heading-${block.level}`, block.text, lang, block.align, path);
      if (block.bookmark !== false) {
        const { headings, idPrefix } = ctx.state;
        const id = `${idPrefix}h${headings.length + 1}`;
        node.attrs.id = id;
        headings.push({ id, level: block.level, text: plainText(block.text), lang, dir: node.attrs.dir ?? 'ltr' });
      }
      return node;
    }
    case 'paragraph':
      return textBlock(ctx, 'p', `pv-paragraph${block.tone === 'muted' ? ' pv-tone-muted' : ''}`, block.text, lang, block.align, path);
    case 'list': {
      const dir = directionOfLanguage(lang);
      // Items are running text, aligned as the engine sets them.
      const align = runningTextAlign(lang) === 'justify' ? ALIGN_CLASS.justify : undefined;
      const items = block.items.map((item, i) =>
        h('li', { class: align, dir: directionOfText(item, lang), 'data-block': `${path}.items[${i}]` }, richTextNodes(item, lang)),
      );
      const start = block.ordered && block.start !== undefined && block.start !== 1 ? block.start : undefined;
      return h(block.ordered ? 'ol' : 'ul', { class: 'pv-list', ...languageAttrs(ctx, lang, dir), start, 'data-block': path }, items);
    }
    case 'table': {
      const dir = directionOfLanguage(lang);
      const cell = (tag: 'th' | 'td', text: RichText) => {
        const cellDir = directionOfText(text, lang);
        return h(tag, { dir: cellDir !== dir ? cellDir : undefined }, richTextNodes(text, lang));
      };
      const parts: HtmlElement[] = [];
      if (block.widths) {
        // The engine's relative widths, as each column's share of the table.
        const total = block.widths.reduce((a, b) => a + b, 0);
        parts.push(h('colgroup', {}, block.widths.map((w) => h('col', { width: `${Math.round((w / total) * 1000) / 10}%` }))));
      }
      if (block.header) parts.push(h('thead', {}, [h('tr', {}, block.header.map((text) => cell('th', text)))]));
      parts.push(h('tbody', {}, block.rows.map((row) => h('tr', {}, row.map((text) => cell('td', text))))));
      return h('table', { class: 'pv-table', ...languageAttrs(ctx, lang, dir), 'data-block': path }, parts);
    }
    case 'columns': {
      // The engine's rule: the row's own language decides which side its first column is on.
      const dir = directionOfLanguage(lang);
      const row: Context = { ...ctx, lang, dir };
      const columns = block.columns.map((column, i) => {
        const columnLang = column.lang ?? lang;
        const columnDir = directionOfLanguage(columnLang);
        const weight = Math.round(column.width ?? 1);
        return h(
          'div',
          { class: `pv-column${weight >= 2 && weight <= 4 ? ` pv-grow-${weight}` : ''}`, lang: columnLang, dir: columnDir },
          blockList({ ...row, lang: columnLang, dir: columnDir }, column.blocks, `${path}.columns[${i}].blocks`),
        );
      });
      return h('div', { class: `pv-columns pv-columns-${block.columns.length}`, ...languageAttrs(ctx, lang, dir), 'data-block': path }, columns);
    }
    case 'image': {
      const dir = directionOfLanguage(lang);
      const caption = block.caption ? [h('figcaption', {}, richTextNodes(block.caption, lang))] : [];
      return h('figure', { class: `pv-figure pv-figure-${block.align ?? 'center'}`, ...languageAttrs(ctx, lang, dir), 'data-block': path }, [
        picture(block.src, block.alt ?? (block.caption ? plainText(block.caption) : '')),
        ...caption,
      ]);
    }
    case 'cards': {
      const dir = directionOfLanguage(lang);
      const per = Math.min(4, Math.max(1, block.columns ?? 3));
      const inner: Context = { ...ctx, lang, dir };
      const cards = block.cards.map((card, i) =>
        h('div', { class: 'pv-card', 'data-block': `${path}.cards[${i}]` }, [
          textBlock(inner, 'div', 'pv-card-value', card.value, lang, 'block-start'),
          textBlock(inner, 'div', 'pv-card-label', card.label, lang, 'block-start'),
          ...(card.note ? [textBlock(inner, 'div', 'pv-card-note', card.note, lang, 'block-start')] : []),
        ]),
      );
      return h('div', { class: `pv-cards pv-cards-${per}`, ...languageAttrs(ctx, lang, dir), 'data-block': path }, cards);
    }
    case 'contents': {
      const dir = directionOfLanguage(lang);
      const element = h('ol', { class: 'pv-contents', ...languageAttrs(ctx, lang, dir), 'data-block': path }, []);
      ctx.state.contents.push({ element, from: ctx.state.headings.length, depth: block.depth ?? 1, lang });
      return element;
    }
    default:
      return assertNever(block, 'block');
  }
}

function picture(src: string, alt: string): HtmlElement {
  // The preview shows pictures it has the bytes of; a path is the host's business.
  return src.startsWith('data:image/') ? h('img', { class: 'pv-image', src, alt }) : h('div', { class: 'pv-image-placeholder', dir: 'ltr' }, [src]);
}

function blockList(ctx: Context, blocks: readonly Block[], path: string): HtmlNode[] {
  const out: HtmlNode[] = [];
  blocks.forEach((block, i) => {
    const node = blockNode(ctx, block, `${path}[${i}]`);
    if (node) out.push(node);
  });
  return out;
}

function isRichText(value: RichText | RunningLine): value is RichText {
  return typeof value === 'string' || Array.isArray(value);
}

function fillPageNumbers(text: RichText, page: number, pages: number): RichText {
  const fill = (value: string) => value.replaceAll('{page}', String(page)).replaceAll('{pages}', String(pages));
  return typeof text === 'string' ? fill(text) : text.map((span) => ({ ...span, text: fill(span.text) }));
}

/** A running header or footer in three parts, start and end following the document's direction. */
function runningLine(ctx: Context, tag: 'header' | 'footer', value: RichText | RunningLine, page: number, pages: number): HtmlElement {
  const line: RunningLine = isRichText(value) ? (tag === 'header' ? { start: value } : { center: value }) : value;
  // Each part sits on the document's side (its element takes the line's direction); its
  // text keeps its own direction inside (a Chinese title at the start of an Arabic footer).
  const parts = (['start', 'center', 'end'] as const).map((part) => {
    const text = line[part];
    if (!text) return h('span', { class: `pv-run-${part}` });
    const filled = fillPageNumbers(text, page, pages);
    return h('span', { class: `pv-run-${part}` }, [h('span', { dir: directionOfText(filled, ctx.lang) }, richTextNodes(filled, ctx.lang))]);
  });
  return h(tag, { class: `pv-running-${tag}`, dir: ctx.dir }, parts);
}

/** Cover lines, each on the cover's start side whatever its own direction (as the engine sets them). */
function coverLines(ctx: Context, className: string, lines: readonly CoverLine[] | undefined, tag: 'div' | 'h2' = 'div'): HtmlElement[] {
  return (lines ?? []).map((line) => {
    const lang = line.lang ?? ctx.lang;
    const node = textBlock(ctx, tag, className, line.text, lang, undefined);
    const align = directionOfText(line.text, lang) === ctx.dir ? 'start' : 'end';
    node.attrs.class = `${className} ${ALIGN_CLASS[align]}`;
    return node;
  });
}

function coverSheet(parent: Context, cover: Cover): HtmlElement {
  const lang = cover.lang ?? parent.lang;
  const ctx: Context = { ...parent, lang, dir: directionOfLanguage(lang) };
  const band = h('div', { class: 'pv-cover-band' }, [
    h('div', { class: 'pv-cover-band-text' }, coverLines(ctx, 'pv-cover-band-line', cover.band)),
    ...(cover.logo ? [h('div', { class: 'pv-cover-logo' }, [picture(cover.logo, '')])] : []),
  ]);
  const details = (cover.details ?? []).flatMap((detail) => {
    const detailLang = detail.lang ?? lang;
    return [
      ...coverLines(ctx, 'pv-cover-label', [{ text: detail.label, lang: detailLang }]).map((node) => ({ ...node, tag: 'dt' as const })),
      ...coverLines(ctx, 'pv-cover-value', [{ text: detail.value, lang: detailLang }]).map((node) => ({ ...node, tag: 'dd' as const })),
    ];
  });
  return h('section', { class: 'pv-sheet pv-cover', ...languageAttrs(parent, lang, ctx.dir) }, [
    band,
    h('div', { class: 'pv-cover-main' }, [
      ...coverLines(ctx, 'pv-cover-kicker', cover.kicker),
      ...coverLines(ctx, 'pv-cover-title', cover.title, 'h2'),
      h('div', { class: 'pv-cover-rule' }),
      ...coverLines(ctx, 'pv-cover-subtitle', cover.subtitle),
    ]),
    ...(details.length > 0 ? [h('dl', { class: 'pv-cover-details' }, details)] : []),
    ...(cover.note ? [h('div', { class: 'pv-cover-note' }, coverLines(ctx, 'pv-cover-note-line', cover.note))] : []),
  ]);
}

function fillContents(state: State): void {
  for (const { element, from, depth, lang } of state.contents) {
    element.children = state.headings
      .slice(from)
      .filter((heading) => heading.level <= depth)
      .map((heading) => {
        const entry = h('li', { class: `pv-contents-entry pv-contents-level-${heading.level}`, lang: heading.lang !== lang ? heading.lang : undefined, dir: heading.dir }, [heading.text]);
        entry.attrs.class += ` ${ALIGN_CLASS[alignToBlockStart(heading.text, lang)]}`;
        return entry;
      });
  }
}

export function documentToHtml(doc: TypesetDocument, options: DocumentToHtmlOptions = {}): PackPreview {
  const lang = doc.lang ?? 'en';
  const dir = directionOfLanguage(lang);
  const state: State = { headings: [], idPrefix: options.idPrefix ?? 'pv-', contents: [] };
  const ctx: Context = { lang, dir, state };

  // Sheets: the blocks between page breaks, as the PDF starts a page at each (never an empty one).
  const groups: { block: Block; index: number }[][] = [[]];
  doc.blocks.forEach((block, index) => {
    if (block.type === 'pageBreak') {
      if (groups[groups.length - 1]!.length > 0) groups.push([]);
    } else groups[groups.length - 1]!.push({ block, index });
  });
  if (groups.length > 1 && groups[groups.length - 1]!.length === 0) groups.pop();

  const sheets: HtmlElement[] = [];
  if (doc.cover) sheets.push(coverSheet(ctx, doc.cover));
  const total = groups.length + sheets.length;
  for (const group of groups) {
    const page = sheets.length + 1;
    const body = group.map(({ block, index }) => blockNode(ctx, block, `blocks[${index}]`)).filter((node): node is HtmlElement => !!node);
    sheets.push(
      h('section', { class: 'pv-sheet' }, [
        ...(doc.header ? [runningLine(ctx, 'header', doc.header, page, total)] : []),
        h('div', { class: 'pv-sheet-body' }, body),
        ...(doc.footer ? [runningLine(ctx, 'footer', doc.footer, page, total)] : []),
      ]),
    );
  }
  fillContents(state);

  const root = h('article', { class: 'pv-document', lang, dir, title: doc.title }, sheets);
  return { root, headings: state.headings, sheets: sheets.length };
}
