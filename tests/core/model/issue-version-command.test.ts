import { describe, expect, it } from 'vitest';
import { applyCommand, executeCommand } from '../../../core/model/apply-command';
import type { Workspace } from '../../../core/model/workspace';
import { ctx, fixtureWorkspace } from '../../fixtures/workspace/fixture-workspace';

function apply(doc: Workspace, command: unknown, context = ctx()): Workspace {
  const result = executeCommand(doc, command, context);
  if (!result.ok) throw new Error(result.error.message);
  return result.doc;
}

describe('issueVersion', () => {
  it('freezes the draft as version 1, 2 … with date, author and comment; later edits leave it alone', () => {
    const doc = fixtureWorkspace();
    const visit = doc.visits[0]!;
    const one = apply(doc, { type: 'issueVersion', visitId: visit.id, comment: 'first' }, ctx('Li', '2026-04-10T02:00:00.000Z'));
    const v1 = one.visits[0]!.issuedVersions[0]!;
    expect(v1).toMatchObject({ number: 1, issuedAt: '2026-04-10T02:00:00.000Z', issuedBy: 'Li', comment: 'first' });
    expect(v1.stops.map((s) => s.id)).toEqual(visit.stops.map((s) => s.id));
    expect(v1.stops[0]!.activity.zh).toBe(visit.stops[0]!.activity.source.text);
    expect(v1.stops[0]!.activity.en).toBe(visit.stops[0]!.activity.translations.en!.text);
    // internal notes are never frozen into a version that is sent out
    expect(JSON.stringify(v1)).not.toContain('座谈时间控制在20分钟以内');

    const moved = apply(one, { type: 'update', collection: 'stops', id: visit.stops[0]!.id, patch: { start: '08:30', end: '09:15' } });
    expect(moved.visits[0]!.issuedVersions[0]).toEqual(v1);
    const two = apply(moved, { type: 'issueVersion', visitId: visit.id, comment: '' });
    expect(two.visits[0]!.issuedVersions.map((v) => v.number)).toEqual([1, 2]);
    expect(two.visits[0]!.issuedVersions[1]!.stops[0]).toMatchObject({ start: '08:30', end: '09:15' });
  });

  it('refuses to issue an unchanged draft again, and an unknown visit', () => {
    const doc = fixtureWorkspace();
    const one = apply(doc, { type: 'issueVersion', visitId: doc.visits[0]!.id, comment: '' });
    const again = applyCommand(one, { type: 'issueVersion', visitId: doc.visits[0]!.id, comment: '' }, ctx());
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('Nothing has changed since version 1') } });
    expect(applyCommand(doc, { type: 'issueVersion', visitId: 'vis-nowhere', comment: '' }, ctx())).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('keeps a venue or interpreter that an issued version names from being deleted', () => {
    const doc = fixtureWorkspace();
    const visit = doc.visits[0]!;
    const one = apply(doc, { type: 'issueVersion', visitId: visit.id, comment: '' });
    const venueId = visit.stops[0]!.venueId;
    let next = one;
    for (const stop of visit.stops) next = apply(next, { type: 'delete', collection: 'stops', id: stop.id });
    const result = applyCommand(next, { type: 'delete', collection: 'venues', id: venueId }, ctx());
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('version 1 of visit') } });
  });

  it('accepts several interpreters per stop and a stop crossing midnight; refuses equal start and end', () => {
    const doc = fixtureWorkspace();
    const stop = doc.visits[0]!.stops[0]!;
    const both = apply(doc, { type: 'update', collection: 'stops', id: stop.id, patch: { interpreters: [{ interpreterId: 'int-test-envoys-1', pair: ['zh', 'en'] }, { interpreterId: 'int-test-envoys-1', pair: ['zh', 'fr'] }], start: '22:00', end: '00:30' } });
    expect(both.visits[0]!.stops[0]!.interpreters).toHaveLength(2);
    expect(applyCommand(doc, { type: 'update', collection: 'stops', id: stop.id, patch: { start: '10:00', end: '10:00' } }, ctx())).toMatchObject({ ok: false });
  });

  it('sets a visit time zone and buffer, a venue capacity and opening hours', () => {
    const doc = fixtureWorkspace();
    const visit = apply(doc, { type: 'update', collection: 'visits', id: doc.visits[0]!.id, patch: { timeZone: 'Europe/Paris', bufferMinutes: 10 } });
    expect(visit.visits[0]).toMatchObject({ timeZone: 'Europe/Paris', bufferMinutes: 10 });
    expect(applyCommand(doc, { type: 'update', collection: 'visits', id: doc.visits[0]!.id, patch: { timeZone: 'Mars/Olympus' } } as never, ctx())).toMatchObject({ ok: false });
    const venue = apply(doc, { type: 'update', collection: 'venues', id: doc.venues[0]!.id, patch: { capacity: 30, openingHours: [{ weekday: 1, opens: '09:00', closes: '17:00' }] } });
    expect(venue.venues[0]).toMatchObject({ capacity: 30, openingHours: [{ weekday: 1, opens: '09:00', closes: '17:00' }] });
    const cleared = apply(venue, { type: 'update', collection: 'venues', id: doc.venues[0]!.id, patch: { capacity: null, openingHours: null } });
    expect(cleared.venues[0]).toMatchObject({ capacity: null, openingHours: null });
  });
});
