// Runs in Node (tests): packs typeset to PDF and read back by poppler, qpdf and pdf.js.
// Every template is printed in Arabic side by side with Chinese and in Russian alone, plus a
// representative spread of the other languages and layouts (every template × layout ×
// language is composed in tests/core/packs; typesetting all of them here would take minutes
// on two cores). Each section's heading is found in the right language, with the PDF's
// title, author, language, bookmarks and "X / Y" page numbers.
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../../core/model/workspace';
import { packLabels, printedName, type PackLabels } from '../../../core/packs/pack-labels';
import type { PackRequest } from '../../../core/packs/pack-request';
import { templateSpec } from '../../../core/packs/templates/registry';
import { itineraryLabels } from '../../../core/itinerary/itinerary-labels';
import { ENVOYS, KYRGYZ, sampleWorkspace } from '../../core/packs/helpers/sample-workspace';
import { bookmarks, packPdf, pdfInfo, pdfText, qpdfCheck, squeeze } from './helpers/pack-pdf';

const workspace = sampleWorkspace();

function sectionTitle(ws: Workspace, id: string, lang: string): string {
  const title = ws.library.sections.find((s) => s.id === id)!.title;
  return lang === 'zh' ? title.source.text : title.translations[lang]!.text;
}

/** The headings each template must print, in one language. */
function expectedHeadings(request: PackRequest, lang: string): string[] {
  const l: PackLabels = packLabels(lang);
  const visit = workspace.visits.find((v) => v.id === request.visitId)!;
  switch (request.template) {
    case 'handout':
      return [l.contents, ...visit.pack.sectionIds.map((id) => sectionTitle(workspace, id, lang)), l.programme, l.keyTerms, l.contacts];
    case 'staff':
      return [l.members, l.interpreters, l.programme, l.delegationNotes, l.internalMaterial, sectionTitle(workspace, 'sec-staff-notes', lang), l.handoutSections];
    case 'interpreter':
      return [l.glossary, l.keyFigures, l.names];
    case 'itinerary':
      return [l.day(1), ...(visit.startDate !== visit.endDate ? [l.day(2)] : [])];
    case 'change-notice':
      return [itineraryLabels(lang).changeNotice]; // its changes: tests/electron/packs/change-notice-pdf.test.ts
  }
}

const CASES: PackRequest[] = [
  ...(['handout', 'staff', 'interpreter', 'itinerary'] as const).flatMap((template): PackRequest[] => [
    { visitId: ENVOYS, template, languages: ['ar'], layout: 'side-by-side' },
    { visitId: KYRGYZ, template, languages: ['ru'], layout: 'single' },
  ]),
  { visitId: ENVOYS, template: 'handout', languages: ['en'], layout: 'stacked' },
  { visitId: ENVOYS, template: 'handout', languages: ['fr'], layout: 'single' },
  { visitId: ENVOYS, template: 'itinerary', languages: ['pt'], layout: 'stacked' },
  { visitId: ENVOYS, template: 'interpreter', languages: ['es'], layout: 'side-by-side' },
  { visitId: KYRGYZ, template: 'staff', languages: ['zh'], layout: 'single' },
  { visitId: KYRGYZ, template: 'itinerary', languages: ['ru', 'en'], layout: 'single' },
];

describe('packs as PDFs', () => {
  for (const request of CASES) {
    const lang = request.languages[0]!;
    it(`${request.visitId} ${request.template} ${request.languages.join(',')} ${request.layout}`, async () => {
      const pdf = await packPdf(workspace, request);
      expect(qpdfCheck(pdf.path)).toBe(0);
      const text = squeeze(pdfText(pdf.path));
      if (request.layout === 'side-by-side') {
        // Each language in its own column: the target's on its reading side (the right for
        // Arabic, the left otherwise), the Chinese on the other.
        const rtl = lang === 'ar';
        const targetSide = squeeze(pdfText(pdf.path, undefined, rtl ? 'right' : 'left'));
        const chineseSide = squeeze(pdfText(pdf.path, undefined, rtl ? 'left' : 'right'));
        for (const heading of expectedHeadings(request, lang)) expect(targetSide, `${lang}: ${heading}`).toContain(squeeze(heading));
        for (const heading of expectedHeadings(request, 'zh')) expect(chineseSide, `zh: ${heading}`).toContain(squeeze(heading));
      } else {
        const languages = request.layout === 'single' ? request.languages : [lang, 'zh'];
        for (const language of languages) {
          for (const heading of expectedHeadings(request, language)) expect(text, `${language}: ${heading}`).toContain(squeeze(heading));
        }
      }

      const info = pdfInfo(pdf.path);
      const visit = workspace.visits.find((v) => v.id === request.visitId)!;
      expect(info['Title']).toBe(`${visit.title[lang]} · ${printedName(templateSpec(request.template).names, lang)}`);
      // The host organisation is the workspace's (the sample's: Chaoyang, in each language).
      expect(info['Author']).toBe(workspace.host!.names[lang]);
      expect(Number(info['Pages'])).toBe(pdf.pages);

      // Every page but a cover has "X / Y" in its footer.
      const first = request.template === 'handout' ? 2 : 1;
      for (let page = first; page <= pdf.pages; page++) {
        const footer = squeeze(pdfText(pdf.path, page));
        // poppler gives a right-to-left line in visual order when most of its page is
        // left to right (a page of Chinese and Latin names): "6 / 5" then reads right to left.
        if (lang === 'ar') expect([`${page}/${pdf.pages}`, `${pdf.pages}/${page}`].some((n) => footer.includes(n)), `page ${page}`).toBe(true);
        else expect(footer, `page ${page}`).toContain(`${page}/${pdf.pages}`);
      }

      // Bookmarks: the sections of the handout in the target language (not twice).
      if (request.template === 'handout') {
        const marks = await bookmarks(pdf.bytes);
        const titles = visit.pack.sectionIds.map((id) => sectionTitle(workspace, id, lang));
        const flat = (t: string) => t.replace(/\s+/g, ' ').trim();
        for (const title of titles) expect(marks.filter((m) => m === flat(title)), title).toHaveLength(1);
        if (request.layout !== 'single') expect(marks).not.toContain(sectionTitle(workspace, visit.pack.sectionIds[0]!, 'zh'));
      }
    });
  }

  it('records the language in the PDF (/Lang) and keeps Arabic extractable in logical order', async () => {
    const pdf = await packPdf(workspace, { visitId: ENVOYS, template: 'handout', languages: ['ar'], layout: 'single' });
    const loaded = await PDFDocument.load(pdf.bytes);
    expect(loaded.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('ar');
    const intro = workspace.library.sections[0]!.blocks[1]!;
    if (intro.kind !== 'paragraph') throw new Error('expected a paragraph');
    const firstSentence = intro.text.translations.ar!.text.split('.')[0]!;
    expect(squeeze(pdfText(pdf.path))).toContain(squeeze(firstSentence));
  });
});
