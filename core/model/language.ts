// Runs anywhere (core): the languages of a workspace: Chinese is the source, the targets
// are those delegates read (the built-in six plus any the user adds, with a direction).
import { z } from 'zod';
import { LANGUAGE_CODE_PATTERN, nonBlank } from './text-rules';

export const LanguageCodeSchema = z
  .string()
  .regex(LANGUAGE_CODE_PATTERN, 'must be a BCP 47 language tag such as "en" or "pt-BR"')
  .meta({ description: 'BCP 47 language tag.' });
export type LanguageCode = z.infer<typeof LanguageCodeSchema>;

export const DirectionSchema = z.enum(['ltr', 'rtl']);
export type Direction = z.infer<typeof DirectionSchema>;

export const LanguageSchema = z
  .strictObject({
    code: LanguageCodeSchema,
    /** The language's own name for itself (العربية, Русский), shown in pickers. */
    name: nonBlank(60),
    direction: DirectionSchema,
  })
  .meta({ id: 'Language' });
export type Language = z.infer<typeof LanguageSchema>;

export const LanguagesSchema = z.strictObject({
  source: LanguageSchema,
  targets: z.array(LanguageSchema),
});
export type Languages = z.infer<typeof LanguagesSchema>;

/** The language every text is written in first; the one place that says it is Chinese. */
export const SOURCE_LANGUAGE_CODE = 'zh';
export const SOURCE_LANGUAGE: Language = { code: SOURCE_LANGUAGE_CODE, name: '中文', direction: 'ltr' };

export const BUILT_IN_TARGET_LANGUAGES: readonly Language[] = [
  { code: 'en', name: 'English', direction: 'ltr' },
  { code: 'ar', name: 'العربية', direction: 'rtl' },
  { code: 'ru', name: 'Русский', direction: 'ltr' },
  { code: 'fr', name: 'Français', direction: 'ltr' },
  { code: 'es', name: 'Español', direction: 'ltr' },
  { code: 'pt', name: 'Português', direction: 'ltr' },
];

/** Every language of the workspace, the source first. */
export function allLanguageCodes(languages: Languages): string[] {
  return [languages.source.code, ...languages.targets.map((l) => l.code)];
}
