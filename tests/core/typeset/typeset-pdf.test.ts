// Runs in Node (tests): the whole engine, document to PDF, read back by real readers.
// Text extraction gives the source text in logical order in all seven languages (poppler
// and pdf.js), every drawn glyph is in its font subset, qpdf finds nothing wrong.
import { describe, expect, it } from 'vitest';
import { layout, typeset } from '../../../core/render/typeset-to-pdf';
import { assets, fixture, fixtureNames } from './helpers/engine';
import { checkDrawnGlyphs, normalizeText, pdfjsText, popplerText, qpdfCheck, saveTemp } from './helpers/pdf-readers';

/** Paragraphs written for these tests (facts from the outreach point), one per language. */
const PARAGRAPHS: Record<string, string> = {
  en: 'Since July 2021 the Chaoyang District People’s Congress has hosted a grassroots legislative outreach point; 675 officers gather views through 43 liaison stations.',
  zh: '2021年7月，朝阳区人大常委会成为基层立法联系点，对外经济贸易大学（UIBE）法学院提供专家咨询，已就25部法律草案提出2570条建议。',
  ar: 'في يوليو 2021 اختارت لجنة الشؤون التشريعية مجلس نواب حي تشاويانغ (Chaoyang) نقطة اتصال تشريعية، وقدّمت النقطة 2570 اقتراحًا على 25 مشروع قانون.',
  ru: 'С июля 2021 года Собрание народных представителей района Чаоян собирает мнения жителей о законопроектах: 2570 предложений по 25 проектам.',
  fr: 'Depuis juillet 2021, l’Assemblée populaire de Chaoyang recueille l’avis des habitants : 2 570 suggestions sur 25 projets de loi, dont 107 retenues.',
  es: 'Desde julio de 2021, la Asamblea Popular de Chaoyang recoge la opinión de los vecinos: 2570 sugerencias sobre 25 anteproyectos, 107 adoptadas.',
  pt: 'Desde julho de 2021, a Assembleia Popular de Chaoyang recolhe a opinião dos moradores: 2570 sugestões sobre 25 projetos de lei, 107 adotadas.',
};

const created = new Date('2024-04-18T09:00:00Z');

const paragraphDocument = (lang: string, text: string) => ({ title: `Extraction ${lang}`, lang, blocks: [{ type: 'paragraph' as const, text }] });

async function pdfOf(lang: string, text: string) {
  const result = await typeset(paragraphDocument(lang, text), assets, { creationDate: created });
  return { bytes: result.pdf, path: saveTemp(result.pdf, `extract-${lang}`) };
}

describe('text extraction from typeset PDFs', () => {
  for (const [lang, text] of Object.entries(PARAGRAPHS)) {
    it(`pdftotext returns the ${lang} paragraph in logical order`, async () => {
      const { path } = await pdfOf(lang, text);
      expect(normalizeText(popplerText(path))).toBe(normalizeText(text));
    });

    it(`pdf.js returns the ${lang} paragraph in logical order`, async () => {
      const { bytes } = await pdfOf(lang, text);
      const { pages, warnings } = await pdfjsText(bytes);
      expect(warnings).toEqual([]);
      // pdf.js keeps the hyphen of a hyphenated line end, as it does in any PDF (its
      // search joins "-" + line break); poppler and PDFium join the word themselves.
      const { document } = await layout(paragraphDocument(lang, text), assets);
      const hyphenated = document.pages.flatMap((page) => page.items).filter((item) => item.kind === 'line' && item.text.endsWith('-')).length;
      const got = normalizeText(pages.join('\n'));
      const joined = got.replace(/(?<=\p{L})- (?=\p{L})/gu, '');
      expect(got.length - joined.length).toBe(2 * hyphenated);
      expect(joined).toBe(normalizeText(text));
    });
  }

  it('the paragraphs really are several lines long (line breaks are part of the test)', async () => {
    const { document } = await import('../../../core/render/typeset-to-pdf').then((m) =>
      m.layout({ title: 'x', lang: 'ar', blocks: [{ type: 'paragraph', text: PARAGRAPHS.ar! }] }, assets),
    );
    expect(document.pages[0]!.items.filter((i) => i.kind === 'line').length).toBeGreaterThanOrEqual(2);
  });
});

describe('typeset PDFs of every sample document', () => {
  for (const name of fixtureNames()) {
    it(`${name}: passes qpdf --check, opens cleanly in poppler and pdf.js, draws only glyphs its subsets have`, async () => {
      const result = await typeset(fixture(name), assets, { creationDate: created });
      expect(result.warnings).toEqual([]);
      const path = saveTemp(result.pdf, name.replace('.json', ''));
      const qpdf = qpdfCheck(path);
      expect(qpdf.status, qpdf.output).toBe(0);
      expect(qpdf.output).toContain('No syntax or stream encoding errors found');
      expect(qpdf.output).not.toMatch(/WARNING/i);
      expect(() => popplerText(path)).not.toThrow();
      const { warnings } = await pdfjsText(result.pdf);
      expect(warnings).toEqual([]);
      const glyphs = await checkDrawnGlyphs(result.pdf);
      expect(glyphs.checked).toBeGreaterThan(20);
      expect(glyphs.problems).toEqual([]);
      // Subsets only: no font program near the size of the full font files.
      expect(result.pdf.length).toBeLessThan(120_000);
    });
  }

  it('the glyph check notices a glyph missing from a subset (the check itself can fail)', async () => {
    const result = await typeset(fixture('outreach-en.json'), assets, { creationDate: created });
    // Point one CID of the first font at .notdef by corrupting the CIDToGIDMap is hard in a
    // deflated stream; instead draw a glyph the font does not have at all.
    const { layout } = await import('../../../core/render/typeset-to-pdf');
    const { writePdf } = await import('../../../core/pdf/write-pdf');
    const laid = await layout(fixture('outreach-en.json'), assets);
    const line = laid.document.pages[0]!.items.find((i) => i.kind === 'line')!;
    if (line.kind === 'line') line.runs[0]!.glyphs[0]!.gid = 0;
    const broken = await writePdf(laid.document, { subsetWasm: assets.subsetWasm, creationDate: created });
    expect((await checkDrawnGlyphs(broken)).problems.length).toBeGreaterThan(0);
    expect((await checkDrawnGlyphs(result.pdf)).problems).toEqual([]);
  });

  it('carries the title, the language and the bookmarks', async () => {
    const result = await typeset(fixture('outreach-zh.json'), assets, { creationDate: created });
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(result.pdf), verbosity: 0 }).promise;
    const meta = await doc.getMetadata();
    expect((meta.info as { Title?: string }).Title).toBe('朝阳区基层立法联系点简介');
    expect((meta.info as { Language?: string }).Language).toBe('zh');
    const outline = await doc.getOutline();
    expect(outline.map((o) => o.title)).toEqual(['把立法的“直通车”开进社区']);
    expect(outline[0]!.items.map((o) => o.title)).toEqual(['“43+292+61+3”工作网络', '主要成效']);
    await doc.destroy();
  });
});
