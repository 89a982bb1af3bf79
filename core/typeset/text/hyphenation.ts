// Runs anywhere (core): where a word may be hyphenated, by each language's TeX patterns
// (Liang's algorithm; the `hyphen` package's compiled patterns and matcher, plain
// JavaScript with no I/O). The printer's rules the engine keeps: a word of at least five
// letters, at least two letters before the hyphen and three after it, and only words in
// lower case (a capitalised word is a name, or the start of a sentence: names are never
// broken). Words with digits or other signs in them (figures, codes, addresses) are never
// hyphenated; how many hyphenated lines may follow each other is the breaker's rule.
/// <reference path="./hyphen.d.ts" />
import createHyphenator from 'hyphen/hyphen.js';
import en from 'hyphen/patterns/en-us.js';
import es from 'hyphen/patterns/es.js';
import fr from 'hyphen/patterns/fr.js';
import pt from 'hyphen/patterns/pt.js';
import ru from 'hyphen/patterns/ru.js';
import { primaryLanguage } from './languages';

export const HYPHENATION_RULES = {
  minWord: 5,
  minBefore: 2,
  minAfter: 3,
  /** At most this many hyphenated lines in a row. */
  maxConsecutive: 2,
} as const;

const PATTERNS: Record<string, unknown> = { en, es, fr, pt, ru };
const hyphenators = new Map<string, (word: string) => string>();
/** Points already found, per language and word (running text repeats its words). */
const found = new Map<string, Map<string, number[]>>();
const FOUND_MAX = 50_000;
let foundCount = 0;
const MARK = '\u00ad';

export function hasHyphenationPatterns(lang: string): boolean {
  return primaryLanguage(lang) in PATTERNS;
}

/** A word the patterns may break: lower-case letters (and combining marks) only. */
const HYPHENATABLE = /^\p{Ll}[\p{Ll}\p{M}]*$/u;

/**
 * The places (indices into `word`, in code units) where a line may end with a hyphen:
 * `word.slice(0, k)` + "-" then `word.slice(k)`. Empty for a word the rules leave whole.
 */
export function hyphenationPoints(word: string, lang: string): number[] {
  const { minWord, minBefore, minAfter } = HYPHENATION_RULES;
  if (word.length < minWord || !HYPHENATABLE.test(word)) return [];
  const primary = primaryLanguage(lang);
  let known = found.get(primary);
  const cached = known?.get(word);
  if (cached) return cached;
  let hyphenate = hyphenators.get(primary);
  if (!hyphenate) {
    const patterns = PATTERNS[primary];
    if (!patterns) return [];
    hyphenate = createHyphenator(patterns, { hyphenChar: MARK, minWordLength: minWord });
    hyphenators.set(primary, hyphenate);
  }
  const marked = hyphenate(word);
  const points: number[] = [];
  let at = 0;
  for (let i = 0; i < marked.length; i++) {
    if (marked[i] === MARK) {
      if (at >= minBefore && word.length - at >= minAfter && !isMark(word.charCodeAt(at))) points.push(at);
    } else at++;
  }
  if (++foundCount > FOUND_MAX) {
    found.clear();
    foundCount = 0;
    known = undefined;
  }
  if (!known) found.set(primary, (known = new Map()));
  known.set(word, points);
  return points;
}

/** A combining mark never starts the second part (it belongs to the letter before). */
function isMark(cp: number): boolean {
  return (cp >= 0x0300 && cp <= 0x036f) || (cp >= 0x0483 && cp <= 0x0489);
}
