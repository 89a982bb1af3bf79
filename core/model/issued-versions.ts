// Runs anywhere (core): an issued version of a visit's itinerary: a frozen copy of its
// stops, numbered, dated and signed. Editing after an issue edits the draft (the visit's
// stops); an issued copy never changes. Texts are frozen as plain per-language strings
// and only public notes are kept, so nothing internal can leak from a version sent out.
import { z } from 'zod';
import { IdSchema } from './ids';
import { LocalizedTextSchema } from './localized-text';
import { StopInterpreterSchema, TimeOfDaySchema } from './stop-times';
import { nonBlank, TimestampSchema } from './text-rules';

export const IssuedStopSchema = z
  .strictObject({
    /** The draft stop's id: the same stop across versions (and the calendar UID). */
    id: IdSchema,
    date: z.iso.date(),
    start: TimeOfDaySchema,
    end: TimeOfDaySchema,
    venueId: IdSchema,
    activity: LocalizedTextSchema,
    hosts: z.array(nonBlank(200)),
    speakers: z.array(nonBlank(200)),
    interpreters: z.array(StopInterpreterSchema),
    publicNotes: z.array(LocalizedTextSchema),
  })
  .meta({ id: 'IssuedStop', description: 'A stop as it was when a version was issued (public texts only).' });
export type IssuedStop = z.infer<typeof IssuedStopSchema>;

export const IssuedVersionSchema = z
  .strictObject({
    /** 1, 2, 3, … in the order issued. */
    number: z.number().int().min(1),
    issuedAt: TimestampSchema,
    issuedBy: nonBlank(80),
    comment: z.string().max(2000),
    stops: z.array(IssuedStopSchema),
  })
  .meta({ id: 'IssuedVersion' });
export type IssuedVersion = z.infer<typeof IssuedVersionSchema>;
