// Runs in Node (tests): vitest, node project. Every sample document (each template, both
// sample visits, every language of each delegation, Chinese beside Arabic) read back by
// the four readers delegates use: poppler, pdf.js, PDFium and MuPDF. Each line's logical
// text must be found on its page, and no reader may return a character the document
// does not hold (the stray U+0600..U+0605 and soft hyphens PDFium used to invent).
import { describe, expect, it } from 'vitest';
import { buildPackDocument } from '../../../core/packs/build-pack-document';
import type { PackRequest } from '../../../core/packs/pack-request';
import { layout, writeLaidOut } from '../../../core/render/typeset-to-pdf';
import { ENVOYS, KYRGYZ, NOW, sampleWorkspace, VISIT_LANGUAGES } from '../packs/helpers/sample-workspace';
import { assets } from '../typeset/helpers/engine';
import { fourReaders } from './helpers/four-readers';
import { describeFailures, readerFailures } from './helpers/reader-checks';

const workspace = sampleWorkspace();

function requests(): [string, PackRequest][] {
  const list: [string, PackRequest][] = [];
  for (const visitId of [ENVOYS, KYRGYZ]) {
    const languages = VISIT_LANGUAGES[visitId]!;
    // The handout in every language of the delegation; the staff brief and interpreter
    // sheet (mostly Chinese with names and terms in the target) in the first language
    // and in Arabic, the hardest, to keep the run short.
    for (const language of languages) {
      list.push([`${visitId} handout ${language}`, { visitId, template: 'handout', languages: [language], layout: 'single' }]);
      if (language !== languages[0] && language !== 'ar') continue;
      list.push([`${visitId} staff ${language}`, { visitId, template: 'staff', languages: [language], layout: 'single' }]);
      list.push([`${visitId} interpreter ${language}`, { visitId, template: 'interpreter', languages: [language], layout: 'single' }]);
    }
    list.push([`${visitId} itinerary ${languages.join('+')}`, { visitId, template: 'itinerary', languages, layout: 'single' }]);
    list.push([`${visitId} handout zh | ${languages.at(-1)}`, { visitId, template: 'handout', languages: [languages.at(-1)!], layout: 'side-by-side' }]);
  }
  list.push([`${ENVOYS} handout zh / ar stacked`, { visitId: ENVOYS, template: 'handout', languages: ['ar'], layout: 'stacked' }]);
  list.push([`${ENVOYS} staff zh`, { visitId: ENVOYS, template: 'staff', languages: ['zh'], layout: 'single' }]);
  return list;
}

describe('every sample document reads right in all four readers', () => {
  it.each(requests())('%s', async (_name, request) => {
    const build = buildPackDocument(workspace, request, { now: NOW });
    if (!build.ok) throw new Error('the sample workspace is fully translated');
    const { document } = await layout(build.document, assets);
    const pdf = await writeLaidOut(document, assets, { creationDate: NOW });
    const failures = readerFailures(document, await fourReaders(pdf));
    expect(describeFailures(failures)).toBe('');
  }, 60_000);
});
