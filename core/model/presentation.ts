// Runs anywhere (core): how staff prepared a visit's slides for the projector: which slides
// are hidden, their order, and a speaker note per slide. All of it is internal content: it is
// read by the presenter view only, never put on a slide.
import { z } from 'zod';

/**
 * A slide's stable name: `title`, `block:<block id>` or `day:<YYYY-MM-DD>`. Keys of blocks
 * or days that no longer exist are kept and ignored, so nothing typed is lost.
 */
export const SlideKeySchema = z
  .string()
  .regex(/^(title|block:[A-Za-z0-9][A-Za-z0-9_-]{0,99}|day:\d{4}-\d{2}-\d{2})$/, 'must be "title", "block:<id>" or "day:<date>"')
  .meta({ description: 'A slide: "title", "block:<block id>" or "day:<YYYY-MM-DD>".' });
export type SlideKey = z.infer<typeof SlideKeySchema>;

export const SpeakerNoteSchema = z.string().max(4_000);

export const PresentationSchema = z
  .strictObject({
    /** Slides in the order shown; slides not listed follow in the pack's order. */
    order: z.array(SlideKeySchema),
    /** Slides left out of the projection (the pack is unchanged). */
    hidden: z.array(SlideKeySchema),
    /** Speaker notes (internal): for the interpreter's screen only. */
    notes: z.record(SlideKeySchema, SpeakerNoteSchema),
  })
  .meta({ id: 'Presentation', description: 'Slides of a visit: order, hidden slides, speaker notes. Internal content.' });
export type Presentation = z.infer<typeof PresentationSchema>;

export const EMPTY_PRESENTATION: Presentation = { order: [], hidden: [], notes: {} };
