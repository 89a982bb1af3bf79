// Runs in Node (tests): a pack filled with Chinese shows it. The places whose Arabic is
// missing or unreviewed are printed in Chinese behind a "中文" tag on an amber band: the
// band and the tag are seen in the rendered page (poppler, in colour), the tag and the
// Chinese are in the extracted text, and the report lists each place. The same page of a
// fully translated pack has no amber at all.
import { describe, expect, it } from 'vitest';
import { buildPackDocument } from '../../../core/packs/build-pack-document';
import type { PackRequest } from '../../../core/packs/pack-request';
import { HIGHLIGHT_FILL, TAG_FILL } from '../../../core/typeset/layout/styles';
import { ENVOYS, NOW, sampleWorkspace } from '../../core/packs/helpers/sample-workspace';
import { countColour, packPdf, pdfText, renderRgb, squeeze } from './helpers/pack-pdf';

function withGap() {
  const workspace = sampleWorkspace();
  const intro = workspace.library.sections[0]!.blocks[1]!;
  if (intro.kind !== 'paragraph') throw new Error('expected the overview paragraph');
  intro.text.translations.ar!.status = 'draft';
  return { workspace, source: intro.text.source.text };
}

describe('filled with Chinese', () => {
  const request: PackRequest = { visitId: ENVOYS, template: 'handout', languages: ['ar'], layout: 'single', fillMissing: 'zh' };

  it('is refused without --fill-missing, and listed in the report with it', () => {
    const { workspace } = withGap();
    const refused = buildPackDocument(workspace, { ...request, fillMissing: undefined }, { now: NOW });
    expect(refused.ok).toBe(false);
    const filled = buildPackDocument(workspace, request, { now: NOW });
    expect(filled.ok && filled.report.filled).toEqual([{ segmentPath: '$.library.sections[0].blocks[1].text', language: 'ar' }]);
  });

  it('is visibly marked in the PDF: a tag and an amber band around the Chinese', async () => {
    const { workspace, source } = withGap();
    const pdf = await packPdf(workspace, request);
    const first = squeeze(source.slice(0, 20));
    let page = 0;
    for (let p = 1; p <= pdf.pages && !page; p++) if (squeeze(pdfText(pdf.path, p)).includes(first)) page = p;
    expect(page).toBeGreaterThan(2); // after the cover and the contents
    expect(squeeze(pdfText(pdf.path, page))).toContain(`中文${first}`);
    const image = renderRgb(pdf.path, page);
    const band = countColour(image, HIGHLIGHT_FILL);
    const tag = countColour(image, TAG_FILL, 20);
    expect(band).toBeGreaterThan(500); // several lines of text on the band at 40 dpi
    expect(tag).toBeGreaterThan(20);

    const complete = await packPdf(sampleWorkspace(), { ...request, fillMissing: undefined });
    const clean = renderRgb(complete.path, page);
    expect(countColour(clean, HIGHLIGHT_FILL)).toBe(0);
    expect(countColour(clean, TAG_FILL, 20)).toBe(0);
  });
});
