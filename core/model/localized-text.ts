// Runs anywhere (core): short labels given per language (venue names, titles, glossary
// terms). Unlike segments they carry no status: they are names, not translated prose.
import { z } from 'zod';
import { LanguageCodeSchema, SOURCE_LANGUAGE_CODE } from './language';
import { nonBlank } from './text-rules';

/** One string per language; languages without a value are simply absent. May be empty. */
export const LocalizedTextSchema = z
  .record(LanguageCodeSchema, nonBlank(2_000))
  .meta({ id: 'LocalizedText', description: 'A short text per language code, e.g. { "zh": "…", "en": "…" }. No status.' });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** At least one language. Which one is required (the source) is checked against the workspace. */
export const NonEmptyLocalizedTextSchema = LocalizedTextSchema.refine((value) => Object.keys(value).length > 0, {
  message: 'needs a text in at least one language',
});

/** The text in `language`, falling back through `fallbacks`, else the first there is. */
export function pickLocalized(text: LocalizedText, language: string, fallbacks: readonly string[] = ['en', SOURCE_LANGUAGE_CODE]): string {
  for (const code of [language, ...fallbacks]) {
    const value = text[code];
    if (value) return value;
  }
  return Object.values(text)[0] ?? '';
}
