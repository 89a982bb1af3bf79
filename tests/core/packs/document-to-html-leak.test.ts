// Runs in Node (tests): the preview never shows staff-only content in a delegate's handout
// itinerary sheet or change notice. A copy of the sample workspace gets a unique marker planted in every
// internal field (internal blocks, internal notes of delegations and stops) in every
// language; then the preview HTML of every public pack (both visits, every template × language
// × layout, with every library section chosen, staff-only ones included) is searched for
// any marker. The staff brief of the same copy must show them, or the planting did nothing.
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../core/model/apply-command';
import type { Command } from '../../../core/model/commands';
import { allSegments } from '../../../core/model/walk-segments';
import type { Workspace } from '../../../core/model/workspace';
import { buildPackDocument } from '../../../core/packs/build-pack-document';
import { documentToHtml } from '../../../core/packs/document-to-html';
import { renderHtmlString } from '../../../core/packs/html/render-html-string';
import { PACK_LAYOUTS, PUBLIC_TEMPLATES, type PackRequest } from '../../../core/packs/pack-request';
import { NOW, sampleWorkspace } from './helpers/sample-workspace';

const MARKER = /LEAK\d{4}X/g;

/** Every internal segment carries its own marker, in Chinese and in every target language, reviewed. */
function planted(doc: Workspace): { doc: Workspace; markers: string[] } {
  const markers: string[] = [];
  for (const place of allSegments(doc)) {
    if (place.visibility !== 'internal') continue;
    const marker = `LEAK${String(markers.length).padStart(4, '0')}X`;
    markers.push(marker);
    const { segment } = place;
    segment.source = { ...segment.source, text: `${marker} ${segment.source.text}` };
    for (const language of doc.languages.targets) {
      segment.translations[language.code] = { text: `${marker} ${segment.translations[language.code]?.text || 'x'}`, status: 'reviewed', changedBy: 'test', changedAt: NOW.toISOString() };
    }
  }
  return { doc, markers };
}

/** Two issued versions per visit (the second moves one stop and drops another), for the change notice. */
function withVersions(doc: Workspace): Workspace {
  let next = doc;
  const apply = (command: Command) => {
    const result = applyCommand(next, command, { at: NOW.toISOString(), by: 'test' });
    if (!result.ok) throw new Error(result.error.message);
    next = result.doc;
  };
  for (const visit of doc.visits) {
    apply({ type: 'issueVersion', visitId: visit.id, comment: '' });
    const [first, second] = visit.stops;
    apply({ type: 'update', collection: 'stops', id: first!.id, patch: { start: '08:45' } });
    apply({ type: 'delete', collection: 'stops', id: second!.id });
    apply({ type: 'issueVersion', visitId: visit.id, comment: '' });
  }
  return next;
}

const { doc, markers } = planted(withVersions(sampleWorkspace()));
const allSections = doc.library.sections.map((s) => s.id);
const languages = ['zh', ...doc.languages.targets.map((l) => l.code)];

function previewHtml(request: PackRequest): string {
  const build = buildPackDocument(doc, request, { now: NOW });
  if (!build.ok) throw new Error(`${JSON.stringify(request)}: missing ${build.missing.length}`);
  return renderHtmlString(documentToHtml(build.document).root);
}

describe('the preview of public packs', () => {
  it('has markers planted in internal blocks and notes of the sample', () => {
    expect(markers.length).toBeGreaterThanOrEqual(4);
    expect(doc.library.sections.some((s) => s.blocks.some((b) => b.visibility === 'internal'))).toBe(true);
  });

  it('shows the markers in the staff brief (the search can find them)', () => {
    const html = previewHtml({ visitId: doc.visits[0]!.id, template: 'staff', languages: ['en'], layout: 'single', sectionIds: allSections });
    expect(html.match(MARKER)?.length ?? 0).toBeGreaterThan(0);
  });

  for (const visit of doc.visits) {
    for (const template of PUBLIC_TEMPLATES) {
      it(`never shows internal content: ${visit.id}, ${template}, every language and layout`, () => {
        let checked = 0;
        for (const language of languages) {
          for (const layout of PACK_LAYOUTS) {
            if (language === 'zh' && layout !== 'single') continue;
            const request: PackRequest = { visitId: visit.id, template, languages: [language], layout, sectionIds: allSections };
            const html = previewHtml(request);
            expect(html.length).toBeGreaterThan(1000);
            expect(html.match(MARKER), `${language} ${layout}`).toBeNull();
            checked += 1;
          }
        }
        expect(checked).toBe(1 + (languages.length - 1) * PACK_LAYOUTS.length);
      });
    }
  }
});
