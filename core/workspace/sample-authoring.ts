// Runs anywhere (core): the authoring files the sample workspace is written in
// (assets/sample-workspace/authoring/*.json): plain per-language texts keyed by
// readable keys. The generator turns them into a workspace (workspace-from-authoring.ts).
import { z } from 'zod';
import { FIGURE_UNITS } from '../model/blocks';
import { DELEGATION_KINDS } from '../model/delegations';
import { LanguageCodeSchema } from '../model/language';
import { OpeningPeriodSchema, VENUE_KINDS } from '../model/venues';

export const AUTHORING_LANGUAGES = ['zh', 'en', 'ar', 'ru', 'fr', 'es', 'pt'] as const;

const Text = z.string().trim().min(1);
/** All seven languages, always present and non-empty. */
export const AllLanguagesSchema = z.strictObject(Object.fromEntries(AUTHORING_LANGUAGES.map((l) => [l, Text])) as Record<(typeof AUTHORING_LANGUAGES)[number], typeof Text>);
export type AllLanguages = z.infer<typeof AllLanguagesSchema>;
/** Some languages (staff notes, addresses): Chinese and English at least. */
const SomeLanguagesSchema = z.record(LanguageCodeSchema, Text).refine((t) => !!t.zh && !!t.en, 'needs at least "zh" and "en"');
const Key = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case key such as "network-figures"');
const Visibility = z.enum(['public', 'internal']);

const AuthoringBlockSchema = z.discriminatedUnion('kind', [
  z.strictObject({ key: Key, kind: z.literal('heading'), visibility: Visibility, level: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(), text: AllLanguagesSchema }),
  z.strictObject({ key: Key, kind: z.literal('paragraph'), visibility: Visibility, text: AllLanguagesSchema }),
  z.strictObject({ key: Key, kind: z.literal('bullets'), visibility: Visibility, items: z.array(AllLanguagesSchema).min(1) }),
  z.strictObject({
    key: Key,
    kind: z.literal('keyFigures'),
    visibility: Visibility,
    figures: z
      .array(
        z.strictObject({
          value: z.number().finite(),
          unit: z.enum(FIGURE_UNITS),
          approx: z.enum(['more-than', 'about']).optional(),
          label: AllLanguagesSchema,
        }),
      )
      .min(1),
  }),
  z.strictObject({ key: Key, kind: z.literal('table'), visibility: Visibility, header: z.array(AllLanguagesSchema).min(1), rows: z.array(z.array(AllLanguagesSchema)) }),
]);
export type AuthoringBlock = z.infer<typeof AuthoringBlockSchema>;

export const AuthoringContentSchema = z.strictObject({
  /** The host organisation printed on packs (the workspace's `host` setting). */
  host: z.strictObject({ names: AllLanguagesSchema, address: AllLanguagesSchema }).optional(),
  sections: z.array(z.strictObject({ key: Key, title: AllLanguagesSchema, blocks: z.array(AuthoringBlockSchema) })),
});

export const AuthoringGlossarySchema = z.strictObject({
  terms: z.array(
    z.strictObject({
      key: Key,
      term: AllLanguagesSchema,
      note: z.record(LanguageCodeSchema, Text),
      forbidden: z.record(LanguageCodeSchema, z.array(Text)),
    }),
  ),
});

export const AuthoringVenuesSchema = z.strictObject({
  venues: z.array(
    z.strictObject({
      key: Key,
      name: AllLanguagesSchema,
      address: SomeLanguagesSchema,
      kind: z.enum(VENUE_KINDS),
      openingHours: z.array(OpeningPeriodSchema).optional(),
      capacity: z.number().int().min(1).optional(),
    }),
  ),
  travelMinutes: z.array(z.strictObject({ from: Key, to: Key, minutes: z.number().int().min(0).max(1440) })),
});

const Pair = z.tuple([LanguageCodeSchema, LanguageCodeSchema]);

export const AuthoringDelegationsSchema = z.strictObject({
  delegations: z.array(
    z.strictObject({
      key: Key,
      name: AllLanguagesSchema,
      country: z.string(),
      kind: z.enum(DELEGATION_KINDS),
      primaryLanguages: z.array(LanguageCodeSchema).min(1),
      secondaryLanguages: z.array(LanguageCodeSchema),
      members: z.array(
        z.strictObject({
          nameNative: Text,
          nameLatin: Text,
          title: SomeLanguagesSchema,
          protocolOrder: z.number().int().min(1),
        }),
      ),
      interpreters: z.array(z.strictObject({ name: Text, pairs: z.array(Pair) })),
      internalNotes: z.array(SomeLanguagesSchema),
    }),
  ),
});

export const AuthoringVisitsSchema = z.strictObject({
  visits: z.array(
    z.strictObject({
      key: Key,
      delegation: Key,
      title: AllLanguagesSchema,
      startDate: z.iso.date(),
      endDate: z.iso.date(),
      timeZone: z.string().optional(),
      bufferMinutes: z.number().int().min(0).optional(),
      stops: z.array(
        z.strictObject({
          date: z.iso.date(),
          start: z.string(),
          end: z.string(),
          venue: Key,
          activity: AllLanguagesSchema,
          hosts: z.array(Text),
          speakers: z.array(Text),
          /** By name, each with the pair covered at this stop. */
          interpreters: z.array(z.strictObject({ name: Text, pair: Pair })),
          publicNote: AllLanguagesSchema.nullable(),
          internalNote: SomeLanguagesSchema.nullable(),
        }),
      ),
      packSections: z.array(Key),
    }),
  ),
});

export const AUTHORING_FILES = {
  'content.json': AuthoringContentSchema,
  'glossary.json': AuthoringGlossarySchema,
  'venues.json': AuthoringVenuesSchema,
  'delegations.json': AuthoringDelegationsSchema,
  'visits.json': AuthoringVisitsSchema,
} as const;
export type AuthoringFileName = keyof typeof AUTHORING_FILES;

export interface AuthoringSet {
  content: z.infer<typeof AuthoringContentSchema>;
  glossary: z.infer<typeof AuthoringGlossarySchema>;
  venues: z.infer<typeof AuthoringVenuesSchema>;
  delegations: z.infer<typeof AuthoringDelegationsSchema>;
  visits: z.infer<typeof AuthoringVisitsSchema>;
}
