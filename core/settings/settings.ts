// Runs anywhere (core): the user's preferences, shared by the Electron and browser hosts.
import { z } from 'zod';
import { DEFAULT_UI_LANGUAGE, UI_LANGUAGES } from '../i18n/ui-languages';

export const SettingsSchema = z
  .object({
    uiLanguage: z.enum(UI_LANGUAGES),
  })
  .strict();
export type Settings = z.infer<typeof SettingsSchema>;

export const SettingsPatchSchema = SettingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = { uiLanguage: DEFAULT_UI_LANGUAGE };

/**
 * Reads stored settings leniently: a missing or damaged value falls back to its default
 * field by field, so one bad entry never costs the user the rest of their preferences.
 */
export function settingsFromStored(stored: unknown): Settings {
  const result: Settings = { ...DEFAULT_SETTINGS };
  if (stored && typeof stored === 'object') {
    for (const key of Object.keys(SettingsSchema.shape) as (keyof Settings)[]) {
      const parsed = SettingsSchema.shape[key].safeParse((stored as Record<string, unknown>)[key]);
      if (parsed.success) result[key] = parsed.data;
    }
  }
  return result;
}
