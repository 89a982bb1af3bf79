// Runs anywhere (core): visibility, which every block and note carries, and notes.
import { z } from 'zod';
import { IdSchema } from './ids';
import { SegmentSchema } from './segment';

/** `public` may be handed to delegates; `internal` is for staff only and never printed for them. */
export const VisibilitySchema = z
  .enum(['public', 'internal'])
  .meta({ id: 'Visibility', description: '"public" may be given to delegates; "internal" is for staff only.' });
export type Visibility = z.infer<typeof VisibilitySchema>;

export const NoteSchema = z
  .strictObject({
    id: IdSchema,
    visibility: VisibilitySchema,
    text: SegmentSchema,
  })
  .meta({ id: 'Note' });
export type Note = z.infer<typeof NoteSchema>;
