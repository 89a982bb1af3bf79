// Runs anywhere (core): where a paragraph may be broken into lines: UAX #14 (the
// `linebreak` package) tailored with kinsoku for Chinese, mandatory breaks at newlines,
// Korean kept whole between its spaces, and word boundaries inside Thai, Lao, Khmer and
// Myanmar text, which writes no spaces between words: UAX #14 leaves those (class SA) to
// a dictionary, here ICU's through Intl.Segmenter (Node and Chromium both ship it).
/// <reference path="./linebreak.d.ts" />
import LineBreaker from 'linebreak';
import { KINSOKU_TABLE, NO_LINE_END, NO_LINE_START } from './kinsoku';

export const BREAK_NONE = 0;
export const BREAK_ALLOWED = 1;
export const BREAK_REQUIRED = 2;

function isSpace(cp: number): boolean {
  return cp === 0x20 || cp === 0x3000 || cp === 0x09 || cp === 0x0a || cp === 0x0d || cp === 0x2028 || cp === 0x2029;
}

/** Line break classes AL and HL, roughly: letters and the symbols UAX #14 treats as letters. */
const WORD_START = /[\p{L}\p{Sm}\p{So}#&*@§¶]/u;

function isQuote(cp: number): boolean {
  return cp === 0x201c || cp === 0x201d || cp === 0x2018 || cp === 0x2019;
}

/** Ideographs, kana and fullwidth punctuation: the East Asian context of LB19a. */
function isEastAsianWide(cp: number): boolean {
  return (cp >= 0x2e80 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xd800 && cp <= 0xdbff);
}

/** Hangul syllables and jamo: Korean is broken at its spaces (CSS's word-break: keep-all), not between syllables. */
function isHangul(cp: number): boolean {
  return (cp >= 0xac00 && cp <= 0xd7af) || (cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x3130 && cp <= 0x318f);
}

/** Class SA of UAX #14: scripts whose words are found by a dictionary. */
function isSoutheastAsian(cp: number): boolean {
  return (cp >= 0x0e01 && cp <= 0x0eff && cp !== 0x0e3f) || (cp >= 0x1000 && cp <= 0x109f) || (cp >= 0x1780 && cp <= 0x17ff) || (cp >= 0x19e0 && cp <= 0x19ff);
}

let wordSegmenter: Intl.Segmenter | undefined;

/** Allows a break at every word boundary inside each run of SA text. */
function breakSoutheastAsianWords(text: string, out: Uint8Array): void {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (!isSoutheastAsian(text.charCodeAt(i))) continue;
    let j = i + 1;
    // A run: SA letters and marks, with the spaces and digits between them left to UAX #14.
    while (j < n && isSoutheastAsian(text.charCodeAt(j))) j++;
    if (j - i > 1) {
      wordSegmenter ??= new Intl.Segmenter('th', { granularity: 'word' });
      for (const segment of wordSegmenter.segment(text.slice(i, j))) {
        const p = i + segment.index;
        if (p > i && out[p] === BREAK_NONE) out[p] = BREAK_ALLOWED;
      }
    }
    i = j;
  }
}

/**
 * For each index 0..n, whether a line may start there (BREAK_ALLOWED), must start there
 * (BREAK_REQUIRED) or not (BREAK_NONE). Index n (the end) is always BREAK_REQUIRED.
 */
export function breakOpportunities(text: string): Uint8Array {
  const n = text.length;
  const out = new Uint8Array(n + 1);
  const breaker = new LineBreaker(text);
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    out[bk.position] = bk.required ? BREAK_REQUIRED : BREAK_ALLOWED;
  }
  out[n] = BREAK_REQUIRED;
  breakSoutheastAsianWords(text, out);
  for (let p = 1; p < n; p++) {
    const kind = out[p]!;
    const a = text.charCodeAt(p - 1);
    const b = text.charCodeAt(p);
    if (kind === BREAK_ALLOWED && isHangul(a) && isHangul(b)) {
      out[p] = BREAK_NONE;
      continue;
    }
    if (kind === BREAK_NONE) {
      // UAX #14 (Unicode 15.1, LB19a): quotation marks between East Asian characters do
      // not glue them together; the Unicode 13 data of `linebreak` still does.
      if (isQuote(a) === isQuote(b)) continue;
      const q = isQuote(a) ? p - 1 : p;
      if (!isEastAsianWide(text.charCodeAt(q - 1)) || !isEastAsianWide(text.charCodeAt(q + 1))) continue;
      out[p] = BREAK_ALLOWED;
    } else if (kind !== BREAK_ALLOWED) continue;
    // LB20a (Unicode 15.1): a hyphen that begins a word stays with it ("-ietokone").
    if ((a === 0x2d || a === 0x2010) && WORD_START.test(text[p]!)) {
      const before = p >= 2 ? text.charCodeAt(p - 2) : -1;
      if (before === -1 || isSpace(before) || before === 0xa0) {
        out[p] = BREAK_NONE;
        continue;
      }
    }
    // Kinsoku: the next line may not start with a closing mark, this one not end with an opening one.
    if (b < 0xd800 || b >= 0xe000 ? (KINSOKU_TABLE[b]! & 1) !== 0 : NO_LINE_START.has(text.codePointAt(p)!)) {
      out[p] = BREAK_NONE;
      continue;
    }
    let q = p - 1;
    while (q > 0 && isSpace(text.charCodeAt(q))) q--;
    const last = text.charCodeAt(q);
    if (last < 0xd800 || last >= 0xe000 ? (KINSOKU_TABLE[last]! & 2) !== 0 : NO_LINE_END.has(text.codePointAt(q - 1)!)) {
      out[p] = BREAK_NONE;
    }
  }
  return out;
}
