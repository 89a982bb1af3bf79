// Runs anywhere (core): double bookings across the whole workspace: a venue two visits use
// at once, and a host, speaker or interpreter in two visits' stops at once. Within one
// visit two stops at once are already an overlap, so only other visits are compared.
import { peopleAt, ref, type CheckContext, type TimedStop, type VisitTimeline } from '../check-context';
import type { RawFinding } from '../findings';
import { spansOverlap } from '../stop-span';

function* clashes(ctx: CheckContext): Generator<[VisitTimeline, TimedStop, VisitTimeline, TimedStop]> {
  for (const mine of ctx.checked) {
    for (const theirs of ctx.all) {
      if (theirs.visit.id === mine.visit.id) continue;
      for (const a of mine.stops) for (const b of theirs.stops) if (spansOverlap(a.span, b.span)) yield [mine, a, theirs, b];
    }
  }
}

export function venueDoubleBooked(ctx: CheckContext): RawFinding<'venue-double-booked'>[] {
  const out: RawFinding<'venue-double-booked'>[] = [];
  for (const [mine, a, theirs, b] of clashes(ctx)) {
    if (a.stop.venueId !== b.stop.venueId) continue;
    const other = ref(theirs.visit, b.stop);
    out.push({ check: 'venue-double-booked', visitId: mine.visit.id, stopId: a.stop.id, venueId: a.stop.venueId, other, involved: { stops: [ref(mine.visit, a.stop), other], venues: [a.stop.venueId], people: [] } });
  }
  return out;
}

export function personDoubleBooked(ctx: CheckContext): RawFinding<'person-double-booked'>[] {
  const out: RawFinding<'person-double-booked'>[] = [];
  for (const [mine, a, theirs, b] of clashes(ctx)) {
    const there = peopleAt(b.stop, theirs.delegation);
    for (const [key, person] of peopleAt(a.stop, mine.delegation)) {
      if (!there.has(key)) continue;
      const other = ref(theirs.visit, b.stop);
      out.push({ check: 'person-double-booked', visitId: mine.visit.id, stopId: a.stop.id, person, other, involved: { stops: [ref(mine.visit, a.stop), other], venues: [...new Set([a.stop.venueId, b.stop.venueId])], people: [person] } });
    }
  }
  return out;
}
