// Runs anywhere (core): the text each glyph of a run extracts as, before any line-level
// adjustment (see run-text-plan.ts for the whole design). Two rules live here:
//
// 1. Visual order, reversed text. Glyphs are written in visual order; both readers studied
//    (poppler, pdf.js) turn a right-to-left stretch back into logical order by reversing
//    it character by character, so a glyph of an RTL run extracts as its cluster's text
//    reversed (a lam-alef ligature as "al" for "la", a letter with a vowel mark as mark +
//    letter), and the readers' reversal puts it right.
// 2. One carrier per cluster. A cluster's text rides on its widest glyph (the letter body,
//    on the baseline); its other glyphs (dots, vowel marks raised by GPOS, pieces of a
//    decomposed letter) are drawn ink-only, after the line (see FontEncoding). Raised
//    glyphs with text make poppler start a new word, and pdf.js turns text-less codes
//    into stray control characters.
import type { PositionedGlyph } from '../typeset/laid-out-document';

/** Per BMP character: 0 = not yet known, 1 = not a nonspacing mark, 2 = one. */
const markTable = new Uint8Array(0x10000);
const NONSPACING_MARK = /\p{Mn}/u;

/** Whether a BMP code unit is a nonspacing mark (General Category Mn). */
function isNonspacingMark(c: number): boolean {
  if (c < 0x300) return false;
  let known = markTable[c]!;
  if (known === 0) known = markTable[c] = NONSPACING_MARK.test(String.fromCharCode(c)) ? 2 : 1;
  return known === 2;
}

/** Whether the text holds a nonspacing mark (General Category Mn) of the BMP. */
export function hasNonspacingMark(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isNonspacingMark(text.charCodeAt(i))) return true;
  return false;
}

/** How many UTF-16 units of nonspacing marks (BMP) the text starts with. */
export function leadingMarks(text: string): number {
  let n = 0;
  while (n < text.length && isNonspacingMark(text.charCodeAt(n))) n++;
  return n;
}

/** Rule 1: the text a glyph of a run extracts as, in stream (visual) order. */
export function streamText(chars: string, direction: 'ltr' | 'rtl'): string {
  if (direction === 'ltr' || chars.length < 2) return chars;
  if (chars.length === 2 && (chars.charCodeAt(0) & 0xfc00) === 0xd800) return chars; // one astral code point
  return Array.from(chars).reverse().join('');
}

/**
 * Rule 2: which glyph of each cluster carries the cluster's text. Returns undefined when
 * every glyph has text of its own, else per glyph its (logical) text or null.
 *
 * A cluster here is a glyph with text plus the text-less glyphs after it (those before
 * the first glyph with text join it). Moving text within such a group never changes the
 * order in which text appears in the stream, so extraction is the same whichever way
 * layout grouped the glyphs; only the position a character is reported at may differ.
 */
export function textCarriers(glyphs: readonly PositionedGlyph[]): (string | null)[] | undefined {
  const n = glyphs.length;
  let any = false;
  for (let i = 0; i < n; i++) {
    if (glyphs[i]!.chars === '') {
      any = true;
      break;
    }
  }
  if (!any) return undefined;
  const texts: (string | null)[] = new Array(n).fill(null);
  let i = 0;
  while (i < n) {
    const start = glyphs[i]!;
    if (start.chars !== '' && (i + 1 === n || glyphs[i + 1]!.chars !== '')) {
      texts[i++] = start.chars; // a cluster of one glyph, by far the most common
      continue;
    }
    let j = i + 1;
    if (start.chars === '') while (j < n && glyphs[j - 1]!.chars === '') j++;
    while (j < n && glyphs[j]!.chars === '') j++;
    let text = '';
    let carrier = -1;
    for (let k = i; k < j; k++) {
      const glyph = glyphs[k]!;
      if (glyph.chars !== '') text += glyph.chars;
      // An inserted kashida is ink only, however wide justification made it: the letter
      // beside it keeps the text (page-content.ts widens that letter's box across it).
      if (glyph.inserted === 'kashida') continue;
      const best = carrier < 0 ? undefined : glyphs[carrier]!;
      if (!best || glyph.advance > best.advance || (glyph.advance === best.advance && Math.abs(glyph.y) < Math.abs(best.y))) carrier = k;
    }
    if (text !== '' && carrier >= 0) texts[carrier] = text;
    i = j;
  }
  return texts;
}
