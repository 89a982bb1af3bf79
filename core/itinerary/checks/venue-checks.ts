// Runs anywhere (core): does a stop fit its visit and its venue: inside the visit's dates,
// inside the venue's opening hours, and no more delegates than the venue holds.
import { crossesMidnight } from '../../model/stop-times';
import { ref, type CheckContext } from '../check-context';
import type { RawFinding } from '../findings';
import { endDate } from '../stop-span';
import { isoWeekday } from '../zoned-time';

export function outsideVisitDates(ctx: CheckContext): RawFinding<'outside-visit-dates'>[] {
  const out: RawFinding<'outside-visit-dates'>[] = [];
  for (const { visit, stops } of ctx.checked) {
    for (const { stop } of stops) {
      if (stop.date >= visit.startDate && endDate(stop) <= visit.endDate) continue;
      out.push({ check: 'outside-visit-dates', visitId: visit.id, stopId: stop.id, startDate: visit.startDate, endDate: visit.endDate, involved: { stops: [ref(visit, stop)], venues: [], people: [] } });
    }
  }
  return out;
}

export function outsideOpeningHours(ctx: CheckContext): RawFinding<'outside-opening-hours'>[] {
  const out: RawFinding<'outside-opening-hours'>[] = [];
  for (const { visit, stops } of ctx.checked) {
    for (const { stop } of stops) {
      const hours = ctx.venues.get(stop.venueId)?.openingHours;
      if (!hours) continue; // not known: nothing to check against
      const weekday = isoWeekday(stop.date);
      const periods = hours.filter((p) => p.weekday === weekday);
      // Opening periods end by 23:59, so a stop running past midnight never fits one.
      const fits = !crossesMidnight(stop) && periods.some((p) => p.opens <= stop.start && stop.end <= p.closes);
      if (fits) continue;
      out.push({ check: 'outside-opening-hours', visitId: visit.id, stopId: stop.id, venueId: stop.venueId, weekday, closed: periods.length === 0, involved: { stops: [ref(visit, stop)], venues: [stop.venueId], people: [] } });
    }
  }
  return out;
}

export function overCapacity(ctx: CheckContext): RawFinding<'over-capacity'>[] {
  const out: RawFinding<'over-capacity'>[] = [];
  for (const { visit, delegation, stops } of ctx.checked) {
    const delegates = delegation?.members.length ?? 0;
    for (const { stop } of stops) {
      const capacity = ctx.venues.get(stop.venueId)?.capacity;
      if (capacity == null || delegates <= capacity) continue;
      out.push({ check: 'over-capacity', visitId: visit.id, stopId: stop.id, venueId: stop.venueId, capacity, delegates, involved: { stops: [ref(visit, stop)], venues: [stop.venueId], people: [] } });
    }
  }
  return out;
}
