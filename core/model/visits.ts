// Runs anywhere (core): a visit: a delegation, its dates, the itinerary stops, and the
// library content chosen for its briefing pack.
import { z } from 'zod';
import { LanguagePairSchema } from './delegations';
import { IdSchema } from './ids';
import { NonEmptyLocalizedTextSchema } from './localized-text';
import { NoteSchema } from './note';
import { PresentationSchema } from './presentation';
import { SegmentSchema } from './segment';
import { nonBlank } from './text-rules';

export const TimeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time such as "09:30"');

export const StopSchema = z
  .strictObject({
    id: IdSchema,
    date: z.iso.date(),
    start: TimeOfDaySchema,
    end: TimeOfDaySchema,
    venueId: IdSchema,
    activity: SegmentSchema,
    hosts: z.array(nonBlank(200)),
    speakers: z.array(nonBlank(200)),
    interpreterId: IdSchema.nullable(),
    languagePair: LanguagePairSchema.nullable(),
    /** Public notes go into the delegates' itinerary; internal ones stay with staff. */
    notes: z.array(NoteSchema),
  })
  .refine((stop) => stop.start < stop.end, { message: 'ends before it starts', path: ['end'] })
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
    stops: z.array(StopSchema),
    pack: PackSchema,
    /** The projector's slides (optional: absent until staff arrange them). Internal content. */
    presentation: PresentationSchema.optional(),
  })
  .refine((visit) => visit.startDate <= visit.endDate, { message: 'ends before it starts', path: ['endDate'] })
  .meta({ id: 'Visit' });
export type Visit = z.infer<typeof VisitSchema>;
