// Runs in Node (tests): THE LEAK TEST. A copy of the sample workspace gets internal blocks
// in every section, then a unique marker (LEAK-0001, …) in every internal field: every
// segment of every internal block in every language, the internal notes of stops and
// delegations, and the interpreters (their notes and names are for staff). Every public
// output (handout and itinerary sheet, for every language of each delegation, in every
// layout, with every section of the library chosen) is typeset to PDF; neither its
// extracted text nor its document JSON may hold any marker. The staff brief, printed from the same
// copy, must hold them, so the test can tell a marker from no marker.
import { describe, expect, it } from 'vitest';
import type { Segment } from '../../../core/model/segment';
import type { Workspace } from '../../../core/model/workspace';
import { librarySegments } from '../../../core/model/walk-segments';
import { buildPackDocument } from '../../../core/packs/build-pack-document';
import { PACK_LAYOUTS, PUBLIC_TEMPLATES, type PackRequest } from '../../../core/packs/pack-request';
import { ENVOYS, KYRGYZ, NOW, sampleWorkspace, VISIT_LANGUAGES } from '../../core/packs/helpers/sample-workspace';
import { packPdf, pdfText, squeeze } from './helpers/pack-pdf';

interface Marker {
  marker: string;
  /** The language it was planted in ('zh' for the source). */
  language: string;
  /** The visits whose staff brief prints it. */
  visits: string[];
  field: string;
}

function plant(): { workspace: Workspace; markers: Marker[] } {
  const workspace = sampleWorkspace();
  // Every section also gets an internal paragraph and internal key figures among its
  // public blocks, so that the handout meets internal content in every section it prints.
  const intro = workspace.library.sections[0]!.blocks.find((b) => b.kind === 'paragraph')!;
  const figures = workspace.library.sections[1]!.blocks.find((b) => b.kind === 'keyFigures')!;
  workspace.library.sections.forEach((section, s) => {
    const paragraph = structuredClone(intro);
    paragraph.id = `blk-leak-paragraph-${s}`;
    paragraph.visibility = 'internal';
    if (paragraph.kind === 'paragraph') paragraph.text.id = `seg-leak-paragraph-${s}`;
    const cards = structuredClone(figures);
    cards.id = `blk-leak-figures-${s}`;
    cards.visibility = 'internal';
    if (cards.kind === 'keyFigures') {
      cards.figures.forEach((figure, f) => {
        figure.id = `fig-leak-${s}-${f}`;
        figure.label.id = `seg-leak-figure-${s}-${f}`;
      });
    }
    section.blocks.splice(1, 0, paragraph, cards);
  });
  const markers: Marker[] = [];
  const next = () => `LEAK-${String(markers.length + 1).padStart(4, '0')}`;
  const add = (visits: string[], field: string, language: string, prefixOf: (marker: string) => void) => {
    const marker = next();
    markers.push({ marker, language, visits, field });
    prefixOf(marker);
  };
  const segment = (s: Segment, visits: string[], field: string) => {
    add(visits, field, 'zh', (m) => (s.source.text = `${m} ${s.source.text}`));
    for (const [language, translation] of Object.entries(s.translations)) add(visits, field, language, (m) => (translation.text = `${m} ${translation.text}`));
  };
  const all = workspace.visits.map((v) => v.id);
  for (const place of librarySegments(workspace)) {
    if (place.visibility === 'internal') segment(place.segment, all, `${place.blockId} ${place.role}`);
  }
  for (const delegation of workspace.delegations) {
    const visits = workspace.visits.filter((v) => v.delegationId === delegation.id).map((v) => v.id);
    for (const note of delegation.notes) if (note.visibility === 'internal') segment(note.text, visits, `${delegation.id} note`);
    for (const interpreter of delegation.interpreters) add(visits, `${interpreter.id} name`, 'zh', (m) => (interpreter.name = `${interpreter.name} ${m}`));
  }
  for (const visit of workspace.visits) {
    for (const stop of visit.stops) for (const note of stop.notes) if (note.visibility === 'internal') segment(note.text, [visit.id], `${stop.id} note`);
  }
  return { workspace, markers };
}

const { workspace, markers } = plant();
const MARKER = /LEAK-\d{4}/g;

describe('internal content never reaches a public output', () => {
  it('planted a marker in every internal field', () => {
    const fields = new Set(markers.map((m) => m.field.split(' ').pop()));
    expect(fields).toEqual(new Set(['paragraph', 'figure-label', 'bullet', 'table-header', 'table-cell', 'note', 'name']));
    expect(markers.length).toBeGreaterThan(250);
  });

  for (const visitId of [ENVOYS, KYRGYZ]) {
    // Every template the registry declares public.
    for (const template of PUBLIC_TEMPLATES) {
      for (const layout of PACK_LAYOUTS) {
        it(`${visitId} ${template} ${layout}, every language of the delegation`, async () => {
          for (const language of VISIT_LANGUAGES[visitId]!) {
            // Every section of the library, the staff-only one included.
            const sectionIds = workspace.library.sections.map((section) => section.id);
            const request: PackRequest = { visitId, template, languages: [language], layout, sectionIds };
            const build = buildPackDocument(workspace, request, { now: NOW });
            if (!build.ok) throw new Error('the sample is fully translated');
            expect(JSON.stringify(build.document).match(MARKER), `${language} document`).toBeNull();
            const pdf = await packPdf(workspace, request);
            expect(squeeze(pdfText(pdf.path)).match(MARKER), `${language} PDF`).toBeNull();
          }
        }, 120_000);
      }
    }
  }
});

describe('the markers are there to be found', () => {
  it('prints every source-language marker in the staff brief in Chinese', async () => {
    for (const visitId of [ENVOYS, KYRGYZ]) {
      const pdf = await packPdf(workspace, { visitId, template: 'staff', languages: ['zh'], layout: 'single' });
      const found = new Set(squeeze(pdfText(pdf.path)).match(MARKER));
      const expected = markers.filter((m) => m.language === 'zh' && m.visits.includes(visitId)).map((m) => m.marker);
      expect(expected.length).toBeGreaterThan(30);
      expect(expected.filter((m) => !found.has(m))).toEqual([]);
    }
  });

  it('prints every Arabic and Chinese marker in the staff brief side by side zh | ar', async () => {
    const pdf = await packPdf(workspace, { visitId: ENVOYS, template: 'staff', languages: ['ar'], layout: 'side-by-side' });
    const found = new Set(squeeze(pdfText(pdf.path)).match(MARKER));
    const expected = markers.filter((m) => (m.language === 'ar' || m.language === 'zh') && m.visits.includes(ENVOYS)).map((m) => m.marker);
    expect(expected.filter((m) => !found.has(m))).toEqual([]);
  });
});
