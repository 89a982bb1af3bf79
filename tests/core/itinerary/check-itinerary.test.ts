import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkItinerary } from '../../../core/itinerary/check-itinerary';
import { CHECK_IDS, CHECKS } from '../../../core/itinerary/check-registry';
import { fillMessage, findingParams } from '../../../core/itinerary/finding-params';
import type { Finding } from '../../../core/itinerary/findings';
import type { Workspace } from '../../../core/model/workspace';
import en from '../../../locales/en/itinerary.json' with { type: 'json' };
import { cleanItinerary, run, STOP_1, STOP_2, VISIT, withSecondVisit } from '../../fixtures/itinerary/itinerary-fixture';

const brief = (findings: Finding[]) => findings.map((f) => [f.severity, f.check, f.visitId, f.stopId]);
const only = (doc: Workspace) => checkItinerary(doc, { visitIds: [VISIT] });

describe('itinerary checks', () => {
  it('find nothing in the clean fixture nor in the sample workspace', () => {
    expect(checkItinerary(cleanItinerary())).toEqual([]);
    const sample = JSON.parse(readFileSync('assets/sample-workspace/sample-workspace.json', 'utf8')) as Workspace;
    expect(checkItinerary(sample).filter((f) => f.severity === 'error')).toEqual([]);
    expect(checkItinerary(sample)).toEqual([]);
  });

  it('declares each check once, with its severity and a message in every locale', () => {
    for (const id of CHECK_IDS) {
      expect(CHECKS[id].id).toBe(id);
      expect(CHECKS[id].messageKey).toBe(`itinerary:check.${id}`);
      expect((en.check as Record<string, string>)[id]).toBeTruthy();
    }
  });

  it('overlap: two stops at once, named on both', () => {
    const findings = only(run(cleanItinerary(), { type: 'update', collection: 'stops', id: STOP_2, patch: { start: '09:30' } }));
    expect(brief(findings)).toEqual([['error', 'overlap', VISIT, STOP_2]]);
    expect(findings[0]!.involved.stops.map((s) => s.stopId)).toEqual([STOP_1, STOP_2]);
  });

  it('travel-time: the drive takes longer than the gap (15 minutes needed, 10 given)', () => {
    const findings = only(run(cleanItinerary(), { type: 'update', collection: 'stops', id: STOP_2, patch: { start: '10:00' } }));
    expect(brief(findings)).toEqual([['error', 'travel-time', VISIT, STOP_2]]);
    expect(findings[0]).toMatchObject({ travel: 15, gap: 10, from: 'ven-district-congress', to: 'ven-liulitun-station' });
  });

  it('buffer: travel fits but the buffer on top does not', () => {
    const findings = only(run(cleanItinerary(), { type: 'update', collection: 'visits', id: VISIT, patch: { bufferMinutes: 10 } }));
    expect(brief(findings)).toEqual([['warning', 'buffer', VISIT, STOP_2]]);
  });

  it('travel-unknown: consecutive venues with no travel time between them', () => {
    const findings = only(run(cleanItinerary(), { type: 'setTravelTime', from: 'ven-district-congress', to: 'ven-liulitun-station', minutes: null }));
    expect(brief(findings)).toEqual([['warning', 'travel-unknown', VISIT, STOP_2]]);
  });

  it('venue-double-booked: another visit uses the venue at the same time', () => {
    const doc = withSecondVisit(cleanItinerary(), { venueId: 'ven-district-congress', start: '09:30', end: '10:30' });
    expect(brief(only(doc))).toEqual([['error', 'venue-double-booked', VISIT, STOP_1]]);
    expect(brief(checkItinerary(doc))).toEqual([
      ['error', 'venue-double-booked', VISIT, STOP_1],
      ['error', 'venue-double-booked', 'vis-second', 'stop-second-1'],
    ]);
    expect(only(doc)[0]!.involved).toEqual({ stops: [{ visitId: VISIT, stopId: STOP_1 }, { visitId: 'vis-second', stopId: 'stop-second-1' }], venues: ['ven-district-congress'], people: [] });
  });

  it('venue-double-booked across time zones: 01:30 UTC is 09:30 in Shanghai', () => {
    const doc = withSecondVisit(cleanItinerary(), { venueId: 'ven-district-congress', start: '01:30', end: '02:30' }, 'UTC');
    expect(brief(only(doc))).toEqual([['error', 'venue-double-booked', VISIT, STOP_1]]);
    const apart = withSecondVisit(cleanItinerary(), { venueId: 'ven-district-congress', start: '09:30', end: '10:30' }, 'UTC');
    expect(only(apart)).toEqual([]);
  });

  it('person-double-booked: a host, or the same interpreter, in two visits at once', () => {
    const host = withSecondVisit(cleanItinerary(), { venueId: 'ven-data-bureau', start: '09:30', end: '10:00', hosts: ['区人大常委会副主任（另一场）'] });
    const findings = only(host);
    expect(brief(findings)).toEqual([['error', 'person-double-booked', VISIT, STOP_1]]);
    expect(findings[0]!.involved.people).toEqual(['区人大常委会副主任']);
    const interpreter = withSecondVisit(cleanItinerary(), { venueId: 'ven-data-bureau', start: '10:30', end: '11:00', interpreter: true });
    expect(only(interpreter).map((f) => [f.check, f.stopId, f.involved.people])).toEqual([['person-double-booked', STOP_2, ['王丽']]]);
  });

  it('interpreter-pair: an interpreter assigned a pair they do not work in', () => {
    const doc = run(cleanItinerary(), {
      type: 'update',
      collection: 'stops',
      id: STOP_1,
      patch: { interpreters: [{ interpreterId: 'int-test-envoys-1', pair: ['zh', 'en'] }, { interpreterId: 'int-test-envoys-1', pair: ['zh', 'fr'] }, { interpreterId: 'int-test-envoys-1', pair: ['zh', 'es'] }] },
    });
    const findings = only(doc);
    expect(brief(findings)).toEqual([['error', 'interpreter-pair', VISIT, STOP_1]]);
    expect(findings[0]).toMatchObject({ pair: ['zh', 'es'], involved: { people: ['王丽'] } });
  });

  it('language-uncovered: a delegation language nobody interprets at a stop', () => {
    const doc = run(cleanItinerary(), { type: 'update', collection: 'stops', id: STOP_1, patch: { interpreters: [{ interpreterId: 'int-test-envoys-1', pair: ['zh', 'en'] }] } });
    const findings = only(doc);
    expect(brief(findings)).toEqual([['error', 'language-uncovered', VISIT, STOP_1]]);
    expect(findings[0]).toMatchObject({ language: 'fr' });
  });

  it('outside-visit-dates: a stop the day after the visit ends', () => {
    const findings = only(run(cleanItinerary(), { type: 'update', collection: 'stops', id: STOP_2, patch: { date: '2026-04-17' } }));
    expect(brief(findings)).toEqual([['error', 'outside-visit-dates', VISIT, STOP_2]]);
  });

  it('outside-visit-dates: a stop crossing midnight out of the last day', () => {
    const findings = only(run(cleanItinerary(), { type: 'update', collection: 'venues', id: 'ven-liulitun-station', patch: { openingHours: null } }, { type: 'update', collection: 'stops', id: STOP_2, patch: { start: '22:00', end: '00:30' } }));
    expect(brief(findings)).toEqual([['error', 'outside-visit-dates', VISIT, STOP_2]]);
  });

  it('outside-opening-hours: before the venue opens, and on a day it is closed', () => {
    const late = only(run(cleanItinerary(), { type: 'update', collection: 'venues', id: 'ven-liulitun-station', patch: { openingHours: [{ weekday: 4, opens: '10:30', closes: '17:00' }] } }));
    expect(brief(late)).toEqual([['error', 'outside-opening-hours', VISIT, STOP_2]]);
    expect(late[0]).toMatchObject({ weekday: 4, closed: false });
    const closed = only(run(cleanItinerary(), { type: 'update', collection: 'venues', id: 'ven-liulitun-station', patch: { openingHours: [{ weekday: 1, opens: '09:00', closes: '17:00' }] } }));
    expect(closed[0]).toMatchObject({ check: 'outside-opening-hours', closed: true });
  });

  it('over-capacity: more delegates than the venue holds', () => {
    const findings = only(run(cleanItinerary(), { type: 'update', collection: 'venues', id: 'ven-liulitun-station', patch: { capacity: 1 } }));
    expect(brief(findings)).toEqual([['error', 'over-capacity', VISIT, STOP_2]]);
    expect(findings[0]).toMatchObject({ capacity: 1, delegates: 2 });
  });

  it('missing-translation: a venue name or an activity without the delegation language', () => {
    const doc = cleanItinerary();
    const venue = doc.venues.find((v) => v.id === 'ven-liulitun-station')!;
    const { fr: _fr, ...name } = venue.name;
    const activity = doc.visits[0]!.stops[0]!.activity.id;
    const findings = only(run(doc, { type: 'update', collection: 'venues', id: venue.id, patch: { name } }, { type: 'setTranslation', segmentId: activity, language: 'fr', text: '' }));
    expect(findings.map((f) => [f.severity, f.check, f.stopId, f.check === 'missing-translation' && f.part])).toEqual([
      ['warning', 'missing-translation', STOP_1, 'activity'],
      ['warning', 'missing-translation', STOP_2, 'venue'],
    ]);
  });

  it('messages name the stops, venues and people, in the UI language', () => {
    const doc = run(cleanItinerary(), { type: 'update', collection: 'stops', id: STOP_2, patch: { start: '10:00' } });
    const finding = only(doc)[0]!;
    const text = fillMessage(en.check['travel-time'], findingParams(finding, doc, 'en'));
    expect(text).toContain('15');
    expect(text).toContain(doc.venues.find((v) => v.id === 'ven-liulitun-station')!.name.en!);
    expect(text).not.toMatch(/\{\{/);
  });

  it('give the same findings whatever the computer’s time zone', () => {
    const doc = withSecondVisit(run(cleanItinerary(), { type: 'update', collection: 'stops', id: STOP_2, patch: { start: '10:00' } }), { venueId: 'ven-district-congress', start: '01:30', end: '02:30' }, 'UTC');
    const before = process.env.TZ;
    const results: string[] = [];
    const offsets: number[] = [];
    try {
      for (const zone of ['America/New_York', 'Asia/Shanghai', 'Pacific/Chatham']) {
        process.env.TZ = zone;
        offsets.push(new Date(Date.UTC(2026, 3, 16)).getTimezoneOffset());
        results.push(JSON.stringify(checkItinerary(doc)));
      }
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
    expect(new Set(offsets).size).toBe(3); // the zone really changed
    expect(new Set(results).size).toBe(1);
    // the UTC visit's 01:30 is also before its venue opens, read in that visit's own zone
    expect(JSON.parse(results[0]!).map((f: Finding) => [f.check, f.stopId])).toEqual([
      ['venue-double-booked', STOP_1],
      ['travel-time', STOP_2],
      ['venue-double-booked', 'stop-second-1'],
      ['outside-opening-hours', 'stop-second-1'],
    ]);
  });
});
