// Runs anywhere (core): the presenter's glossary lookup. A term is found by any of its forms
// in any language, approved or forbidden, while typing: case, tone marks and diacritics,
// Arabic vowel signs and tatweel, and the spelling of alef and yeh are ignored, and a typo or
// two is forgiven in longer words. A hit shows the approved forms in the visit's two
// languages and the forbidden variants, marked.
import type { Glossary, GlossaryTerm } from '../model/glossary';

/** Folded for comparison: lower case, no marks (Latin tones, Cyrillic breve, Arabic harakat), no tatweel. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\u0640/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064a')
    .replace(/\u0629/g, '\u0647')
    .toLocaleLowerCase('und')
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .replace(/[’'"“”«»‘()（）,，.。:：;；-]/g, (ch) => (ch === '-' ? ' ' : ''))
    .trim();
}

/** Edit distance with a ceiling (returns max + 1 once it is certain to exceed it). */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    previous = row;
  }
  return previous[b.length]!;
}

/** How well `query` (folded) matches `form` (folded): lower is better, undefined is no match. */
function matchScore(query: string, form: string): number | undefined {
  if (form === query) return 0;
  if (form.startsWith(query)) return 1;
  if (form.includes(query)) return 2;
  // Each query word near some word of the form: typos are allowed in words of 4+ letters.
  const words = form.split(' ');
  const queryWords = query.split(' ').filter(Boolean);
  if (queryWords.length === 0) return undefined;
  let cost = 0;
  for (const word of queryWords) {
    const allowed = word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
    if (allowed === 0) {
      if (!words.some((w) => w.startsWith(word))) return undefined;
      continue;
    }
    const best = Math.min(...words.map((w) => Math.min(distance(word, w, allowed), distance(word, w.slice(0, word.length), allowed))));
    if (best > allowed) return undefined;
    cost += best;
  }
  return 3 + cost;
}

export interface GlossaryHit {
  termId: string;
  /** The approved form in Chinese and in the visit's target language (null: none recorded). */
  approved: { zh: string; target: string | null };
  /** Forbidden variants in the two languages. */
  forbidden: { zh: string[]; target: string[] };
  /** What the query matched: the language, the form, and whether that form is a forbidden variant. */
  matched: { language: string; form: string; forbidden: boolean };
  note: { zh: string; target: string | null };
}

interface Form {
  language: string;
  form: string;
  folded: string;
  forbidden: boolean;
}

function formsOf(term: GlossaryTerm): Form[] {
  const approved = Object.entries(term.term).map(([language, form]) => ({ language, form, folded: foldForSearch(form), forbidden: false }));
  const forbidden = Object.entries(term.forbidden).flatMap(([language, list]) => list.map((form) => ({ language, form, folded: foldForSearch(form), forbidden: true })));
  return [...approved, ...forbidden];
}

/** Terms matching `query` in any language, best first, at most `limit`. */
export function searchGlossary(glossary: Glossary, query: string, target: string, limit = 8): GlossaryHit[] {
  const folded = foldForSearch(query);
  if (folded === '') return [];
  const hits: { hit: GlossaryHit; score: number; order: number }[] = [];
  glossary.terms.forEach((term, order) => {
    let best: { score: number; form: Form } | undefined;
    for (const form of formsOf(term)) {
      const score = matchScore(folded, form.folded);
      if (score !== undefined && (!best || score < best.score)) best = { score, form };
    }
    if (!best) return;
    hits.push({
      score: best.score,
      order,
      hit: {
        termId: term.id,
        approved: { zh: term.term.zh ?? '', target: term.term[target] ?? null },
        forbidden: { zh: term.forbidden.zh ?? [], target: term.forbidden[target] ?? [] },
        matched: { language: best.form.language, form: best.form.form, forbidden: best.form.forbidden },
        note: { zh: term.note.zh ?? '', target: term.note[target] ?? null },
      },
    });
  });
  return hits.sort((a, b) => a.score - b.score || a.order - b.order).slice(0, limit).map((h) => h.hit);
}
