import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildIcs } from '../../../core/itinerary/build-ics';
import { describeCalendar } from '../../../core/itinerary/calendar-description';
import { compareStops, draftChanges, versionChanges } from '../../../core/itinerary/itinerary-changes';
import type { Workspace } from '../../../core/model/workspace';
import { cleanItinerary, run, STOP_1, STOP_2, VISIT } from '../../fixtures/itinerary/itinerary-fixture';
import { ctx } from '../../fixtures/workspace/fixture-workspace';
import { applyCommand } from '../../../core/model/apply-command';

const MARKER = 'INTERNAL-MARKER-7Q';

function issue(doc: Workspace, comment = '', at = '2026-04-10T02:00:00.000Z'): Workspace {
  const result = applyCommand(doc, { type: 'issueVersion', visitId: VISIT, comment }, ctx('Li Jing', at));
  if (!result.ok) throw new Error(result.error.message);
  return result.doc;
}

/** Version 1 with both stops; version 2 moves stop 1, drops stop 2 and adds a third. */
function twoVersions(): Workspace {
  let doc = cleanItinerary();
  const note = { id: 'note-internal-marker', visibility: 'internal' as const, text: { id: 'seg-internal-marker', source: { text: MARKER, changedBy: 'x', changedAt: '2026-04-01T00:00:00.000Z' }, translations: { en: { text: MARKER, status: 'reviewed' as const, changedBy: 'x', changedAt: '2026-04-01T00:00:00.000Z' } } } };
  doc = run(doc, { type: 'add', collection: 'stopNotes', parentId: STOP_1, value: note });
  doc = issue(doc);
  const third = { ...structuredClone(doc.visits[0]!.stops[1]!), id: 'stop-third', start: '15:00', end: '16:00', notes: [] };
  third.activity.id = 'seg-third';
  doc = run(
    doc,
    { type: 'update', collection: 'stops', id: STOP_1, patch: { start: '08:30', end: '09:20' } },
    { type: 'delete', collection: 'stops', id: STOP_2 },
    { type: 'add', collection: 'stops', parentId: VISIT, value: third },
  );
  return issue(doc, 'second', '2026-04-12T03:00:00.000Z');
}

function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  for (const zone of component.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return component;
}

describe('changes between versions', () => {
  it('lists added, cancelled, moved, venue and interpreter changes', () => {
    const doc = twoVersions();
    const visit = doc.visits.find((v) => v.id === VISIT)!;
    expect(versionChanges(visit, 2)!.map((c) => [c.kind, c.stopId])).toEqual([
      ['moved', STOP_1],
      ['cancelled', STOP_2],
      ['added', 'stop-third'],
    ]);
    expect(versionChanges(visit, 1)!.map((c) => c.kind)).toEqual(['added', 'added']);
    expect(draftChanges(visit, 'zh')!.changes).toEqual([]);
    const v2 = visit.issuedVersions[1]!.stops;
    const changed = v2.map((s) => (s.id === STOP_1 ? { ...s, venueId: 'ven-data-bureau', interpreters: [] } : s));
    expect(compareStops(v2, changed).map((c) => c.kind)).toEqual(['venue-changed', 'interpreter-changed']);
  });
});

describe('the .ics export', () => {
  it('has one event per stop in the visit’s zone, METHOD:PUBLISH and texts in the language', () => {
    const doc = cleanItinerary();
    const visit = doc.visits[0]!;
    const text = buildIcs(describeCalendar(doc, visit, 'fr'));
    const calendar = parse(text);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).toBe('Asia/Shanghai');
    const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events).toHaveLength(2);
    expect(events[0]!.startDate.toString()).toBe('2026-04-16T09:00:00');
    expect(events[0]!.startDate.zone.tzid).toBe('Asia/Shanghai');
    expect(events[0]!.startDate.toUnixTime()).toBe(Date.UTC(2026, 3, 16, 1, 0) / 1000);
    expect(events[0]!.summary).toBe(visit.stops[0]!.activity.translations.fr!.text);
    expect(events[0]!.location).toContain(doc.venues.find((v) => v.id === visit.stops[0]!.venueId)!.name.fr);
    // never issued: a draft, tentative
    expect(events[0]!.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
  });

  it('keeps UIDs across exports, raises SEQUENCE for a moved stop and cancels a dropped one', () => {
    const doc = twoVersions();
    const visit = doc.visits.find((v) => v.id === VISIT)!;
    const first = buildIcs(describeCalendar(doc, visit, 'en'));
    const second = buildIcs(describeCalendar(doc, visit, 'en'));
    expect(second).toBe(first);
    const events = parse(first).getAllSubcomponents('vevent');
    const byUid = new Map(events.map((e) => [String(e.getFirstPropertyValue('uid')).split('.')[0], e]));
    expect([...byUid.keys()].sort()).toEqual([STOP_1, STOP_2, 'stop-third'].sort());
    const prop = (id: string, name: string) => byUid.get(id)!.getFirstPropertyValue(name);
    expect([prop(STOP_1, 'sequence'), prop(STOP_1, 'status')]).toEqual([1, 'CONFIRMED']);
    expect([prop(STOP_2, 'sequence'), prop(STOP_2, 'status')]).toEqual([1, 'CANCELLED']);
    expect([prop('stop-third', 'sequence'), prop('stop-third', 'status')]).toEqual([0, 'CONFIRMED']);
    expect(String(prop(STOP_1, 'dtstart'))).toBe('2026-04-16T08:30:00');
    // the same UIDs as the first version's calendar
    const v1Only = { ...visit, issuedVersions: visit.issuedVersions.slice(0, 1) };
    const earlier = parse(buildIcs(describeCalendar(doc, v1Only, 'ar'))).getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('uid'));
    expect(earlier).toEqual([STOP_1, STOP_2].map((id) => byUid.get(id)!.getFirstPropertyValue('uid')));
    expect(first).toContain('Version 2 · 2026-04-12');
  });

  it('never carries an internal note', () => {
    const doc = twoVersions();
    const visit = doc.visits.find((v) => v.id === VISIT)!;
    for (const language of ['zh', 'en', 'fr', 'ar']) {
      expect(buildIcs(describeCalendar(doc, visit, language))).not.toContain(MARKER);
      expect(buildIcs(describeCalendar(doc, { ...visit, issuedVersions: [] }, language))).not.toContain(MARKER);
    }
    expect(JSON.stringify(visit.stops)).toContain(MARKER); // the marker is really in the draft
  });

  it('writes the same file whatever the computer’s zone', () => {
    const doc = twoVersions();
    const visit = doc.visits.find((v) => v.id === VISIT)!;
    const before = process.env.TZ;
    const out: string[] = [];
    try {
      for (const zone of ['America/New_York', 'Asia/Shanghai']) {
        process.env.TZ = zone;
        out.push(buildIcs(describeCalendar(doc, { ...visit, timeZone: 'Europe/Paris' }, 'en')));
      }
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
    expect(out[1]).toBe(out[0]);
    expect(out[0]).toContain('DTSTART;TZID=Europe/Paris:20260416T083000');
    expect(out[0]).toContain('BEGIN:DAYLIGHT');
  });
});
