import { describe, expect, it } from 'vitest';
import { duplicateCommand, inverseCommand, moveCommand, movedStop, newStopCommand, resizedStop } from '../../../core/itinerary/itinerary-edits';
import type { Command } from '../../../core/model/commands';
import { cleanItinerary, run, STOP_1, STOP_2, VISIT } from '../../fixtures/itinerary/itinerary-fixture';
import { ctx } from '../../fixtures/workspace/fixture-workspace';

/** Re-adding a deleted stop stamps its texts anew; everything else must come back. */
const unstamped = (value: unknown) => JSON.parse(JSON.stringify(value, (key, v) => (key === 'changedAt' || key === 'changedBy' ? undefined : v)));
const stopOf = (doc: ReturnType<typeof cleanItinerary>, id: string) => doc.visits[0]!.stops.find((s) => s.id === id)!;

describe('itinerary edits', () => {
  it('move keeps the length and crosses days; resize keeps at least one step', () => {
    const stop = stopOf(cleanItinerary(), STOP_1); // 09:00–09:50
    expect(movedStop(stop, 15)).toEqual({ date: '2026-04-16', start: '09:15', end: '10:05' });
    expect(movedStop(stop, -10 * 60)).toEqual({ date: '2026-04-15', start: '23:00', end: '23:50' });
    expect(resizedStop(stop, 10)).toEqual({ end: '10:00' });
    expect(resizedStop(stop, -120)).toEqual({ end: '09:05' });
  });

  it('every editor change is undone by its inverse command', () => {
    const doc = cleanItinerary();
    const visit = doc.visits[0]!;
    const changes: Command[] = [
      moveCommand(stopOf(doc, STOP_2), 30),
      { type: 'update', collection: 'stops', id: STOP_1, patch: { venueId: 'ven-data-bureau', hosts: ['x'] } },
      newStopCommand(doc, visit, '2026-04-16', ctx()),
      duplicateCommand(visit, stopOf(doc, STOP_1)),
      { type: 'delete', collection: 'stops', id: STOP_2 },
      { type: 'update', collection: 'visits', id: VISIT, patch: { bufferMinutes: 10 } },
      { type: 'setSource', segmentId: stopOf(doc, STOP_1).activity.id, text: '新的活动', keepStatuses: true },
    ];
    for (const change of changes) {
      const undo = inverseCommand(doc, change)!;
      expect(undo, change.type).not.toBeNull();
      const back = run(run(doc, change), undo);
      expect(unstamped(back.visits), JSON.stringify(change)).toEqual(unstamped(doc.visits.map((v) => (change.type === 'update' && change.collection === 'visits' ? { ...v, bufferMinutes: 0 } : v))));
    }
    expect(inverseCommand(doc, { type: 'issueVersion', visitId: VISIT, comment: '' })).toBeNull();
  });

  it('a new stop follows the day’s last one, at its venue, with its interpreters', () => {
    const doc = cleanItinerary();
    const add = newStopCommand(doc, doc.visits[0]!, '2026-04-16', ctx());
    expect(add.value).toMatchObject({ start: '11:00', end: '12:00', venueId: 'ven-liulitun-station', interpreters: stopOf(doc, STOP_2).interpreters });
  });
});
