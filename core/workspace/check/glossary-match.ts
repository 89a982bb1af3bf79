// Runs anywhere (core): does a translation use a glossary term's approved form? Matching
// forgives what languages do to words (Russian cases, plurals, Arabic articles and
// clitics, accents) but wants the term's words in order, with at most one word between.
import { foldForMatching, isUnspacedScript, rawWordsOf, wordForms } from './normalize-text';

/** How many trailing letters inflection may change in each language. */
const ENDING_SLACK: Record<string, number> = { ru: 3, uk: 3, ar: 2 };

function stemMatches(textWord: string, termWord: string, language: string): boolean {
  if (termWord.length <= 3) return textWord === termWord;
  const slack = ENDING_SLACK[language.split('-')[0]!] ?? 2;
  const stem = termWord.slice(0, Math.max(3, termWord.length - slack));
  return textWord.startsWith(stem) && textWord.length <= termWord.length + slack + 2;
}

/**
 * Approved terms match through inflection (`exact` false). Forbidden variants match whole
 * words only, or "informant" would be found in "information" and "street" in "strengths".
 */
function wordMatches(textWord: string, termWord: string, language: string, exact: boolean): boolean {
  for (const textForm of wordForms(textWord)) {
    for (const termForm of wordForms(termWord)) {
      if (exact ? textForm === termForm : stemMatches(textForm, termForm, language)) return true;
    }
  }
  return false;
}

/** Word-index spans where `term` occurs in `words` (gaps of one word allowed between term words). */
function spans(words: readonly string[], termWords: readonly string[], language: string, maxGap: number, exact = false): [number, number][] {
  const found: [number, number][] = [];
  if (termWords.length === 0) return found;
  for (let start = 0; start < words.length; start++) {
    if (!wordMatches(words[start]!, termWords[0]!, language, exact)) continue;
    let at = start;
    let ok = true;
    for (let t = 1; t < termWords.length && ok; t++) {
      ok = false;
      for (let next = at + 1; next <= at + 1 + maxGap && next < words.length; next++) {
        if (wordMatches(words[next]!, termWords[t]!, language, exact)) {
          at = next;
          ok = true;
          break;
        }
      }
    }
    if (ok) found.push([start, at]);
  }
  return found;
}

export function containsTerm(text: string, term: string, language: string): boolean {
  const foldedText = foldForMatching(text);
  const foldedTerm = foldForMatching(term);
  if (isUnspacedScript(foldedTerm)) return foldedText.replace(/\s+/g, '').includes(foldedTerm.replace(/\s+/g, ''));
  return spans(rawWordsOf(foldedText), rawWordsOf(foldedTerm), language, 1).length > 0;
}

/** Forbidden variants used in `text`, not counting words that are part of an approved term there. */
export function forbiddenVariantsIn(text: string, forbidden: readonly string[], approved: string | undefined, language: string): string[] {
  const foldedText = foldForMatching(text);
  const words = rawWordsOf(foldedText);
  const covered = new Set<number>();
  if (approved) {
    for (const [from, to] of spans(words, rawWordsOf(foldForMatching(approved)), language, 1)) for (let i = from; i <= to; i++) covered.add(i);
  }
  return forbidden.filter((variant) => {
    const folded = foldForMatching(variant);
    if (isUnspacedScript(folded)) return foldedText.includes(folded) && !(approved && foldForMatching(approved).includes(folded));
    const variantWords = rawWordsOf(folded);
    return spans(words, variantWords, language, 0, true).some(([from, to]) => {
      for (let i = from; i <= to; i++) if (!covered.has(i)) return true;
      return false;
    });
  });
}

/**
 * The glossary terms a source text uses. A term inside a longer term that also occurs
 * there (联系点 inside 基层立法联系点) is not counted separately for that occurrence.
 */
export function termsInSource<T extends { source: string }>(sourceText: string, terms: readonly T[]): T[] {
  const occurrences: { term: T; start: number; end: number }[] = [];
  for (const term of terms) {
    if (!term.source) continue;
    for (let at = sourceText.indexOf(term.source); at >= 0; at = sourceText.indexOf(term.source, at + 1)) {
      occurrences.push({ term, start: at, end: at + term.source.length });
    }
  }
  const kept = occurrences.filter((o) => !occurrences.some((other) => other !== o && other.end - other.start > o.end - o.start && other.start <= o.start && other.end >= o.end));
  return [...new Set(kept.map((o) => o.term))];
}
