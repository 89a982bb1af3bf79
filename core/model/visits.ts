// Runs anywhere (core): a visit: a delegation, its dates and time zone, the itinerary
// stops (the draft), the versions issued, and the library content chosen for its pack.
import { z } from 'zod';
import { IdSchema } from './ids';
import { IssuedVersionSchema } from './issued-versions';
import { NonEmptyLocalizedTextSchema } from './localized-text';
import { NoteSchema } from './note';
import { PresentationSchema } from './presentation';
import { SegmentSchema } from './segment';
import { STOP_PEOPLE_SHAPE, STOP_PLACE_SHAPE } from './stop-times';
import { TimeZoneSchema } from './time-zone';

export { TimeOfDaySchema } from './stop-times';

export const StopSchema = z
  .strictObject({
    ...STOP_PLACE_SHAPE,
    activity: SegmentSchema,
    ...STOP_PEOPLE_SHAPE,
    /** Public notes go into the delegates' itinerary; internal ones stay with staff. */
    notes: z.array(NoteSchema),
  })
  // An end at or before the start means the stop ends the next day; equal times would be no stop at all.
  .refine((stop) => stop.start !== stop.end, { message: 'starts and ends at the same time', path: ['end'] })
  .meta({ id: 'Stop' });
export type Stop = z.infer<typeof StopSchema>;

export const PackSchema = z.strictObject({
  /** Library sections in the order the pack prints them. */
  sectionIds: z.array(IdSchema),
  /** Blocks of those sections left out of this pack. Internal blocks are never printed for delegates. */
  excludedBlockIds: z.array(IdSchema),
}).meta({ id: 'Pack' });
export type Pack = z.infer<typeof PackSchema>;

export const VisitSchema = z
  .strictObject({
    id: IdSchema,
    delegationId: IdSchema,
    title: NonEmptyLocalizedTextSchema,
    startDate: z.iso.date(),
    endDate: z.iso.date(),
    /** IANA zone the stops' dates and times are written in, whatever the laptop's zone. */
    timeZone: TimeZoneSchema,
    /** Minutes kept free between stops on top of the travel time; none when absent. */
    bufferMinutes: z.number().int().min(0).max(240).optional(),
    /** The draft: what staff edit. */
    stops: z.array(StopSchema),
    pack: PackSchema,
    /** The projector's slides (optional: absent until staff arrange them). Internal content. */
    presentation: PresentationSchema.optional(),
    /** Versions issued so far, oldest first, numbered 1, 2, 3 … */
    issuedVersions: z.array(IssuedVersionSchema),
  })
  .refine((visit) => visit.startDate <= visit.endDate, { message: 'ends before it starts', path: ['endDate'] })
  .refine((visit) => visit.issuedVersions.every((v, i) => v.number === i + 1), { message: 'issued versions must be numbered 1, 2, 3 … in order', path: ['issuedVersions'] })
  .meta({ id: 'Visit' });
export type Visit = z.infer<typeof VisitSchema>;
