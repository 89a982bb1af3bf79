// Runs in Node (tests): vitest, node project. Justified Arabic lengthened with kashida
// reads whole in all four readers. The tatweels carry no text and are drawn as ink only;
// the text glyph beside each one declares a width that reaches across it, so no reader
// sees a gap inside a word and splits it ("يش رح").
import { describe, expect, it } from 'vitest';
import { layout, writeLaidOut } from '../../../core/render/typeset-to-pdf';
import { assets } from '../typeset/helpers/engine';
import { fourReaders, READERS } from './helpers/four-readers';
import { describeFailures, readable, readerFailures } from './helpers/reader-checks';

const SENTENCES = [
  'يشرح موظفو الاتصال مشروع القانون للسكان قبل أن يطلبوا آراءهم في الأحياء السكنية المجاورة.',
  'تصل الملاحظات المكتوبة إلى لجنة الشؤون التشريعية في مجلس نواب الشعب خلال أيام العمل المحددة.',
  'يستمع المستشارون المتطوعون إلى كلمات التجار والمعلمين والطلاب ثم يكتبون ملخصا واضحا لكل جلسة.',
  'يستقبل مكتب الاتصال الوفود الأجنبية ويشرح لها كيف يشارك الناس في كتابة القوانين الجديدة.',
];

describe('kashida in a justified Arabic paragraph', () => {
  it('keeps every word whole in poppler, pdf.js, PDFium and MuPDF', async () => {
    const { document } = await layout(
      {
        title: 'كشيدة',
        lang: 'ar',
        typography: { hyphenate: false },
        blocks: [{ type: 'columns', columns: [{ blocks: SENTENCES.map((text) => ({ type: 'paragraph', align: 'justify', text })) }, { blocks: [] }] }],
      },
      assets,
    );
    const kashidas = document.pages.flatMap((page) =>
      page.items.flatMap((item) => (item.kind === 'line' ? item.runs.flatMap((run) => run.glyphs.filter((g) => g.inserted === 'kashida')) : [])),
    );
    expect(kashidas.length).toBeGreaterThanOrEqual(4);
    const pdf = await writeLaidOut(document, assets);
    const pages = await fourReaders(pdf);
    expect(describeFailures(readerFailures(document, pages))).toBe('');
    for (const reader of READERS) {
      const text = readable(pages[reader].join(' '));
      for (const sentence of SENTENCES) expect(text, `${reader}: ${sentence}`).toContain(sentence);
    }
  }, 60_000);
});
