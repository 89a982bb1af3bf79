// Runs anywhere (core): the library's sections as blocks of the engine, in the pack's
// language layout. A section's title is a level-1 heading (its own headings move one level
// down); key figures become cards. Which blocks there are is the audience's view of the
// workspace (public templates never see an internal block, see public-view.ts).
import type { Block as ModelBlock, KeyFiguresBlock, TableBlock as ModelTable } from '../model/blocks';
import type { Card, Block, TableBlock } from '../typeset/document-schema';
import type { PackContext, PackSection } from './pack-context';
import { pairedText, paired, segmentHeading, twinAlign } from './language-layout';
import { formatFigure } from './pack-format';
import { SOURCE_LANGUAGE, type SegmentPlace } from './pack-texts';
import { toSpans } from './rich-text';
import { assertNever } from '../assert-never';

const ROLE_NAMES: Record<ModelBlock['kind'], string> = {
  heading: 'heading',
  paragraph: 'paragraph',
  bullets: 'bullet',
  keyFigures: 'key figure',
  table: 'table',
  image: 'image',
};

/** The blocks of a section this pack prints: all the view has, less those the visit leaves out. */
export function printableBlocks(ctx: PackContext, section: PackSection): { block: ModelBlock; index: number }[] {
  return section.section.blocks.map((block, index) => ({ block, index })).filter(({ block }) => !ctx.excludedBlockIds.has(block.id));
}

export function sectionPlace(section: PackSection): SegmentPlace {
  return { path: ['library', 'sections', section.index, 'title'], where: `Section “${section.section.title.source.text}” › title` };
}

function blockPath(section: PackSection, index: number): PropertyKey[] {
  return ['library', 'sections', section.index, 'blocks', index];
}

/** How wide a text runs, roughly: a Chinese character is as wide as two Latin letters. */
function visualLength(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return n;
}

/**
 * Relative column widths from the printed text's length, in every language of the pack:
 * short columns (dates, step numbers) stay narrow, and none is too narrow for a word.
 */
function tableWidths(ctx: PackContext, table: ModelTable): number[] {
  const languages = ctx.bilingual ? [ctx.target, SOURCE_LANGUAGE] : [ctx.target];
  const textIn = (segment: ModelTable['header'][number], lang: string) =>
    lang === SOURCE_LANGUAGE ? segment.source.text : (segment.translations[lang]?.text || segment.source.text);
  return table.header.map((head, c) => {
    const cells = [head, ...table.rows.map((r) => r.cells[c]).filter((cell) => cell !== undefined)];
    let longest = 0;
    let total = 0;
    // Header words are bold and must not break inside: they count a little wider.
    const headerWord = Math.max(...languages.map((lang) => Math.max(0, ...textIn(head, lang).split(/\s+/).map(visualLength)))) * 1.3 + 2;
    for (const cell of cells) {
      const length = Math.max(...languages.map((lang) => visualLength(textIn(cell, lang))));
      total += length;
      const word = Math.max(...languages.map((lang) => Math.max(0, ...textIn(cell, lang).split(/\s+/).map(visualLength))));
      longest = Math.max(longest, word);
    }
    return Math.min(60, Math.max(5, total / cells.length, Math.min(16, longest), Math.min(18, headerWord)));
  });
}

function cards(ctx: PackContext, block: KeyFiguresBlock, path: PropertyKey[], where: string): Block {
  const list: Card[] = block.figures.map((figure, i) => {
    const place = { path: [...path, 'figures', i, 'label'], where: `${where} › key figure` };
    const card: Card = {
      value: formatFigure(figure, ctx.target),
      label: toSpans(ctx.texts.segment(figure.label, ctx.target, place), { lang: ctx.target }),
    };
    if (ctx.bilingual) card.note = toSpans(ctx.texts.segment(figure.label, SOURCE_LANGUAGE, place), { lang: SOURCE_LANGUAGE });
    return card;
  });
  return { type: 'cards', lang: ctx.target, columns: list.length === 4 || list.length === 2 ? 2 : 3, cards: list };
}

/** One library block in one language (side by side calls it once per column). */
function blockIn(ctx: PackContext, block: ModelBlock, path: PropertyKey[], where: string, lang: string): Block[] {
  const text = (segment: Parameters<typeof ctx.texts.segment>[0], at: PropertyKey[], role: string) =>
    ctx.texts.segment(segment, lang, { path: [...path, ...at], where: `${where} › ${role}` });
  switch (block.kind) {
    case 'heading':
      return [{ type: 'heading', level: Math.min(3, block.level + 1) as 2 | 3, lang, text: text(block.text, ['text'], 'heading') }];
    case 'paragraph':
      return [{ type: 'paragraph', lang, text: text(block.text, ['text'], 'paragraph') }];
    case 'bullets':
      return block.items.length ? [{ type: 'list', lang, items: block.items.map((item, i) => text(item, ['items', i], 'bullet')) }] : [];
    case 'table': {
      const table: TableBlock = {
        type: 'table',
        lang,
        widths: tableWidths(ctx, block),
        header: block.header.map((cell, c) => text(cell, ['header', c], 'table heading')),
        rows: block.rows.map((row, r) => row.cells.map((cell, c) => text(cell, ['rows', r, 'cells', c], 'table cell'))),
      };
      return [table];
    }
    case 'image': {
      const image: Block = { type: 'image', lang, src: block.src, width: 360 };
      if (block.caption) image.caption = text(block.caption, ['caption'], 'caption');
      return [image];
    }
    case 'keyFigures':
      return [];
    default:
      return assertNever(block, 'library block');
  }
}

/** One library block in the pack's layout. */
export function libraryBlock(ctx: PackContext, section: PackSection, block: ModelBlock, index: number): Block[] {
  const path = blockPath(section, index);
  const where = `Section “${section.section.title.source.text}” › ${ROLE_NAMES[block.kind]}`;
  if (block.kind === 'keyFigures') return block.figures.length ? [cards(ctx, block, path, where.replace(/ › key figure$/, ''))] : [];
  // A table is too wide for half a page: side by side, it is one table whose cells hold
  // the target and, under it, the Chinese.
  if (block.kind === 'table' && ctx.bilingual) return stackedBlock(ctx, block, path, where);
  return paired(
    ctx,
    (lang) => blockIn(ctx, block, path, where, lang),
    () => stackedBlock(ctx, block, path, where),
  );
}

/** Stacked: each paragraph, item and cell in the target with its Chinese right under it. */
function stackedBlock(ctx: PackContext, block: ModelBlock, path: PropertyKey[], where: string): Block[] {
  const pair = (segment: Parameters<typeof ctx.texts.segment>[0], at: PropertyKey[], role: string) => {
    const place = { path: [...path, ...at], where: `${where} › ${role}` };
    return pairedText(ctx, (lang) => ctx.texts.segment(segment, lang, place));
  };
  const t = ctx.target;
  switch (block.kind) {
    case 'heading':
    case 'paragraph': {
      const place = { path: [...path, 'text'], where };
      const own: Block =
        block.kind === 'heading'
          ? { type: 'heading', level: Math.min(3, block.level + 1) as 2 | 3, lang: t, text: ctx.texts.segment(block.text, t, place) }
          : { type: 'paragraph', lang: t, text: ctx.texts.segment(block.text, t, place) };
      const twin = ctx.texts.segment(block.text, SOURCE_LANGUAGE, place);
      return [own, { type: 'paragraph', lang: SOURCE_LANGUAGE, tone: 'muted', text: twin, ...(block.kind === 'heading' ? twinAlign(ctx) : {}) }];
    }
    case 'bullets':
      return block.items.length ? [{ type: 'list', lang: t, items: block.items.map((item, i) => pair(item, ['items', i], 'bullet')) }] : [];
    case 'table':
      return [
        {
          type: 'table',
          lang: t,
          widths: tableWidths(ctx, block),
          header: block.header.map((cell, c) => pair(cell, ['header', c], 'table heading')),
          rows: block.rows.map((row, r) => row.cells.map((cell, c) => pair(cell, ['rows', r, 'cells', c], 'table cell'))),
        },
      ];
    case 'image': {
      const image: Block = { type: 'image', lang: t, src: block.src, width: 360 };
      if (block.caption) image.caption = pair(block.caption, ['caption'], 'caption');
      return [image];
    }
    case 'keyFigures':
      return [];
    default:
      return assertNever(block, 'library block');
  }
}

/** A whole section: its title, then its printable blocks. Nothing when no block is printable. */
export function sectionBlocks(ctx: PackContext, section: PackSection): Block[] {
  const printable = printableBlocks(ctx, section);
  if (printable.length === 0) return [];
  const out: Block[] = [...segmentHeading(ctx, 1, section.section.title, sectionPlace(section))];
  for (const { block, index } of printable) out.push(...libraryBlock(ctx, section, block, index));
  return out;
}
