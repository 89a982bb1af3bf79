// Runs anywhere (core): what a language tag implies for typesetting: writing direction,
// the script its text is usually in, and the tag HarfBuzz gets for language-specific forms.
import { ARABIC, CYRILLIC, GREEK, HAN, HANGUL, HEBREW, LATIN, THAI, type Script } from './scripts';

const RTL_LANGUAGES = new Set(['ar', 'fa', 'ur', 'he', 'iw', 'yi', 'ps', 'sd', 'ug', 'ckb', 'dv']);
const CYRILLIC_LANGUAGES = new Set(['ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk', 'ky', 'tg', 'mn']);

/** The primary subtag, lower-cased: "pt-BR" → "pt". */
export function primaryLanguage(tag: string): string {
  const dash = tag.indexOf('-');
  return (dash < 0 ? tag : tag.slice(0, dash)).toLowerCase();
}

/** Scripts written right to left (ISO 15924, lower-cased). */
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'syrc', 'thaa', 'nkoo', 'adlm', 'rohg', 'mand', 'samr', 'yezi']);
const SCRIPT_OF_SUBTAG: Record<string, Script> = { arab: ARABIC, hebr: HEBREW, cyrl: CYRILLIC, latn: LATIN, grek: GREEK, hans: HAN, hant: HAN, hani: HAN };

/** The script subtag, lower-cased ("ug-Latn" → "latn"), when the tag has one. */
function scriptSubtag(tag: string): string | undefined {
  const second = tag.split('-')[1];
  return second && /^[A-Za-z]{4}$/.test(second) ? second.toLowerCase() : undefined;
}

/** A script subtag says the direction ("prs-Arab", "ug-Latn"); else the language's usual one. */
export function isRtlLanguage(tag: string): boolean {
  const script = scriptSubtag(tag);
  return script ? RTL_SCRIPTS.has(script) : RTL_LANGUAGES.has(primaryLanguage(tag));
}

/** The script a language's running text is normally written in. */
export function scriptOfLanguage(tag: string): Script {
  const subtag = scriptSubtag(tag);
  const named = subtag ? SCRIPT_OF_SUBTAG[subtag] : undefined;
  if (named !== undefined) return named;
  const primary = primaryLanguage(tag);
  if (primary === 'zh' || primary === 'ja' || primary === 'yue') return HAN;
  if (primary === 'he' || primary === 'iw' || primary === 'yi') return HEBREW;
  if (RTL_LANGUAGES.has(primary)) return ARABIC;
  if (CYRILLIC_LANGUAGES.has(primary)) return CYRILLIC;
  if (primary === 'el') return GREEK;
  if (primary === 'th') return THAI;
  if (primary === 'ko') return HANGUL;
  return LATIN;
}
