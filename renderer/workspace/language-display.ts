// Runs in the renderer: how workspace languages, countries and dates are named in the UI
// language (Intl does the naming, so a language the user adds is named too), and the
// lang/dir attributes that make each text field render and edit in its own script.
import type { Language } from '../../core/model/language';
import { numberLocaleOf } from '../../core/model/key-figure-format';

const cache = new Map<string, Intl.DisplayNames>();

function displayNames(uiLanguage: string, type: 'language' | 'region'): Intl.DisplayNames | undefined {
  const key = `${uiLanguage}|${type}`;
  if (!cache.has(key)) {
    try {
      cache.set(key, new Intl.DisplayNames([uiLanguage], { type, fallback: 'code' }));
    } catch {
      return undefined;
    }
  }
  return cache.get(key);
}

/** "英语", "الإنجليزية", "English" for en, in the UI language. */
export function languageName(code: string, uiLanguage: string): string {
  try {
    return displayNames(uiLanguage, 'language')?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The country's name in the UI language ("吉尔吉斯斯坦" for KG). */
export function countryName(code: string, uiLanguage: string): string {
  try {
    return displayNames(uiLanguage, 'region')?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Attributes for an element holding text in `language`: the right font, shaping and direction. */
export function textAttributes(language: Pick<Language, 'code' | 'direction'>): { lang: string; dir: 'ltr' | 'rtl' } {
  return { lang: numberLocaleOf(language.code), dir: language.direction };
}

/** A date (YYYY-MM-DD) as the UI language writes it: "2026年4月16日", "16 April 2026". */
export function formatDate(isoDate: string, uiLanguage: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(uiLanguage, { ...options, timeZone: 'UTC' }).format(date);
}

/** A moment (ISO timestamp) in the UI language, short. */
export function formatMoment(iso: string, uiLanguage: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(uiLanguage, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** The workspace language that matches the UI language: zh for zh-CN, ar for ar, en for en. */
export function contentLanguageOf(uiLanguage: string): string {
  return uiLanguage.split('-')[0] ?? uiLanguage;
}

/** Wrapped in Unicode isolates, so a Latin name, a file name or a date keeps its own order inside an Arabic sentence. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
