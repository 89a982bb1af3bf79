// Runs in Node (tests): vitest, node project; reads real files with real PDF readers.
// Text extraction with real readers: poppler's pdftotext (reading order and -layout) and
// pdf.js's getTextContent must return each line's logical text, in all seven languages of
// a briefing pack and in the hard bidi mixtures. Comparison drops only the invisible bidi
// formatting characters poppler wraps RTL sections in (and the marks the writer adds for
// it) and collapses whitespace; every letter, digit, space and bracket must match.
import { describe, expect, it } from 'vitest';
import { MARGIN, A4, documentOf, lineOf, sampleParagraph, write } from './helpers/sample-documents';
import { normalise, pdfjsText, popplerText, saveTemp } from './helpers/read-pdf';
import { MIXED_LINES, SAMPLE_PARAGRAPHS } from './helpers/sample-texts';
import { shapeLine, shapeLines } from './helpers/shape-line';

const LANGUAGES = Object.keys(SAMPLE_PARAGRAPHS) as (keyof typeof SAMPLE_PARAGRAPHS)[];

async function bothReaders(bytes: Uint8Array) {
  const path = saveTemp(bytes);
  const pdfjs = await pdfjsText(bytes);
  return {
    poppler: normalise(popplerText(path)),
    popplerLayout: normalise(popplerText(path, { layout: true })),
    pdfjs: normalise(pdfjs.pages.map((page) => page.text).join('\n')),
    pdfjsWarnings: pdfjs.warnings,
  };
}

describe('text extraction returns logical text', () => {
  it.each(LANGUAGES)('a paragraph in %s, from poppler (both modes) and pdf.js', async (language) => {
    const paragraph = SAMPLE_PARAGRAPHS[language]!;
    const bytes = await write(documentOf([sampleParagraph(language)], { lang: paragraph.lang }));
    const expected = normalise(paragraph.lines.join('\n'));
    const got = await bothReaders(bytes);
    expect(got.poppler).toBe(expected);
    expect(got.popplerLayout).toBe(expected);
    expect(got.pdfjs).toBe(expected);
    expect(got.pdfjsWarnings).toEqual([]);
  });

  it.each(Object.entries(MIXED_LINES))('%s, from poppler (both modes) and pdf.js', async (_name, line) => {
    const bytes = await write(documentOf([[lineOf(line.text, line.direction, line.lang)]], { lang: line.lang }));
    const expected = normalise(line.text);
    const got = await bothReaders(bytes);
    expect(got.poppler).toBe(expected);
    expect(got.popplerLayout).toBe(expected);
    expect(got.pdfjs).toBe(expected);
  });

  it.each([
    ['a full stop after a Latin word ends an Arabic line', 'يعمل الفريق مع جامعة UIBE.', 'rtl', 'ar'],
    ['brackets around a Latin name inside Arabic', 'التقى الوفد مع السيد (John Smith) في المكتب.', 'rtl', 'ar'],
    ['an Arabic phrase inside an English line', 'The sign read نقطة الاتصال التشريعية in large letters.', 'ltr', 'en'],
  ] as const)('%s, with neutrals in the font of the text before them', async (_name, text, direction, lang) => {
    // A simpler layout gives a space or full stop the font of the preceding letter, so
    // the stop after "UIBE" is in the Latin font though it reads right to left.
    const line = shapeLine(text, { x: MARGIN, right: A4.width - MARGIN, y: 100, direction, lang, size: 11, neutrals: 'preceding' });
    const got = await bothReaders(await write(documentOf([[line]], { lang })));
    expect(got.poppler).toBe(normalise(text));
    expect(got.pdfjs).toBe(normalise(text));
  });

  it('a justified Arabic line, its spaces stretched to 1.5 em, reads as one line in both readers', async () => {
    const text = 'تنقل نقطة الاتصال آراء السكان إلى التشريع الوطني';
    const line = shapeLine(text, { x: MARGIN, right: 400, y: 100, direction: 'rtl', lang: 'ar', size: 11 });
    // Justify by hand: every space glyph grows, the glyphs after it (in visual order) move.
    for (const run of line.runs) {
      let shift = 0;
      for (const glyph of run.glyphs) {
        glyph.x += shift;
        if (glyph.chars === ' ') {
          glyph.advance += 14;
          shift += 14;
        }
      }
    }
    const got = await bothReaders(await write(documentOf([[line]], { lang: 'ar' })));
    expect(got.poppler).toBe(normalise(text));
    expect(got.pdfjs).toBe(normalise(text));
  });

  it('Arabic comes back as base letters in logical order, never presentation forms', async () => {
    const bytes = await write(documentOf([sampleParagraph('ar')], { lang: 'ar' }));
    const got = await bothReaders(bytes);
    for (const text of [got.poppler, got.pdfjs]) {
      expect(text).not.toMatch(/[\ufb50-\ufdff\ufe70-\ufeff]/);
      expect(text.startsWith('تنقل نقطة الاتصال')).toBe(true);
    }
  });

  it('a Chinese | Arabic two-column page: each column extracts intact in both readers', async () => {
    const zh = ['朝阳区基层立法联系点自2021年', '7月起承担国家立法的意见征集', '工作，已就25部法律草案提出', '2570条建议。'];
    const ar = ['تنقل نقطة الاتصال في تشاويانغ', 'آراء السكان إلى التشريع الوطني', 'منذ يوليو 2021، وقدمت 2570', 'اقتراحا بشأن 25 مشروع قانون.'];
    const middle = A4.width / 2;
    const items = [
      ...shapeLines(zh, { x: MARGIN, y: 100, direction: 'ltr', lang: 'zh-CN', size: 11, leading: 18 }),
      ...shapeLines(ar, { x: middle + 10, right: A4.width - MARGIN, y: 100, direction: 'rtl', lang: 'ar', size: 11, leading: 18 }),
    ];
    const got = await bothReaders(await write(documentOf([items], { lang: 'zh-CN' })));
    // Arabic letters outnumber left-to-right ones here, so poppler reads the page right to
    // left: Arabic column first. The Chinese lines ending in "。" need the writer's end
    // anchor to keep the full stop at the end.
    for (const text of [got.poppler, got.pdfjs]) {
      expect(text).toContain(normalise(zh.join('\n')));
      expect(text).toContain(normalise(ar.join('\n')));
    }
  });

  it('poppler limitation, named: a mixed line of the minority direction keeps its sections in visual order', async () => {
    // poppler decides one direction per page by counting letters. A line of the other
    // direction that holds sections of both (an Arabic line with numbers on a page of
    // English; an English line quoting Arabic on a page of Arabic) comes out with its
    // sections in visual order; no mark in the file changes that. The words themselves
    // stay whole and right-way round, and pdf.js, which has no page direction, is right.
    const english = SAMPLE_PARAGRAPHS.en!.lines;
    const arabic = 'وفي أبريل 2024 زار سفراء 36 دولة النقطة.';
    const arabicPage = [
      ...shapeLines([...english, ...english], { x: MARGIN, right: A4.width - MARGIN, y: 100, direction: 'ltr', lang: 'en', size: 11 }),
      lineOf(arabic, 'rtl', 'ar', 200),
    ];
    const quoting = 'The sign read نقطة الاتصال in large letters.';
    const englishPage = [
      ...shapeLines([...SAMPLE_PARAGRAPHS.ar!.lines, ...SAMPLE_PARAGRAPHS.ar!.lines], { x: MARGIN, right: A4.width - MARGIN, y: 100, direction: 'rtl', lang: 'ar', size: 11 }),
      lineOf(quoting, 'ltr', 'en', 200),
    ];
    for (const [items, line] of [[arabicPage, arabic], [englishPage, quoting]] as const) {
      const got = await bothReaders(await write(documentOf([items])));
      expect(got.pdfjs).toContain(normalise(line));
      for (const word of line.replace(/[.\d]/g, '').split(/\s+/).filter(Boolean)) expect(got.poppler).toContain(word);
      expect(got.poppler).not.toContain(normalise(line));
    }
  });
});
