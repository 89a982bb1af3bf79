// Runs anywhere (core): the places a visit can stop at, and how long it takes to get
// from one to another.
import { z } from 'zod';
import { IdSchema } from './ids';
import { LocalizedTextSchema, NonEmptyLocalizedTextSchema } from './localized-text';
import { TimeOfDaySchema } from './stop-times';

export const VENUE_KINDS = ['liaison-station', 'collection-point', 'office', 'other'] as const;
export const VenueKindSchema = z.enum(VENUE_KINDS);

/** ISO weekday: 1 is Monday, 7 is Sunday. */
export const WeekdaySchema = z.number().int().min(1).max(7);

/** One opening period on one weekday; a day may have several (closed at lunch). */
export const OpeningPeriodSchema = z
  .strictObject({ weekday: WeekdaySchema, opens: TimeOfDaySchema, closes: TimeOfDaySchema })
  .refine((p) => p.opens < p.closes, { message: 'closes before it opens', path: ['closes'] })
  .meta({ id: 'OpeningPeriod' });
export type OpeningPeriod = z.infer<typeof OpeningPeriodSchema>;

export const VenueSchema = z.strictObject({
  id: IdSchema,
  name: NonEmptyLocalizedTextSchema,
  address: LocalizedTextSchema,
  kind: VenueKindSchema,
  /** When the venue is open; null or absent: not known (not checked). A weekday without a period is closed. */
  openingHours: z.array(OpeningPeriodSchema).nullable().optional(),
  /** How many visitors the venue holds; null or absent: not known. */
  capacity: z.number().int().min(1).max(100_000).nullable().optional(),
}).meta({ id: 'Venue' });
export type Venue = z.infer<typeof VenueSchema>;

/** Symmetric: one entry serves both directions, and a pair appears at most once. */
export const TravelTimeSchema = z
  .strictObject({ from: IdSchema, to: IdSchema, minutes: z.number().int().min(0).max(24 * 60) })
  .refine((t) => t.from !== t.to, { message: 'a venue has no travel time to itself', path: ['to'] })
  .meta({ id: 'TravelTime', description: 'Minutes between two venues, either direction.' });
export type TravelTime = z.infer<typeof TravelTimeSchema>;

/** Minutes between two venues in either direction, or undefined when not known. */
export function travelMinutes(times: readonly TravelTime[], a: string, b: string): number | undefined {
  if (a === b) return 0;
  return times.find((t) => (t.from === a && t.to === b) || (t.from === b && t.to === a))?.minutes;
}
