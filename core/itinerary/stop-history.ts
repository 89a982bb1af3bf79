// Runs anywhere (core): each stop's story across issued versions, for calendars: the
// SEQUENCE (RFC 5545 §3.8.7.4) rises each time a version changes the stop's time or place,
// drops it (cancelled) or brings it back; a stop dropped keeps its last issued state.
import type { IssuedStop, IssuedVersion } from '../model/issued-versions';
import { timeChanged } from './itinerary-changes';

export interface StopHistory {
  /** The stop as last issued. */
  last: IssuedStop;
  sequence: number;
  cancelled: boolean;
  /** The version that last changed it. */
  changedIn: number;
}

/** Every stop ever issued, by id, in order of first issue. */
export function stopHistories(versions: readonly IssuedVersion[]): Map<string, StopHistory> {
  const histories = new Map<string, StopHistory>();
  for (const version of versions) {
    const present = new Set<string>();
    for (const stop of version.stops) {
      present.add(stop.id);
      const history = histories.get(stop.id);
      if (!history) histories.set(stop.id, { last: stop, sequence: 0, cancelled: false, changedIn: version.number });
      else {
        const significant = history.cancelled || timeChanged(history.last, stop) || history.last.venueId !== stop.venueId;
        histories.set(stop.id, {
          last: stop,
          sequence: history.sequence + (significant ? 1 : 0),
          cancelled: false,
          changedIn: significant ? version.number : history.changedIn,
        });
      }
    }
    for (const [id, history] of histories) {
      if (!present.has(id) && !history.cancelled) histories.set(id, { ...history, sequence: history.sequence + 1, cancelled: true, changedIn: version.number });
    }
  }
  return histories;
}
