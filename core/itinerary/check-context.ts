// Runs anywhere (core): what every itinerary check reads, worked out once: each visit's
// stops as real-time spans in the visit's zone, sorted, with their delegation and venues.
import type { Delegation } from '../model/delegations';
import type { Venue } from '../model/venues';
import type { Stop, Visit } from '../model/visits';
import type { Workspace } from '../model/workspace';
import { stopSpan, type Span } from './stop-span';

export interface TimedStop {
  stop: Stop;
  span: Span;
}

export interface VisitTimeline {
  visit: Visit;
  delegation: Delegation | undefined;
  /** Sorted by start, then end, then position in the draft. */
  stops: TimedStop[];
}

export interface CheckContext {
  doc: Workspace;
  venues: Map<string, Venue>;
  /** Every visit of the workspace (double bookings look across all of them). */
  all: VisitTimeline[];
  /** The visits being checked. */
  checked: VisitTimeline[];
}

export function timelineOf(doc: Workspace, visit: Visit): VisitTimeline {
  const stops = visit.stops
    .map((stop, index) => ({ stop, span: stopSpan(stop, visit.timeZone), index }))
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.index - b.index)
    .map(({ stop, span }) => ({ stop, span }));
  return { visit, delegation: doc.delegations.find((d) => d.id === visit.delegationId), stops };
}

export function checkContext(doc: Workspace, visitIds?: readonly string[]): CheckContext {
  const all = doc.visits.map((visit) => timelineOf(doc, visit));
  const checked = visitIds ? all.filter((t) => visitIds.includes(t.visit.id)) : all;
  return { doc, venues: new Map(doc.venues.map((v) => [v.id, v])), all, checked };
}

/** The people at a stop: hosts, speakers and interpreters, by a key that ignores titles in brackets. */
export function peopleAt(stop: Stop, delegation: Delegation | undefined): Map<string, string> {
  const people = new Map<string, string>();
  const add = (name: string) => {
    const label = name.split(/[（(]/)[0]!.trim() || name.trim();
    people.set(label.toLowerCase().replace(/\s+/g, ' '), label);
  };
  stop.hosts.forEach(add);
  stop.speakers.forEach(add);
  for (const assigned of stop.interpreters) {
    const interpreter = delegation?.interpreters.find((i) => i.id === assigned.interpreterId);
    if (interpreter) add(interpreter.name);
  }
  return people;
}

export const ref = (visit: Visit, stop: Stop) => ({ visitId: visit.id, stopId: stop.id });
