// Runs anywhere (core): every itinerary check, declared once: its id, its severity, the key
// of its message (locales/<lng>/itinerary.json) and the function that finds it. The UI, the
// CLI and the tests all read this table; a new check is one entry here (and one case in
// finding-params.ts, which the compiler asks for).
import type { CheckContext } from './check-context';
import { personDoubleBooked, venueDoubleBooked } from './checks/booking-checks';
import { interpreterPair, languageUncovered } from './checks/interpreter-checks';
import { bufferTooShort, overlaps, travelTooShort, travelUnknown } from './checks/timing-checks';
import { missingTranslation } from './checks/translation-checks';
import { outsideOpeningHours, outsideVisitDates, overCapacity } from './checks/venue-checks';
import type { CheckId, RawFinding, Severity } from './findings';

export interface CheckDefinition<C extends CheckId> {
  id: C;
  severity: Severity;
  messageKey: `itinerary:check.${C}`;
  find(ctx: CheckContext): RawFinding<C>[];
}

type Registry = { [C in CheckId]: CheckDefinition<C> };

export const CHECKS: Registry = {
  overlap: { id: 'overlap', severity: 'error', messageKey: 'itinerary:check.overlap', find: overlaps },
  'travel-time': { id: 'travel-time', severity: 'error', messageKey: 'itinerary:check.travel-time', find: travelTooShort },
  buffer: { id: 'buffer', severity: 'warning', messageKey: 'itinerary:check.buffer', find: bufferTooShort },
  'travel-unknown': { id: 'travel-unknown', severity: 'warning', messageKey: 'itinerary:check.travel-unknown', find: travelUnknown },
  'venue-double-booked': { id: 'venue-double-booked', severity: 'error', messageKey: 'itinerary:check.venue-double-booked', find: venueDoubleBooked },
  'person-double-booked': { id: 'person-double-booked', severity: 'error', messageKey: 'itinerary:check.person-double-booked', find: personDoubleBooked },
  'interpreter-pair': { id: 'interpreter-pair', severity: 'error', messageKey: 'itinerary:check.interpreter-pair', find: interpreterPair },
  'language-uncovered': { id: 'language-uncovered', severity: 'error', messageKey: 'itinerary:check.language-uncovered', find: languageUncovered },
  'outside-visit-dates': { id: 'outside-visit-dates', severity: 'error', messageKey: 'itinerary:check.outside-visit-dates', find: outsideVisitDates },
  'outside-opening-hours': { id: 'outside-opening-hours', severity: 'error', messageKey: 'itinerary:check.outside-opening-hours', find: outsideOpeningHours },
  'over-capacity': { id: 'over-capacity', severity: 'error', messageKey: 'itinerary:check.over-capacity', find: overCapacity },
  'missing-translation': { id: 'missing-translation', severity: 'warning', messageKey: 'itinerary:check.missing-translation', find: missingTranslation },
};

export const CHECK_IDS = Object.keys(CHECKS) as CheckId[];
