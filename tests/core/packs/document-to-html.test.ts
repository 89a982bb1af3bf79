// Runs in Node (tests): the live preview's HTML, made from the same typeset document as the
// PDF: it holds the document's every text, reads right to left where the engine does (an
// Arabic pack throughout, the Arabic column on the right of a Chinese | Arabic row), shows
// key-figure cards and the marks of text filled with Chinese, and escapes everything.
import { describe, expect, it } from 'vitest';
import { documentToHtml } from '../../../core/packs/document-to-html';
import { elementsOf, textOf, type HtmlElement, type HtmlNode } from '../../../core/packs/html/html-node';
import { renderHtmlString } from '../../../core/packs/html/render-html-string';
import { buildPackDocument } from '../../../core/packs/build-pack-document';
import type { PackRequest } from '../../../core/packs/pack-request';
import type { Block, RichText, RunningLine, TypesetDocument } from '../../../core/typeset/document-schema';
import type { Workspace } from '../../../core/model/workspace';
import { testWorkspace } from '../../renderer/support/test-workspace';

const NOW = new Date('2026-04-10T08:00:00Z');
const workspace = testWorkspace();
const VISIT = workspace.visits[0]!;

function documentFor(request: Partial<PackRequest> & Pick<PackRequest, 'languages'>, ws: Workspace = workspace): TypesetDocument {
  const build = buildPackDocument(ws, { visitId: VISIT.id, template: 'handout', layout: 'single', ...request }, { now: NOW });
  if (!build.ok) throw new Error(`missing translations: ${build.missing.map((m) => m.segmentPath).join(', ')}`);
  return build.document;
}

const plain = (text: RichText) => (typeof text === 'string' ? text : text.map((s) => s.text).join(''));

/** Every text the document prints (not the running lines, whose page numbers the preview cannot know). */
function documentTexts(doc: TypesetDocument): string[] {
  const out: string[] = [];
  const add = (text: RichText | undefined) => {
    if (text !== undefined) out.push(...plain(text).split('\n'));
  };
  const walk = (blocks: Block[]) => {
    for (const block of blocks) {
      switch (block.type) {
        case 'heading':
        case 'paragraph':
          add(block.text);
          break;
        case 'list':
          block.items.forEach(add);
          break;
        case 'table':
          block.header?.forEach(add);
          block.rows.flat().forEach(add);
          break;
        case 'columns':
          block.columns.forEach((column) => walk(column.blocks));
          break;
        case 'image':
          add(block.caption);
          break;
        case 'cards':
          for (const card of block.cards) [card.value, card.label, card.note].forEach(add);
          break;
        default:
          break;
      }
    }
  };
  walk(doc.blocks);
  const cover = doc.cover;
  if (cover) {
    for (const line of [...(cover.band ?? []), ...(cover.kicker ?? []), ...cover.title, ...(cover.subtitle ?? []), ...(cover.note ?? [])]) add(line.text);
    for (const detail of cover.details ?? []) [detail.label, detail.value].forEach(add);
  }
  return out.map((s) => s.trim()).filter(Boolean);
}

const byClass = (root: HtmlNode, name: string) => [...elementsOf(root)].filter((e) => e.attrs.class?.split(' ').includes(name));
const norm = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The columns of a row as they are seen, left to right: a right-to-left row shows its first column on the right. */
function leftToRight(row: HtmlElement, inheritedDir: 'ltr' | 'rtl'): HtmlElement[] {
  const columns = row.children.filter((c): c is HtmlElement => typeof c !== 'string');
  return (row.attrs.dir ?? inheritedDir) === 'rtl' ? [...columns].reverse() : columns;
}

describe('documentToHtml', () => {
  it.each(['en', 'ar', 'ru', 'zh'])('shows every text the %s handout prints', (language) => {
    const doc = documentFor({ languages: [language], layout: language === 'zh' ? 'single' : 'side-by-side' });
    const preview = documentToHtml(doc);
    const shown = norm(textOf(preview.root));
    const texts = documentTexts(doc);
    expect(texts.length).toBeGreaterThan(20);
    for (const text of texts) expect(shown, text).toContain(norm(text));
    // The bookmarked headings are the preview's contents, with ids that exist in the tree.
    const ids = new Set([...elementsOf(preview.root)].map((e) => e.attrs.id).filter(Boolean));
    expect(preview.headings.length).toBeGreaterThan(3);
    for (const heading of preview.headings) expect(ids.has(heading.id)).toBe(true);
  });

  it('reads an Arabic side-by-side handout right to left: Arabic on the right of every row, Chinese on the left', () => {
    const preview = documentToHtml(documentFor({ languages: ['ar'], layout: 'side-by-side' }));
    expect(preview.root.attrs).toMatchObject({ lang: 'ar', dir: 'rtl' });
    const rows = byClass(preview.root, 'pv-columns');
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) {
      const [left, right] = leftToRight(row, 'rtl');
      expect(left!.attrs).toMatchObject({ lang: 'zh', dir: 'ltr' });
      expect(right!.attrs).toMatchObject({ lang: 'ar', dir: 'rtl' });
    }
    // Every block in an Arabic column states its direction; Arabic text reads right to left.
    const arabicColumns = rows.map((row) => leftToRight(row, 'rtl')[1]!);
    const blocks = arabicColumns.flatMap((column) => column.children.filter((c): c is HtmlElement => typeof c !== 'string'));
    expect(blocks.length).toBeGreaterThan(5);
    for (const block of blocks) {
      expect(block.attrs.dir, renderHtmlString(block)).toBeDefined();
      if (/[\u0600-\u06ff]/.test(textOf(block)) && !/[A-Za-z]/.test(textOf(block))) expect(block.attrs.dir).toBe('rtl');
    }
    // Cover, running header and footer and tables read right to left too.
    expect(byClass(preview.root, 'pv-running-header').every((e) => e.attrs.dir === 'rtl')).toBe(true);
    expect(byClass(preview.root, 'pv-running-footer').every((e) => e.attrs.dir === 'rtl')).toBe(true);
    const cover = byClass(preview.root, 'pv-cover')[0];
    if (cover) expect(cover.attrs.dir ?? preview.root.attrs.dir).toBe('rtl');
  });

  it('lays out a left-to-right row in the document’s order, first column on the left, as the engine does', () => {
    const doc = documentFor({ languages: ['en'], layout: 'side-by-side' });
    const rows = doc.blocks.filter((b): b is Extract<Block, { type: 'columns' }> => b.type === 'columns');
    const preview = documentToHtml(doc);
    expect(preview.root.attrs).toMatchObject({ lang: 'en', dir: 'ltr' });
    const shown = byClass(preview.root, 'pv-columns');
    expect(shown).toHaveLength(rows.length);
    shown.forEach((row, i) => {
      expect(leftToRight(row, 'ltr').map((column) => column.attrs.lang)).toEqual(rows[i]!.columns.map((column) => column.lang ?? 'en'));
      expect(new Set(leftToRight(row, 'ltr').map((column) => column.attrs.lang))).toEqual(new Set(['en', 'zh']));
    });
  });

  it('shows key figures as cards, with the values and labels the PDF prints', () => {
    const doc = documentFor({ languages: ['fr'], layout: 'single' });
    const cardBlocks: Extract<Block, { type: 'cards' }>[] = [];
    const walk = (blocks: Block[]) =>
      blocks.forEach((b) => (b.type === 'cards' ? cardBlocks.push(b) : b.type === 'columns' ? b.columns.forEach((c) => walk(c.blocks)) : undefined));
    walk(doc.blocks);
    const expected = cardBlocks.flatMap((b) => b.cards);
    expect(expected.length).toBeGreaterThan(0);
    const cards = byClass(documentToHtml(doc).root, 'pv-card');
    expect(cards.map((card) => norm(textOf(byClass(card, 'pv-card-value')[0]!)))).toEqual(expected.map((c) => norm(plain(c.value))));
    expect(cards.map((card) => norm(textOf(byClass(card, 'pv-card-label')[0]!)))).toEqual(expected.map((c) => norm(plain(c.label))));
  });

  it('marks every place filled with Chinese, as the PDF does', () => {
    const build = buildPackDocument(workspace, { visitId: VISIT.id, template: 'staff', languages: ['ar'], layout: 'single', fillMissing: 'zh' }, { now: NOW });
    expect(build.ok).toBe(true);
    if (!build.ok) return;
    expect(build.report.filled.length).toBeGreaterThan(0);
    const root = documentToHtml(build.document).root;
    const marks = byClass(root, 'pv-mark-highlight');
    expect(marks.length).toBeGreaterThanOrEqual(build.report.filled.length);
    for (const mark of marks) {
      expect(mark.tag).toBe('mark');
      expect(mark.attrs).toMatchObject({ lang: 'zh', dir: 'ltr', 'data-filled': 'zh' });
    }
    const tags = byClass(root, 'pv-mark-tag');
    expect(tags.length).toBe(marks.length);
    expect(tags.every((tag) => textOf(tag) === '中文')).toBe(true);
    // Nothing is marked in a pack that needed no filling.
    expect(byClass(documentToHtml(documentFor({ languages: ['en'] })).root, 'pv-mark-highlight')).toEqual([]);
  });

  it('maps the engine’s blocks and rules to elements: levels, lists, tables, alignment, page breaks', () => {
    const doc: TypesetDocument = {
      title: 'T',
      lang: 'ar',
      header: { start: 'Start {page}', end: 'End {pages}' } satisfies RunningLine,
      footer: 'Page {page} / {pages}',
      blocks: [
        { type: 'heading', level: 2, text: 'نص' },
        { type: 'heading', level: 1, text: '中文', lang: 'zh', bookmark: false },
        { type: 'paragraph', text: 'John Smith' },
        { type: 'paragraph', text: '联系点', lang: 'zh' },
        { type: 'paragraph', text: [{ text: 'قال ' }, { text: 'Chaoyang', lang: 'en', bold: true }, { text: ' سطر\nثانٍ' }], align: 'center', tone: 'muted' },
        { type: 'pageBreak' },
        { type: 'pageBreak' },
        { type: 'list', ordered: true, start: 3, items: ['أ', 'ب'] },
        { type: 'table', header: ['أ', 'ب'], rows: [['1', 'Latin']] },
        { type: 'contents', depth: 2 },
        { type: 'heading', level: 2, text: 'بعد' },
        { type: 'image', src: 'photos/x.jpg', caption: 'صورة' },
      ],
    };
    const preview = documentToHtml(doc);
    const sheets = byClass(preview.root, 'pv-sheet');
    expect(sheets).toHaveLength(2); // two page breaks in a row make one new page
    expect(textOf(byClass(sheets[1]!, 'pv-running-header')[0]!)).toBe('Start 2End 2');
    expect(textOf(byClass(sheets[0]!, 'pv-running-footer')[0]!)).toBe('Page 1 / 2');
    const all = [...elementsOf(preview.root)];
    expect(all.find((e) => e.tag === 'h3')?.attrs).toMatchObject({ dir: 'rtl', class: 'pv-heading pv-heading-2' });
    // A heading that is not bookmarked is not in the contents.
    expect(preview.headings.map((h) => h.text)).toEqual(['نص', 'بعد']);
    const paragraphs = all.filter((e) => e.tag === 'p');
    expect(paragraphs[0]!.attrs.dir).toBe('ltr'); // all Latin letters in an Arabic document
    expect(paragraphs[1]!.attrs).toMatchObject({ lang: 'zh', dir: 'ltr' });
    expect(paragraphs[1]!.attrs.class).toContain('pv-align-justify'); // Chinese is justified by default
    expect(paragraphs[2]!.attrs.class).toBe('pv-paragraph pv-tone-muted pv-align-center');
    expect(renderHtmlString(paragraphs[2]!)).toContain('<strong lang="en" dir="ltr">Chaoyang</strong> سطر<br>ثانٍ');
    expect(all.find((e) => e.tag === 'ol')?.attrs.start).toBe(3);
    expect(all.find((e) => e.tag === 'td' && textOf(e) === 'Latin')?.attrs.dir).toBe('ltr');
    // The contents lists the bookmarked headings after it.
    expect(byClass(preview.root, 'pv-contents-entry').map(textOf)).toEqual(['بعد']);
    expect(textOf(byClass(preview.root, 'pv-image-placeholder')[0]!)).toBe('photos/x.jpg');
  });

  it('aligns running text as the engine sets it: justified in every script but Thai, paragraphs and list items alike', () => {
    for (const [lang, justified] of [['zh', true], ['ar', true], ['en', true], ['ru', true], ['he', true], ['th', false]] as const) {
      const preview = documentToHtml({ title: 't', lang, blocks: [{ type: 'paragraph', text: 'x' }, { type: 'list', items: ['a', 'b'] }] });
      const all = [...elementsOf(preview.root)];
      for (const element of all.filter((e) => e.tag === 'p' || e.tag === 'li')) {
        expect(String(element.attrs.class ?? '').includes('pv-align-justify'), `${lang} ${element.tag}`).toBe(justified);
      }
    }
  });

  it('escapes every text and attribute: markup in the workspace stays text', () => {
    const hostile = structuredClone(workspace);
    const evil = '<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes" \'too\'';
    hostile.visits[0]!.title = { ...hostile.visits[0]!.title, en: evil, zh: evil };
    const html = renderHtmlString(documentToHtml(documentFor({ languages: ['en'], layout: 'side-by-side' }, hostile)).root);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img src=x/i);
    // Text cannot open a tag (every "<" of it is escaped), so no element carries a handler.
    // (Attribute values are quoted with every quote inside escaped, so dropping them leaves the bare tags.)
    const tags = html.replace(/="[^"]*"/g, '=""');
    expect(tags).not.toMatch(/<[a-z][^<>]*\son[a-z]+=/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).not.toMatch(/\sstyle=/);
  });

  it('writes only data: pictures, and only known tags and attributes', () => {
    const root = documentToHtml({
      title: 'x',
      blocks: [
        { type: 'image', src: 'data:image/png;base64,iVBORw0KGgo=' },
        { type: 'image', src: 'javascript:alert(1)' },
      ],
    }).root;
    const html = renderHtmlString(root);
    expect(html).toContain('<img class="pv-image" src="data:image/png;base64,iVBORw0KGgo=" alt="">');
    expect(html).not.toContain('src="javascript');
    // A tree that names an unknown tag or a script URL still writes neither.
    const forged = { tag: 'script', attrs: {}, children: ['alert(1)'] } as unknown as HtmlNode;
    expect(renderHtmlString(forged)).toBe('alert(1)');
    expect(renderHtmlString({ tag: 'img', attrs: { src: 'https://example.org/x.png' }, children: [] })).toBe('<img>');
  });
});
