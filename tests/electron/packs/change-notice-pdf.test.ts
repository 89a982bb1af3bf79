// Runs in Node (tests): the change notice typeset to PDF and read back with pdftotext: after
// a second issued version that moves a stop, moves one to another venue, drops one and adds
// one, every change is found, in each language of the delegation beside the Chinese, on
// one page; and the itinerary sheet prints "Version 2 · date".
import { describe, expect, it } from 'vitest';
import { itineraryLabels } from '../../../core/itinerary/itinerary-labels';
import { applyCommand } from '../../../core/model/apply-command';
import type { Command } from '../../../core/model/commands';
import type { Workspace } from '../../../core/model/workspace';
import { ENVOYS, sampleWorkspace } from '../../core/packs/helpers/sample-workspace';
import { packPdf, pdfText, qpdfCheck, squeeze } from './helpers/pack-pdf';

function twoVersions(): Workspace {
  let doc = sampleWorkspace();
  const apply = (command: Command, at: string) => {
    const result = applyCommand(doc, command, { at, by: 'Li Jing' });
    if (!result.ok) throw new Error(result.error.message);
    doc = result.doc;
  };
  const visit = doc.visits.find((v) => v.id === ENVOYS)!;
  const [first, second, third] = visit.stops;
  apply({ type: 'issueVersion', visitId: ENVOYS, comment: '' }, '2026-04-08T02:00:00.000Z');
  apply({ type: 'update', collection: 'stops', id: first!.id, patch: { start: '08:45', end: '09:30' } }, '2026-04-09T02:00:00.000Z');
  apply({ type: 'update', collection: 'stops', id: third!.id, patch: { venueId: 'ven-panjiayuan-deputies-station' } }, '2026-04-09T02:00:00.000Z');
  apply({ type: 'delete', collection: 'stops', id: second!.id }, '2026-04-09T02:00:00.000Z');
  const added = structuredClone(second!);
  added.id = 'stop-added-later';
  added.activity.id = 'seg-added-later';
  added.notes = [];
  added.start = '17:00';
  added.end = '17:20';
  apply({ type: 'add', collection: 'stops', parentId: ENVOYS, value: added }, '2026-04-09T02:00:00.000Z');
  apply({ type: 'issueVersion', visitId: ENVOYS, comment: '' }, '2026-04-10T02:00:00.000Z');
  return doc;
}

describe('the change notice as a PDF', () => {
  const doc = twoVersions();
  const visit = doc.visits.find((v) => v.id === ENVOYS)!;
  const venueName = (id: string, lang: string) => doc.venues.find((v) => v.id === id)!.name[lang]!;
  const delegation = doc.delegations.find((d) => d.id === visit.delegationId)!;

  for (const lang of delegation.primaryLanguages) {
    it(`lists every change in ${lang} beside Chinese, on one page`, async () => {
      const pdf = await packPdf(doc, { visitId: ENVOYS, template: 'change-notice', languages: [lang], layout: 'stacked' });
      expect(qpdfCheck(pdf.path)).toBe(0);
      expect(pdf.pages).toBe(1);
      const text = squeeze(pdfText(pdf.path));
      for (const language of [lang, 'zh']) {
        const labels = itineraryLabels(language);
        for (const kind of ['added', 'cancelled', 'moved', 'venue-changed'] as const) expect(text, `${language} ${kind}`).toContain(squeeze(labels.change[kind]));
        expect(text, `${language} title`).toContain(squeeze(labels.changeNotice));
        // A long name wraps inside its cell, and pdftotext reads a table row by row: its start is enough.
        expect(text).toContain(squeeze(venueName('ven-panjiayuan-deputies-station', language)).slice(0, 12));
      }
      const stops = doc.visits.find((v) => v.id === ENVOYS)!.stops;
      expect(text).toContain(squeeze(stops.find((s) => s.id === 'stop-added-later')!.activity.source.text).slice(0, 8));
    });
  }

  it('prints "Version 2 · date" on the itinerary sheet', async () => {
    const pdf = await packPdf(doc, { visitId: ENVOYS, template: 'itinerary', languages: ['en'], layout: 'stacked' });
    const text = squeeze(pdfText(pdf.path));
    expect(text).toContain(squeeze('Version 2 · 10 April 2026'));
    expect(text).toContain(squeeze('第2版'));
  });
});
