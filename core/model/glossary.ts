// Runs anywhere (core): the glossary of official terms: the approved form in each
// language, a note, and variants translators must not use.
import { z } from 'zod';
import { IdSchema } from './ids';
import { LanguageCodeSchema } from './language';
import { LocalizedTextSchema, NonEmptyLocalizedTextSchema } from './localized-text';
import { nonBlank } from './text-rules';

export const GlossaryTermSchema = z.strictObject({
  id: IdSchema,
  /** The approved form per language; the source language's form is required. */
  term: NonEmptyLocalizedTextSchema,
  note: LocalizedTextSchema,
  forbidden: z.record(LanguageCodeSchema, z.array(nonBlank(300))),
}).meta({ id: 'GlossaryTerm' });
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;

export const GlossarySchema = z.strictObject({ terms: z.array(GlossaryTermSchema) });
export type Glossary = z.infer<typeof GlossarySchema>;
