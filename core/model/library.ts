// Runs anywhere (core): the content library: what the outreach point says about itself,
// as sections of blocks, from which each visit's briefing pack is chosen.
import { z } from 'zod';
import { BlockSchema } from './blocks';
import { IdSchema } from './ids';
import { SegmentSchema } from './segment';

export const SectionSchema = z
  .strictObject({
    id: IdSchema,
    title: SegmentSchema,
    blocks: z.array(BlockSchema),
  })
  .meta({ id: 'Section' });
export type Section = z.infer<typeof SectionSchema>;

export const LibrarySchema = z.strictObject({ sections: z.array(SectionSchema) });
export type Library = z.infer<typeof LibrarySchema>;
