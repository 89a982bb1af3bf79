// Runs anywhere (core): what an itinerary check reports. Each kind of finding carries the
// facts its message needs; every finding names the stops, venues and people involved.
import type { LanguagePair } from '../model/delegations';

export type Severity = 'error' | 'warning';

/** A stop anywhere in the workspace (double bookings reach into other visits). */
export interface StopRef {
  visitId: string;
  stopId: string;
}

export type FindingDetails =
  | { check: 'overlap'; other: StopRef }
  | { check: 'travel-time'; previous: StopRef; from: string; to: string; travel: number; gap: number }
  | { check: 'buffer'; previous: StopRef; from: string; to: string; travel: number; buffer: number; gap: number }
  | { check: 'travel-unknown'; previous: StopRef; from: string; to: string }
  | { check: 'venue-double-booked'; venueId: string; other: StopRef }
  | { check: 'person-double-booked'; person: string; other: StopRef }
  | { check: 'interpreter-pair'; interpreterId: string; pair: LanguagePair }
  | { check: 'language-uncovered'; language: string }
  | { check: 'outside-visit-dates'; startDate: string; endDate: string }
  | { check: 'outside-opening-hours'; venueId: string; weekday: number; closed: boolean }
  | { check: 'over-capacity'; venueId: string; capacity: number; delegates: number }
  | { check: 'missing-translation'; part: 'venue' | 'activity'; language: string };

export type CheckId = FindingDetails['check'];
export type DetailsOf<C extends CheckId> = Extract<FindingDetails, { check: C }>;

export interface Involved {
  stops: StopRef[];
  venues: string[];
  /** People by name as staff wrote them (interpreters by their record's name). */
  people: string[];
}

/** A finding before the registry gives it its severity. */
export type RawFinding<C extends CheckId = CheckId> = DetailsOf<C> & {
  /** The visit and stop the finding is shown on. */
  visitId: string;
  stopId: string;
  involved: Involved;
};

export type Finding = RawFinding & { severity: Severity };
