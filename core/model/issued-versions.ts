// Runs anywhere (core): an issued version of a visit's itinerary: a frozen copy of its
// stops, numbered, dated and signed. Editing after an issue edits the draft (the visit's
// stops); an issued copy never changes. Texts are frozen as plain per-language strings
// and only public notes are kept, so nothing internal can leak from a version sent out.
import { z } from 'zod';
import { LocalizedTextSchema } from './localized-text';
import { STOP_PEOPLE_SHAPE, STOP_PLACE_SHAPE } from './stop-times';
import { nonBlank, TimestampSchema } from './text-rules';

export const IssuedStopSchema = z
  .strictObject({
    /** `id` is the draft stop's: the same stop across versions (and the calendar UID). */
    ...STOP_PLACE_SHAPE,
    activity: LocalizedTextSchema,
    ...STOP_PEOPLE_SHAPE,
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
