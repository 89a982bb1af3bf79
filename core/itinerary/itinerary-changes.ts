// Runs anywhere (core): what changed between two states of an itinerary (an issued version
// and a later one, or the draft): stops added, cancelled, moved in time, moved to another
// venue, or given other interpreters. One stop can change in several ways at once.
import { assertNever } from '../assert-never';
import { freezeStop } from '../model/freeze-stops';
import type { IssuedStop, IssuedVersion } from '../model/issued-versions';
import type { Visit } from '../model/visits';

export type ItineraryChange =
  | { kind: 'added'; stopId: string; after: IssuedStop }
  | { kind: 'cancelled'; stopId: string; before: IssuedStop }
  | { kind: 'moved'; stopId: string; before: IssuedStop; after: IssuedStop }
  | { kind: 'venue-changed'; stopId: string; before: IssuedStop; after: IssuedStop }
  | { kind: 'interpreter-changed'; stopId: string; before: IssuedStop; after: IssuedStop };

export type ChangeKind = ItineraryChange['kind'];

/** Every kind of change, declared once, with the key of its on-screen message. */
export const CHANGE_KINDS: { [K in ChangeKind]: { messageKey: `itinerary:change.${K}` } } = {
  added: { messageKey: 'itinerary:change.added' },
  cancelled: { messageKey: 'itinerary:change.cancelled' },
  moved: { messageKey: 'itinerary:change.moved' },
  'venue-changed': { messageKey: 'itinerary:change.venue-changed' },
  'interpreter-changed': { messageKey: 'itinerary:change.interpreter-changed' },
};
export const CHANGE_KIND_IDS = Object.keys(CHANGE_KINDS) as ChangeKind[];

export const timeChanged = (a: IssuedStop, b: IssuedStop) => a.date !== b.date || a.start !== b.start || a.end !== b.end;
const interpretersKey = (s: IssuedStop) => s.interpreters.map((i) => `${i.interpreterId}:${i.pair.join('-')}`).sort().join(',');

/** The changes from `before` to `after`, in the order of the stops' (new, else old) times. */
export function compareStops(before: readonly IssuedStop[], after: readonly IssuedStop[]): ItineraryChange[] {
  const old = new Map(before.map((s) => [s.id, s]));
  const now = new Map(after.map((s) => [s.id, s]));
  const changes: ItineraryChange[] = [];
  for (const stop of after) {
    const was = old.get(stop.id);
    if (!was) {
      changes.push({ kind: 'added', stopId: stop.id, after: stop });
      continue;
    }
    if (timeChanged(was, stop)) changes.push({ kind: 'moved', stopId: stop.id, before: was, after: stop });
    if (was.venueId !== stop.venueId) changes.push({ kind: 'venue-changed', stopId: stop.id, before: was, after: stop });
    if (interpretersKey(was) !== interpretersKey(stop)) changes.push({ kind: 'interpreter-changed', stopId: stop.id, before: was, after: stop });
  }
  for (const stop of before) if (!now.has(stop.id)) changes.push({ kind: 'cancelled', stopId: stop.id, before: stop });
  const when = (c: ItineraryChange) => {
    const s = shownStop(c);
    return `${s.date} ${s.start}`;
  };
  return changes.sort((a, b) => when(a).localeCompare(when(b)) || CHANGE_KIND_IDS.indexOf(a.kind) - CHANGE_KIND_IDS.indexOf(b.kind));
}

/** The stop as a change shows it: the new state, or the old one for a cancellation. */
export function shownStop(change: ItineraryChange): IssuedStop {
  switch (change.kind) {
    case 'added':
    case 'moved':
    case 'venue-changed':
    case 'interpreter-changed':
      return change.after;
    case 'cancelled':
      return change.before;
    default:
      return assertNever(change, 'itinerary change');
  }
}

export function draftStops(visit: Visit, sourceLanguage: string): IssuedStop[] {
  return visit.stops.map((stop) => freezeStop(stop, sourceLanguage));
}

export function findVersion(visit: Visit, number: number): IssuedVersion | undefined {
  return visit.issuedVersions.find((v) => v.number === number);
}

/** The draft against the last issued version (or against version `since`); null when nothing was issued. */
export function draftChanges(visit: Visit, sourceLanguage: string, since?: number): { since: IssuedVersion; changes: ItineraryChange[] } | null {
  const base = since === undefined ? visit.issuedVersions.at(-1) : findVersion(visit, since);
  if (!base) return null;
  return { since: base, changes: compareStops(base.stops, draftStops(visit, sourceLanguage)) };
}

/** What version `number` changed against the version before it (version 1: every stop added). */
export function versionChanges(visit: Visit, number: number): ItineraryChange[] | null {
  const version = findVersion(visit, number);
  if (!version) return null;
  return compareStops(findVersion(visit, number - 1)?.stops ?? [], version.stops);
}
