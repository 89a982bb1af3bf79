// Runs in Node (tests): what the briefing packs added to the document format: a cover page
// without running text, a table of contents with real page numbers, key-figure cards,
// marked spans (the amber band and 中文 tag of text filled with Chinese, muted text),
// running lines in three parts on the right sides, per-column languages in tables,
// headings without bookmarks, and the native deflate.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { LaidOutDocument, LineItem, RectItem } from '../../../core/typeset/laid-out-document';
import { HIGHLIGHT_FILL, TAG_FILL, ACCENT, CARD_FILL } from '../../../core/typeset/layout/styles';
import { DocumentError, parseDocument } from '../../../core/typeset/parse-document';
import { typeset } from '../../../core/render/typeset-to-pdf';
import { assets, layoutOf, linesOf } from './helpers/engine';
import { popplerText, saveTemp } from './helpers/pdf-readers';

const SMALL_PAGE = { size: [360, 420] as [number, number], margin: 36 };
const para = (n: number) =>
  Array.from({ length: 6 }, (_, i) => `Sentence ${n}.${i} tells how residents of Chaoyang send their views on draft laws.`).join(' ');

function lines(doc: LaidOutDocument, page: number): LineItem[] {
  return doc.pages[page]!.items.filter((i): i is LineItem => i.kind === 'line');
}
function rects(doc: LaidOutDocument, page: number): RectItem[] {
  return doc.pages[page]!.items.filter((i): i is RectItem => i.kind === 'rect');
}
const left = (line: LineItem) => Math.min(...line.runs.map((r) => r.x));
const right = (line: LineItem) => Math.max(...line.runs.map((r) => r.x + r.glyphs.reduce((w, g) => w + g.advance, 0)));

function issues(doc: unknown): string[] {
  try {
    parseDocument(doc);
    return [];
  } catch (error) {
    return (error as DocumentError).issues.map((i) => i.path);
  }
}

describe('the format', () => {
  it('accepts the new fields and names wrong values by path', () => {
    expect(
      issues({
        title: 't',
        cover: { title: [{ text: 'T' }], details: [{ label: 'a', value: 'b' }] },
        header: { start: 'a', end: [{ text: 'b', mark: 'tag' }] },
        blocks: [
          { type: 'cards', columns: 2, cards: [{ value: '43', label: 'stations', note: '联络站' }] },
          { type: 'contents', depth: 2 },
          { type: 'heading', level: 1, text: 'x', bookmark: false },
          { type: 'paragraph', text: 'x', tone: 'muted' },
          { type: 'table', columnLangs: [null, 'zh'], rows: [['a', 'b']] },
        ],
      }),
    ).toEqual([]);
    expect(issues({ title: 't', blocks: [{ type: 'cards', columns: 5, cards: [{ value: '1', label: 'x' }] }] })).toEqual(['blocks[0].columns']);
    expect(issues({ title: 't', blocks: [{ type: 'cards', cards: [] }] })).toEqual(['blocks[0].cards']);
    expect(issues({ title: 't', blocks: [{ type: 'contents', depth: 4 }] })).toEqual(['blocks[0].depth']);
    expect(issues({ title: 't', blocks: [{ type: 'paragraph', text: [{ text: 'x', mark: 'blink' }] }] })).toEqual(['blocks[0].text[0].mark']);
    expect(issues({ title: 't', blocks: [{ type: 'table', columnLangs: ['zh'], rows: [['a', 'b']] }] })).toEqual(['blocks[0].columnLangs']);
    expect(issues({ title: 't', cover: { title: [] }, blocks: [] })).toEqual(['cover.title']);
    expect(issues({ title: 't', footer: { middle: 'x' }, blocks: [] })).toEqual(['footer.middle']);
  });
});

describe('cover', () => {
  it('is page 1, counted, with no running header or footer', async () => {
    const { document } = await layoutOf({
      title: 'Cover',
      page: SMALL_PAGE,
      cover: { band: [{ text: 'Chaoyang District People’s Congress' }], title: [{ text: 'Foreign envoys visit' }], details: [{ label: 'Dates', value: '16 April 2026' }] },
      header: 'RUNNING HEADER',
      footer: '{page} / {pages}',
      blocks: [{ type: 'paragraph', text: para(1) }, { type: 'pageBreak' }, { type: 'paragraph', text: para(2) }],
    });
    expect(document.pages).toHaveLength(3);
    const cover = lines(document, 0).map((l) => l.text);
    expect(cover).toEqual(expect.arrayContaining(['Foreign envoys visit', 'Dates', '16 April 2026', 'Chaoyang District People’s Congress']));
    expect(cover).not.toContain('RUNNING HEADER');
    expect(cover.some((t) => t.includes('/'))).toBe(false);
    expect(lines(document, 1).map((l) => l.text)).toEqual(expect.arrayContaining(['RUNNING HEADER', '2 / 3']));
    expect(lines(document, 2).map((l) => l.text)).toContain('3 / 3');
    // The band spans the page's width.
    expect(rects(document, 0).some((r) => r.x === 0 && r.width === 360 && r.y === 0)).toBe(true);
  });

  it('sets an Arabic cover on the right, Chinese lines included', async () => {
    const { document } = await layoutOf({
      title: 'Cover',
      lang: 'ar',
      cover: { title: [{ text: 'زيارة المبعوثين الأجانب' }, { text: '外国驻华使节参访', lang: 'zh' }] },
      blocks: [],
    });
    const [ar, zh] = lines(document, 0);
    expect(right(ar!)).toBeCloseTo(595.28 - 56, 0);
    expect(right(zh!)).toBeCloseTo(595.28 - 56, 0);
  });
});

describe('contents', () => {
  it('lists the bookmarked headings that follow it with the pages they landed on', async () => {
    const { document } = await layoutOf({
      title: 'Contents',
      page: SMALL_PAGE,
      blocks: [
        { type: 'heading', level: 1, text: 'Contents', bookmark: false },
        { type: 'contents' },
        { type: 'pageBreak' },
        { type: 'heading', level: 1, text: 'Overview' },
        { type: 'paragraph', text: `${para(1)} ${para(2)} ${para(3)}` },
        { type: 'heading', level: 2, text: 'Not listed at depth 1' },
        { type: 'heading', level: 1, text: 'Programme' },
        { type: 'paragraph', text: para(4) },
        { type: 'heading', level: 1, text: 'Twin', bookmark: false },
      ],
    });
    const onPage = (title: string) => linesOf(document).find(({ line, page }) => page > 0 && line.text === title)!.page + 1;
    const toc = lines(document, 0);
    const row = (title: string) => {
      const line = toc.find((l) => l.text === title)!;
      const number = toc.find((l) => l !== line && Math.abs(l.runs[0]!.y - line.runs[0]!.y) < 0.5)!;
      return { line, number };
    };
    expect(toc.map((l) => l.text)).not.toContain('Not listed at depth 1');
    expect(toc.map((l) => l.text)).not.toContain('Twin');
    for (const title of ['Overview', 'Programme']) {
      const { line, number } = row(title);
      expect(number.text).toBe(String(onPage(title)));
      expect(right(number)).toBeCloseTo(360 - 36, 0); // numbers flush with the end of the text area
      expect(left(line)).toBeCloseTo(36, 0);
    }
    expect(onPage('Programme')).toBeGreaterThan(onPage('Overview'));
    // A leader joins each title to its number.
    expect(document.pages[0]!.items.filter((i) => i.kind === 'rule').length).toBeGreaterThanOrEqual(2);
  });

  it('puts the numbers on the left in Arabic', async () => {
    const { document } = await layoutOf({
      title: 'Contents',
      lang: 'ar',
      blocks: [{ type: 'contents' }, { type: 'pageBreak' }, { type: 'heading', level: 1, text: 'نظرة عامة' }],
    });
    const toc = lines(document, 0);
    const title = toc.find((l) => l.text === 'نظرة عامة')!;
    const number = toc.find((l) => l.text === '2')!;
    expect(right(title)).toBeCloseTo(595.28 - 56, 0);
    expect(left(number)).toBeCloseTo(56, 0);
  });
});

describe('cards', () => {
  it('sets rows of cards with an accent edge, the first on the start side', async () => {
    const cards = ['43', '292', '61', '3'].map((value, i) => ({ value, label: `label ${i}` }));
    for (const lang of ['en', 'ar']) {
      const { document } = await layoutOf({ title: 'Cards', lang, blocks: [{ type: 'cards', columns: 3, cards }] });
      const fills = rects(document, 0);
      expect(fills.filter((r) => r.fill === CARD_FILL)).toHaveLength(4);
      expect(fills.filter((r) => r.fill === ACCENT)).toHaveLength(4);
      const value = (v: string) => lines(document, 0).find((l) => l.text === v)!;
      const [a, b, d] = [value('43'), value('292'), value('3')];
      if (lang === 'en') expect(left(a)).toBeLessThan(left(b));
      else expect(left(a)).toBeGreaterThan(left(b));
      expect(d.runs[0]!.y).toBeGreaterThan(a.runs[0]!.y); // the fourth card starts a second row
      expect(a.runs[0]!.size).toBeGreaterThan(18);
    }
  });
});

describe('marked spans', () => {
  it('puts an amber band behind highlighted text and a tag before it, drawn under the text', async () => {
    const { document } = await layoutOf({
      title: 'Marks',
      lang: 'ar',
      blocks: [{ type: 'paragraph', text: [{ text: '中文', lang: 'zh', mark: 'tag' }, { text: ' ' }, { text: '联系点已提出2570条建议。', lang: 'zh', mark: 'highlight' }] }],
    });
    const items = document.pages[0]!.items;
    const line = items.find((i): i is LineItem => i.kind === 'line' && i.text.includes('2570'))!;
    const band = items.find((i): i is RectItem => i.kind === 'rect' && i.fill === HIGHLIGHT_FILL)!;
    const tag = items.find((i): i is RectItem => i.kind === 'rect' && i.fill === TAG_FILL)!;
    expect(items.indexOf(band)).toBeLessThan(items.indexOf(line));
    const highlighted = line.runs.filter((r) => r.mark === 'highlight');
    expect(band.x).toBeLessThanOrEqual(Math.min(...highlighted.map((r) => r.x)));
    expect(band.x + band.width).toBeGreaterThanOrEqual(Math.max(...highlighted.map((r) => r.x + r.glyphs.reduce((w, g) => w + g.advance, 0))) - 0.01);
    const tagRun = line.runs.find((r) => r.mark === 'tag')!;
    expect(tagRun.color).toEqual([1, 1, 1]);
    expect(tagRun.size).toBeLessThan(highlighted[0]!.size);
    expect(tag.x).toBeLessThan(tagRun.x);
  });

  it('sets muted spans smaller and grey, with no band', async () => {
    const { document } = await layoutOf({ title: 'Muted', blocks: [{ type: 'paragraph', text: [{ text: 'Overview' }, { text: '\n' }, { text: '概况', lang: 'zh', mark: 'muted' }] }] });
    const runs = lines(document, 0).flatMap((l) => l.runs);
    const muted = runs.find((r) => r.mark === 'muted')!;
    expect(muted.color).not.toEqual(runs[0]!.color);
    expect(rects(document, 0)).toHaveLength(0);
  });
});

describe('running lines', () => {
  const doc = (lang: string, start: string) => ({
    title: 'Running',
    lang,
    page: SMALL_PAGE,
    footer: { start, end: '16 April 2026 · {page} / {pages}' },
    blocks: [{ type: 'paragraph', text: lang === 'ar' ? 'نص' : 'Text' }],
  });

  it('puts start and end on the document’s sides, and shortens a long start rather than overlap', async () => {
    const long = 'Foreign envoys visit the Chaoyang grassroots legislative outreach point and meet residents and deputies';
    const { document } = await layoutOf(doc('en', long));
    const footer = lines(document, 0).filter((l) => l.runs[0]!.y > 420 - 36);
    const end = footer.find((l) => l.text.endsWith('1 / 1'))!;
    const start = footer.find((l) => l !== end)!;
    expect(start.text.endsWith('…')).toBe(true);
    expect(right(start)).toBeLessThan(left(end));
    expect(right(end)).toBeCloseTo(360 - 36, 0);
    expect(left(start)).toBeCloseTo(36, 0);
  });

  it('mirrors them in Arabic', async () => {
    const { document } = await layoutOf(doc('ar', 'زيارة المبعوثين'));
    const footer = lines(document, 0).filter((l) => l.runs[0]!.y > 420 - 36);
    const start = footer.find((l) => l.text === 'زيارة المبعوثين')!;
    const end = footer.find((l) => l !== start)!;
    expect(right(start)).toBeCloseTo(360 - 36, 0);
    expect(left(end)).toBeCloseTo(36, 0);
  });
});

describe('tables and columns', () => {
  it('sets a column in its own language: a Chinese cell in an Arabic table is left to right', async () => {
    const cell = '法工委（阿语用 لجنة شؤون التشريع）';
    const { document } = await layoutOf({ title: 'Langs', lang: 'ar', blocks: [{ type: 'table', columnLangs: [null, 'zh'], rows: [['لجنة شؤون التشريع', cell]] }] });
    expect(lines(document, 0).find((l) => l.text === cell)!.direction).toBe('ltr');
    const { document: without } = await layoutOf({ title: 'Langs', lang: 'ar', blocks: [{ type: 'table', rows: [['لجنة شؤون التشريع', cell]] }] });
    expect(lines(without, 0).find((l) => l.text === cell)!.direction).toBe('rtl');
  });

  it('makes no bookmark for a heading marked bookmark: false', async () => {
    const { document } = await layoutOf({
      title: 'Twins',
      blocks: [{ type: 'columns', columns: [{ blocks: [{ type: 'heading', level: 1, text: 'Overview' }] }, { lang: 'zh', blocks: [{ type: 'heading', level: 1, text: '概况', bookmark: false }] }] }],
    });
    expect(document.outline.map((e) => e.title)).toEqual(['Overview']);
  });

  it('keeps a row of headings with the columns that follow it', async () => {
    for (let filler = 3; filler <= 7; filler++) {
      const { document } = await layoutOf({
        title: 'Keep',
        page: SMALL_PAGE,
        blocks: [
          { type: 'paragraph', text: Array.from({ length: filler }, (_, i) => para(i)).join(' ') },
          { type: 'columns', columns: [{ blocks: [{ type: 'heading', level: 2, text: 'Results' }] }, { lang: 'zh', blocks: [{ type: 'heading', level: 2, text: '成效', bookmark: false }] }] },
          { type: 'columns', columns: [{ blocks: [{ type: 'paragraph', text: para(50) }] }, { lang: 'zh', blocks: [{ type: 'paragraph', text: '联系点已就25部法律草案提出2570条建议。'.repeat(4) }] }] },
        ],
      });
      const all = linesOf(document);
      const heading = all.find(({ line }) => line.text === 'Results')!;
      const next = all.find(({ line }) => line.text.startsWith('Sentence 50.0'))!;
      expect(next.page, `filler ${filler}`).toBe(heading.page);
    }
  });

  it('leaves room for a table header repeated in a continued column', async () => {
    const rows = Array.from({ length: 14 }, (_, i) => [`Row ${i + 1}`, 'a figure worth noting on this line']);
    const { document } = await layoutOf({
      title: 'Continued',
      page: SMALL_PAGE,
      blocks: [
        { type: 'columns', columns: [{ blocks: [{ type: 'table', header: ['Step', 'What'], rows }] }, { blocks: [{ type: 'paragraph', text: 'Short.' }] }] },
        { type: 'paragraph', text: 'AFTER THE TABLE' },
      ],
    });
    const all = linesOf(document);
    const after = all.find(({ line }) => line.text === 'AFTER THE TABLE')!;
    const lastRow = all.find(({ line }) => line.text === 'Row 14')!;
    expect(after.page).toBe(lastRow.page);
    expect(after.line.runs[0]!.y).toBeGreaterThan(lastRow.line.runs[0]!.y + 8);
  });
});

describe('native deflate', () => {
  it('uses the host’s deflate for the streams and writes a readable PDF', async () => {
    let calls = 0;
    const deflate = (data: Uint8Array) => {
      calls++;
      return deflateSync(data);
    };
    const result = await typeset({ title: 'Deflate', blocks: [{ type: 'paragraph', text: 'Chaoyang outreach point' }] }, assets, { deflate });
    expect(calls).toBeGreaterThan(0);
    expect(popplerText(saveTemp(result.pdf, 'deflate'))).toContain('Chaoyang outreach point');
  });
});
