// Runs in Node (tests): the page layout. Headings stay with what follows, paragraphs leave
// no single line alone at a page edge, table headers repeat and rows do not split, columns
// continue side by side, running text numbers the pages, headings become bookmarks.
import { describe, expect, it } from 'vitest';
import type { LaidOutDocument, LineItem, RuleItem } from '../../../core/typeset/laid-out-document';
import { layoutOf, linesOf } from './helpers/engine';

const SMALL_PAGE = { size: [320, 360] as [number, number], margin: 30 };
const sentence = (n: number) => `Sentence ${n} of the briefing describes how residents of Chaoyang send their views on draft laws.`;
const text = (from: number, count: number) => Array.from({ length: count }, (_, i) => sentence(from + i)).join(' ');

function linesByPage(doc: LaidOutDocument, filter: (l: LineItem) => boolean = () => true): LineItem[][] {
  return doc.pages.map((p) => p.items.filter((i): i is LineItem => i.kind === 'line' && filter(i)));
}

describe('pagination', () => {
  it('never leaves a heading at the foot of a page', async () => {
    // Fill most of the first page, then a heading and its paragraph.
    for (let filler = 8; filler <= 14; filler++) {
      const { document } = await layoutOf({
        title: 'Keep',
        page: SMALL_PAGE,
        blocks: [
          { type: 'paragraph', text: text(0, filler) },
          { type: 'heading', level: 2, text: 'Results so far' },
          { type: 'paragraph', text: text(100, 6) },
        ],
      });
      const lines = linesOf(document);
      const heading = lines.find(({ line }) => line.text === 'Results so far')!;
      const after = lines[lines.indexOf(heading) + 1]!;
      expect(after.page, `filler ${filler}`).toBe(heading.page);
      // and at least two lines of the paragraph go with it
      expect(lines[lines.indexOf(heading) + 2]!.page).toBe(heading.page);
    }
  });

  it('leaves no single line of a paragraph alone at the top or bottom of a page', async () => {
    for (let filler = 2; filler <= 12; filler++) {
      const { document } = await layoutOf({
        title: 'Widows',
        page: SMALL_PAGE,
        blocks: [{ type: 'paragraph', text: text(0, filler) }, { type: 'paragraph', text: text(50, 7) }],
      });
      const lines = linesOf(document);
      const firstOfSecond = lines.findIndex(({ line }) => line.text.startsWith('Sentence 50'));
      const para = lines.slice(firstOfSecond);
      const perPage = new Map<number, number>();
      for (const { page } of para) perPage.set(page, (perPage.get(page) ?? 0) + 1);
      if (perPage.size > 1) for (const [page, count] of perPage) expect(count, `filler ${filler}, page ${page}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('repeats the table header on every page and splits only between rows', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => [`Station ${i + 1}`, String(100 + i), i % 5 === 0 ? text(i, 2) : 'office towers']);
    const { document } = await layoutOf({
      title: 'Table',
      page: SMALL_PAGE,
      blocks: [{ type: 'table', header: ['Station', 'Suggestions', 'Note'], widths: [2, 1, 3], rows }],
    });
    expect(document.pages.length).toBeGreaterThan(2);
    const pages = linesByPage(document);
    for (const page of pages) expect(page[0]!.text).toBe('Station'); // the header comes first on every page
    // Every row appears exactly once, and all of a row's lines are on one page.
    for (let i = 1; i <= 40; i++) {
      const found = pages.flatMap((p, index) => p.filter((l) => l.text === `Station ${i}`).map(() => index));
      expect(found, `Station ${i}`).toHaveLength(1);
    }
    const multiLine = rows.findIndex((r) => r[2]!.length > 50);
    const firstWords = rows[multiLine]![2]!.split(' ').slice(0, 3).join(' ');
    const rowPage = pages.findIndex((p) => p.some((l) => l.text === `Station ${multiLine + 1}`));
    expect(pages[rowPage]!.some((l) => l.text.startsWith(firstWords))).toBe(true);
  });

  it('splits a row only when it is taller than a page, repeating the header above its continuation', async () => {
    const long = text(0, 40);
    const { document } = await layoutOf({
      title: 'Tall row',
      page: SMALL_PAGE,
      blocks: [{ type: 'table', header: ['Station', 'Record'], widths: [1, 3], rows: [['Short', 'one line'], ['Tall', long], ['After', 'one line']] }],
    });
    expect(document.pages.length).toBeGreaterThan(2);
    const pages = linesByPage(document);
    for (const page of pages) expect(page[0]!.text).toBe('Station');
    // All of the tall cell's text, once, in order.
    const labels = new Set(['Station', 'Record', 'Short', 'Tall', 'After', 'one line']);
    const cellText = pages.flatMap((p) => p.filter((l) => !labels.has(l.text)).map((l) => l.text));
    expect(cellText.join(' ')).toBe(long);
    expect(pages.flat().filter((l) => l.text === 'After')).toHaveLength(1);
    // The tall row starts right under the short one (it could never fit a page whole),
    // and the rows around it are not split.
    expect(pages[0]!.map((l) => l.text).slice(0, 5)).toEqual(['Station', 'Record', 'Short', 'one line', 'Tall']);
  });

  it('runs the columns of a right-to-left table from right to left, and puts list markers on the right', async () => {
    const { document } = await layoutOf({
      title: 'RTL',
      lang: 'ar',
      blocks: [
        { type: 'table', header: ['الأول', 'الثاني', 'الثالث'], rows: [['1', '2', '3']] },
        { type: 'list', items: ['محطة اتصال تشريعية', 'نقطة لجمع المعلومات'] },
      ],
    });
    const lines = linesOf(document).map((l) => l.line);
    const x = (t: string) => lines.find((l) => l.text === t)!.runs[0]!.x;
    expect(x('الأول')).toBeGreaterThan(x('الثاني'));
    expect(x('الثاني')).toBeGreaterThan(x('الثالث'));
    expect(x('1')).toBeGreaterThan(x('3'));
    const item = lines.find((l) => l.text === 'محطة اتصال تشريعية')!;
    const marker = lines.find((l) => l.text === '•')!;
    expect(marker.runs[0]!.x).toBeGreaterThan(item.runs[0]!.x + 50);
    expect(item.direction).toBe('rtl');
    // Right-aligned: the item's text ends near the right margin.
    const right = Math.max(...item.runs.map((r) => r.x + r.glyphs.reduce((w, g) => w + g.advance, 0)));
    expect(right).toBeGreaterThan(595.28 - 56 - 25);
  });

  it('keeps columns side by side, continuing both on the next page', async () => {
    const zh = Array.from({ length: 12 }, (_, i) => ({ type: 'paragraph', text: `第${i + 1}段：联系点把法律草案送到社区、企业和法庭，再把群众意见送回立法机关。` }));
    const ar = Array.from({ length: 12 }, (_, i) => ({ type: 'paragraph', text: `الفقرة ${i + 1}: تصل مشاريع القوانين إلى الأحياء والشركات والمحاكم.` }));
    const { document } = await layoutOf({
      title: 'Columns',
      lang: 'zh',
      page: SMALL_PAGE,
      blocks: [{ type: 'columns', columns: [{ lang: 'zh', blocks: zh }, { lang: 'ar', blocks: ar }] }],
    });
    expect(document.pages.length).toBeGreaterThan(1);
    for (const page of linesByPage(document)) {
      const zhLines = page.filter((l) => l.lang === 'zh');
      const arLines = page.filter((l) => l.lang === 'ar');
      expect(zhLines.length).toBeGreaterThan(0);
      if (arLines.length === 0) continue; // Arabic may finish earlier
      const zhRight = Math.max(...zhLines.flatMap((l) => l.runs.map((r) => r.x + r.glyphs.reduce((w, g) => w + g.advance, 0))));
      const arLeft = Math.min(...arLines.flatMap((l) => l.runs.map((r) => r.x)));
      expect(zhRight).toBeLessThan(arLeft); // Chinese on the left, Arabic on the right
    }
    const all = linesOf(document);
    expect(all.filter(({ line }) => line.text.startsWith('第12段')).length).toBe(1);
    expect(all.some(({ line }) => line.text.startsWith('الفقرة 12'))).toBe(true);
    // A rule separates the columns.
    expect(document.pages[0]!.items.some((i) => i.kind === 'rule' && (i as RuleItem).x1 === (i as RuleItem).x2)).toBe(true);
  });

  it('numbers pages in the footer, repeats the header, and makes bookmarks of headings', async () => {
    const { document } = await layoutOf({
      title: 'Running',
      page: SMALL_PAGE,
      header: 'Chaoyang briefing',
      footer: 'Page {page} of {pages}',
      blocks: [
        { type: 'heading', level: 1, text: 'One' },
        { type: 'paragraph', text: text(0, 12) },
        { type: 'heading', level: 2, text: 'Two' },
        { type: 'paragraph', text: text(20, 12) },
        { type: 'pageBreak' },
        { type: 'heading', level: 2, text: 'Three' },
      ],
    });
    const n = document.pages.length;
    expect(n).toBeGreaterThan(2);
    const pages = linesByPage(document);
    pages.forEach((page, i) => {
      expect(page.some((l) => l.text === `Page ${i + 1} of ${n}`), `footer of page ${i + 1}`).toBe(true);
      expect(page.some((l) => l.text === 'Chaoyang briefing')).toBe(true);
    });
    expect(document.outline.map((o) => [o.title, o.level])).toEqual([['One', 1], ['Two', 2], ['Three', 2]]);
    const three = document.outline[2]!;
    expect(three.pageIndex).toBe(n - 1); // after the page break
    expect(pages[three.pageIndex]!.some((l) => l.text === 'Three')).toBe(true);
    for (const entry of document.outline) expect(entry.y).toBeGreaterThanOrEqual(30);
  });

  it('places a picture from a data URL and warns about one it cannot read', async () => {
    // 2 × 1 pixel PNG
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDAAAAHAgH/1j0FnAAAAABJRU5ErkJggg==';
    const { document, warnings } = await layoutOf({
      title: 'Pictures',
      blocks: [
        { type: 'image', src: `data:image/png;base64,${png}`, width: 200, caption: 'Two pixels' },
        { type: 'image', src: 'missing/photo.jpg' },
      ],
    });
    const images = document.pages[0]!.items.filter((i) => i.kind === 'image');
    expect(images).toHaveLength(1);
    expect(images[0]).toMatchObject({ format: 'png', width: 200, height: 100 });
    expect(warnings).toEqual([expect.objectContaining({ code: 'image-unavailable', path: 'blocks[1].src' })]);
    expect(linesOf(document).some(({ line }) => line.text === 'Two pixels')).toBe(true);
  });

  it('sets a two-line heading over balanced lines instead of leaving a word alone', async () => {
    const { document } = await layoutOf({
      title: 'Balance',
      lang: 'fr',
      blocks: [{ type: 'heading', level: 1, text: 'Quand les habitants participent à l’élaboration des lois' }],
    });
    const lines = linesOf(document).map(({ line }) => line);
    expect(lines).toHaveLength(2);
    const widths = lines.map((l) => l.runs.reduce((w, r) => w + r.glyphs.reduce((a, g) => a + g.advance, 0), 0));
    expect(widths[1]! / widths[0]!).toBeGreaterThan(0.6);
    expect(lines.map((l) => l.runs[0]!.x)).toEqual([56, 56]); // still set from the left margin
  });

  it('includes only the fonts the document uses', async () => {
    const { document } = await layoutOf({ title: 'Fonts', blocks: [{ type: 'paragraph', text: 'Only Latin here.' }] });
    expect(Object.keys(document.fonts)).toEqual(['NotoSans-Regular']);
    expect(document.fonts['NotoSans-Regular']!.bytes.length).toBeGreaterThan(100_000);
  });
});
