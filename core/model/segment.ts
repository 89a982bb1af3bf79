// Runs anywhere (core): a segment, the unit of translation: source text plus one
// translation per target language, each with a status and who changed it when.
import { z } from 'zod';
import { IdSchema } from './ids';
import { LanguageCodeSchema } from './language';
import { nonBlank, TimestampSchema } from './text-rules';

export const TRANSLATION_STATUSES = ['missing', 'draft', 'translated', 'reviewed'] as const;
export const TranslationStatusSchema = z.enum(TRANSLATION_STATUSES);
export type TranslationStatus = z.infer<typeof TranslationStatusSchema>;

const AuthorSchema = nonBlank(80).meta({ description: 'Who made the change (staff name or "migration", "sample").' });
export const SegmentTextSchema = z.string().max(20_000);

export const SourceTextSchema = z
  .strictObject({
    text: SegmentTextSchema,
    changedBy: AuthorSchema,
    changedAt: TimestampSchema,
  })
  .meta({ id: 'SourceText' });
export type SourceText = z.infer<typeof SourceTextSchema>;

/** A translation is "missing" exactly when it has no text: the status never lies about the text. */
export const TranslationSchema = z
  .strictObject({
    text: SegmentTextSchema,
    status: TranslationStatusSchema,
    changedBy: AuthorSchema,
    changedAt: TimestampSchema,
  })
  .refine((t) => (t.status === 'missing') === (t.text.trim() === ''), {
    message: 'status "missing" goes with empty text, and only with empty text',
    path: ['status'],
  })
  .meta({ id: 'Translation', description: 'One translation of a segment. Status "missing" exactly when the text is empty.' });
export type Translation = z.infer<typeof TranslationSchema>;

export const SegmentSchema = z
  .strictObject({
    id: IdSchema,
    source: SourceTextSchema,
    /** One entry per target language; an absent language counts as missing. */
    translations: z.record(LanguageCodeSchema, TranslationSchema),
  })
  .meta({ id: 'Segment', description: 'The unit of translation: source text plus one translation per target language (absent = missing).' });
export type Segment = z.infer<typeof SegmentSchema>;

export interface ChangeContext {
  /** ISO 8601 timestamp of the change. */
  at: string;
  /** Who made it. */
  by: string;
}

/** A new segment with only its source text; translations come later. */
export function newSegment(id: string, source: string, context: ChangeContext): Segment {
  return { id, source: { text: source, changedBy: context.by, changedAt: context.at }, translations: {} };
}

/** The translation's status, counting an absent entry as missing. */
export function statusIn(segment: Segment, language: string): TranslationStatus {
  return segment.translations[language]?.status ?? 'missing';
}
