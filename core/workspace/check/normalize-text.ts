// Runs anywhere (core): text folded for matching across scripts: compatibility forms,
// accents and Arabic vowel marks dropped, Arabic letter variants unified, case folded,
// and every kind of digit (٠–٩, ۰–۹, fullwidth) turned into 0–9.
const ARABIC_INDIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;

export function asciiDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - ARABIC_INDIC_ZERO))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - PERSIAN_ZERO))
    .replace(/[\uff10-\uff19]/g, (d) => String(d.charCodeAt(0) - 0xff10))
    .replace(/\u066c/g, ',') // Arabic thousands separator
    .replace(/\u066b/g, '.'); // Arabic decimal separator
}

export function foldForMatching(text: string): string {
  return asciiDigits(text)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\u0640/g, '') // tatweel
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627') // alef forms (those NFKD leaves)
    .replace(/\u0629/g, '\u0647') // teh marbuta → heh
    .replace(/\u0649/g, '\u064a') // alef maksura → yeh
    .replace(/[\u2019\u02bc\u2018]/g, "'")
    .toLowerCase();
}

const ARABIC_CLITICS = /^(?:[وف]?(?:[بكل]?(?:ال|لل)|[بكل]))(?=\p{L}{2,})/u;

/** Words of a folded text. Arabic words lose leading clitics (و, ب, ل, ال, ...), so "والمجلس" matches "مجلس". */
export function wordsOf(folded: string): string[] {
  const words = folded.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((word) => (/^[\u0600-\u06ff]/.test(word) ? word.replace(ARABIC_CLITICS, '').replace(/^[وف](?=\p{L}{3,})/u, '') : word));
}

/** Words of a folded text exactly as written, clitics and all. */
export function rawWordsOf(folded: string): string[] {
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The forms a word may stand for: itself and, for Arabic, itself without leading clitics.
 * Both are kept because a clitic letter can also be a root letter (ب in بلدة, بيت).
 */
export function wordForms(word: string): string[] {
  if (!/^[\u0600-\u06ff]/.test(word)) return [word];
  const withoutClitics = word.replace(ARABIC_CLITICS, '');
  return [...new Set([word, withoutClitics, withoutClitics.replace(/^[وف](?=\p{L}{3,})/u, ''), word.replace(/^[وف](?=\p{L}{3,})/u, '')])];
}

/** Scripts written without spaces between words, where terms are matched as substrings. */
export function isUnspacedScript(text: string): boolean {
  return /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\u0e00-\u0e7f]/.test(text);
}
