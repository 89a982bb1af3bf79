// Runs anywhere (core): the public slide: everything the room may see, and nothing else.
// The schemas are strict, so a slide that carried a note, an internal block or a glossary
// entry would not parse: the presenter parses what it sends and the audience view parses
// what it receives. Every text is given in both languages of the visit.
import { z } from 'zod';
import { LanguageCodeSchema } from '../model/language';
import { SlideKeySchema } from '../model/presentation';

const Text = z.string().max(20_000);

/** One text in Chinese (the source) and in the visit's target language (null: no reviewed translation). */
export const BiTextSchema = z.strictObject({ zh: Text, t: Text.nullable() });
export type BiText = z.infer<typeof BiTextSchema>;

export const SlideBodySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('title'), lines: z.array(BiTextSchema) }),
  z.strictObject({ kind: z.literal('text'), paragraphs: z.array(BiTextSchema) }),
  z.strictObject({ kind: z.literal('list'), items: z.array(BiTextSchema) }),
  z.strictObject({ kind: z.literal('figures'), figures: z.array(z.strictObject({ value: BiTextSchema, label: BiTextSchema })) }),
  z.strictObject({ kind: z.literal('table'), header: z.array(BiTextSchema), rows: z.array(z.array(BiTextSchema)) }),
  z.strictObject({ kind: z.literal('image'), alt: BiTextSchema, caption: BiTextSchema.nullable() }),
  z.strictObject({
    kind: z.literal('programme'),
    header: z.strictObject({ time: BiTextSchema, activity: BiTextSchema, venue: BiTextSchema }),
    /** The activity, then the stop's public notes; `time` is the same in both languages. */
    rows: z.array(z.strictObject({ time: Text, activity: BiTextSchema, notes: z.array(BiTextSchema), venue: BiTextSchema })),
  }),
]);
export type SlideBody = z.infer<typeof SlideBodySchema>;
export type SlideKind = SlideBody['kind'];

export const PublicSlideSchema = z.strictObject({
  key: SlideKeySchema,
  /** 1-based part of a block split across slides, of `parts`. */
  part: z.number().int().min(1),
  parts: z.number().int().min(1),
  title: BiTextSchema,
  body: SlideBodySchema,
  /** Text size the fitting chose for this slide (1 = the design size). */
  scale: z.number().min(0.1).max(4),
});
export type PublicSlide = z.infer<typeof PublicSlideSchema>;

export const SlideLanguageSchema = z.strictObject({ code: LanguageCodeSchema, dir: z.enum(['ltr', 'rtl']) });
export type SlideLanguage = z.infer<typeof SlideLanguageSchema>;

export const PublicDeckSchema = z.strictObject({
  /** Changes whenever the slides change, so a view knows it holds the current deck. */
  id: z.string().max(200),
  target: SlideLanguageSchema,
  slides: z.array(PublicSlideSchema),
});
export type PublicDeck = z.infer<typeof PublicDeckSchema>;
