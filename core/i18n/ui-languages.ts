// Runs anywhere (core): the UI languages the app ships, and their writing direction.
export const UI_LANGUAGES = ['zh-CN', 'en', 'ar'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const DEFAULT_UI_LANGUAGE: UiLanguage = 'zh-CN';

const RTL_PRIMARY_SUBTAGS = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv']);

/** Direction of a BCP 47 tag, decided by its primary language subtag. */
export function directionOf(languageTag: string): 'ltr' | 'rtl' {
  const primary = languageTag.toLowerCase().split('-')[0] ?? '';
  return RTL_PRIMARY_SUBTAGS.has(primary) ? 'rtl' : 'ltr';
}

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}
