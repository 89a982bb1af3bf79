// Runs anywhere (core): how poppler's pdftotext sees the direction of characters when it
// turns a line back into logical order, measured on poppler 22.12 (see run-text-plan.ts,
// rules 3 and 5). Its rule: letters, digits and number punctuation (# $ % + , - . / : ،
// ° ± € £ ¥ ‰) form left-to-right sections, right-to-left letters right-to-left ones,
// everything else is neutral and joins whichever section reaches it first.
import type { GlyphRun } from '../typeset/laid-out-document';
import { STRONG_RTL } from './run-stream-order';

export const RIGHT_TO_LEFT_MARK = '\u200f';
export const LEFT_TO_RIGHT_MARK = '\u200e';

export const LTR = 0;
export const RTL = 1;
export const NEUTRAL = 2;
/** Punctuation poppler counts with digits (bidi classes ES, ET, CS), measured with pdftotext. */
const NUMBER_PUNCTUATION = new Set([...'#$%+,-./:\u060c\u00b0\u00b1\u20ac\u00a3\u00a5\u2030']);

/** Classes of BMP characters, filled on first use: 0 = not yet known, else class + 1. */
const classTable = new Uint8Array(0x10000);

/** How poppler's reordering sees a character: LTR, RTL or NEUTRAL. */
export function popplerClass(codePoint: number): number {
  if (codePoint < 0x10000) {
    const known = classTable[codePoint]!;
    if (known !== 0) return known - 1;
  }
  const char = String.fromCodePoint(codePoint);
  let result = NEUTRAL;
  if (NUMBER_PUNCTUATION.has(char) || /\p{N}/u.test(char)) result = LTR;
  else if (/\p{L}/u.test(char)) result = STRONG_RTL.test(char) ? RTL : LTR;
  if (codePoint < 0x10000) classTable[codePoint] = result + 1;
  return result;
}

export function lastCodePoint(text: string): number {
  const last = text.length - 1;
  const low = text.charCodeAt(last);
  return last > 0 && (low & 0xfc00) === 0xdc00 ? text.codePointAt(last - 1)! : low;
}

/**
 * Rule 5: whether an LTR line needs an end anchor: its visually last character is one
 * poppler would move when reading the page right to left.
 */
export function needsEndAnchor(lastText: string): boolean {
  return lastText !== '' && popplerClass(lastCodePoint(lastText)) === NEUTRAL;
}

/**
 * Whether an RTL line whose runs are all right to left still needs direction marks: it
 * holds digits or number punctuation (an Arabic comma after a space), which poppler
 * reads as left-to-right sections.
 */
export function rtlLineNeedsMarks(runs: readonly GlyphRun[]): boolean {
  for (const run of runs) if (/[\p{N}#$%+,\-./:\u060c\u00b0\u00b1\u20ac\u00a3\u00a5\u2030]/u.test(run.text)) return true;
  return false;
}
