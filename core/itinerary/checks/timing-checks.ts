// Runs anywhere (core): checks on the order of a visit's own stops: two at once, and the
// drive between consecutive venues (travel minutes, then the visit's buffer on top).
import { travelMinutes } from '../../model/venues';
import { ref, type CheckContext } from '../check-context';
import type { RawFinding } from '../findings';
import { minutesBetween, spansOverlap } from '../stop-span';

export function overlaps(ctx: CheckContext): RawFinding<'overlap'>[] {
  const out: RawFinding<'overlap'>[] = [];
  for (const { visit, stops } of ctx.checked) {
    for (let i = 0; i < stops.length; i++) {
      for (let j = i + 1; j < stops.length && stops[j]!.span.start < stops[i]!.span.end; j++) {
        const [a, b] = [stops[i]!, stops[j]!];
        if (!spansOverlap(a.span, b.span)) continue;
        out.push({
          check: 'overlap',
          visitId: visit.id,
          stopId: b.stop.id,
          other: ref(visit, a.stop),
          involved: { stops: [ref(visit, a.stop), ref(visit, b.stop)], venues: [...new Set([a.stop.venueId, b.stop.venueId])], people: [] },
        });
      }
    }
  }
  return out;
}

type TravelFinding = RawFinding<'travel-time'> | RawFinding<'buffer'> | RawFinding<'travel-unknown'>;

function travelFindings(ctx: CheckContext): TravelFinding[] {
  const out: TravelFinding[] = [];
  for (const { visit, stops } of ctx.checked) {
    const buffer = visit.bufferMinutes ?? 0;
    for (let i = 1; i < stops.length; i++) {
      const [a, b] = [stops[i - 1]!, stops[i]!];
      const gap = minutesBetween(a.span.end, b.span.start);
      // Same venue needs no drive; an overlap is reported as such; a night between stops is no drive to plan.
      if (a.stop.venueId === b.stop.venueId || gap < 0 || gap >= 12 * 60) continue;
      const common = {
        visitId: visit.id,
        stopId: b.stop.id,
        previous: ref(visit, a.stop),
        from: a.stop.venueId,
        to: b.stop.venueId,
        involved: { stops: [ref(visit, a.stop), ref(visit, b.stop)], venues: [a.stop.venueId, b.stop.venueId], people: [] },
      };
      const travel = travelMinutes(ctx.doc.travelTimes, a.stop.venueId, b.stop.venueId);
      if (travel === undefined) out.push({ check: 'travel-unknown', ...common });
      else if (gap < travel) out.push({ check: 'travel-time', ...common, travel, gap });
      else if (gap < travel + buffer) out.push({ check: 'buffer', ...common, travel, buffer, gap });
    }
  }
  return out;
}

export const travelTooShort = (ctx: CheckContext) => travelFindings(ctx).filter((f): f is RawFinding<'travel-time'> => f.check === 'travel-time');
export const bufferTooShort = (ctx: CheckContext) => travelFindings(ctx).filter((f): f is RawFinding<'buffer'> => f.check === 'buffer');
export const travelUnknown = (ctx: CheckContext) => travelFindings(ctx).filter((f): f is RawFinding<'travel-unknown'> => f.check === 'travel-unknown');
