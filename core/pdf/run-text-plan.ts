// Runs anywhere (core): decides what text each drawn glyph of a line extracts as. Two real
// readers were studied, poppler's pdftotext and pdf.js's getTextContent; both turn
// positioned glyphs back into text with their own heuristics, and this plan is what makes
// both return the logical text of every line. The rules, each for a measured reason:
//
// 1. Visual order, reversed text, and 2. one carrier per cluster: see cluster-text.ts.
// 3. Direction marks. poppler reorders a line with a simple rule (poppler-direction.ts)
//    under which the space or bracket on the left of a number or Latin word inside
//    Arabic (or on the right of Arabic inside Latin text), and an Arabic comma after a
//    space, land on the wrong side. A RIGHT-TO-LEFT MARK on the left edge of each
//    left-to-right section of an RTL line (a LEFT-TO-RIGHT MARK after each Arabic stretch
//    in an LTR line) pins them. A mark rides on the neighbouring space where there is one
//    (" " + RLM, which pdf.js still classifies as whitespace and ignores), else on the
//    section's first glyph. Both marks are invisible format characters.
// 4. Spaces where pdf.js would get them wrong. pdf.js infers spaces from forward gaps and
//    drops whitespace at the edges of its text items, so:
//    - before a glyph whose text holds a nonspacing mark (pdf.js treats that glyph as
//      zero-width and counts the gap before it a second time, as a spurious space), and
//    - at the edge of a font group in an RTL line written out of visual order (the jump
//      back between items leaves no forward gap), and
//    - where a justified space inside an Arabic group is wider than pdf.js's limit for a
//      space within one item (0.6 em): it would split the line into items kept in
//      visual order,
//    the space rides on the glyph to its left: appended to that glyph's code, whose width
//    then covers the space. Appending to the left neighbour keeps the visual order of
//    characters, so it is safe in either direction, and for an RTL group the space
//    lands at the start of its reversed item. Where the group to the left reads left to
//    right instead, a space that opens an RTL group extracts as RLM + space, which
//    pdf.js keeps (it is not whitespace to its classifier) and poppler reads as a
//    right-to-left boundary.
// 5. An end anchor (written by page-content.ts). On a page where right-to-left letters
//    outnumber left-to-right ones (a Chinese | Arabic page), poppler reads every line
//    right to left first, so a neutral at the end of a Chinese or English line ("。",
//    "？", "）") would come out at its start. A LEFT-TO-RIGHT MARK drawn invisibly,
//    zero-width, right after such a line pins it; pdf.js skips format characters. What
//    cannot be pinned: a line of the page's minority direction that holds sections of
//    both directions (an Arabic line with a number on a page poppler reads left to right,
//    an English line quoting Arabic on a page it reads right to left). poppler then
//    keeps that line's sections in visual order, whatever marks the file carries. To
//    poppler a full stop or an Arabic comma makes a section too, so an Arabic line with
//    a stop between two sentences is such a line (named in reader-checks.ts).
import type { GlyphRun } from '../typeset/laid-out-document';
import { hasNonspacingMark, streamText, textCarriers } from './cluster-text';
import { LEFT_TO_RIGHT_MARK, LTR, NEUTRAL, RIGHT_TO_LEFT_MARK, RTL, lastCodePoint, popplerClass, rtlLineNeedsMarks } from './poppler-direction';
import type { FontGroups } from './run-stream-order';

/** A space wider than this (in ems) is folded in an RTL group; pdf.js splits items above 0.6. */
const WIDE_SPACE = 0.5;

/** Per glyph, what to write: its stream text, or null (ink-only), or undefined (not drawn). */
export interface RunTextPlan {
  texts: (string | null | undefined)[];
  /** Advance override in points for glyphs that absorbed the following space. */
  widths: Map<number, number> | undefined;
  /** Text of an invisible, zero-width glyph written right after glyph i (a direction mark). */
  after?: Map<number, string>;
}

/**
 * The plan for each run of a line that needs one; runs missing from the map simply
 * extract as their glyphs' own chars (the common case: no clusters of several glyphs, no
 * island edge, no space to fold). `runs` are in visual order; `reordered` says whether
 * the line's font groups are written out of visual order (see run-stream-order.ts).
 */
export function planLineText(
  runs: readonly GlyphRun[],
  base: 'ltr' | 'rtl',
  groups: FontGroups,
  reordered: boolean,
): Map<GlyphRun, RunTextPlan> | undefined {
  const mixed = runs.some((run) => run.direction !== base);
  const marksNeeded = !mixed && base === 'rtl' && rtlLineNeedsMarks(runs);
  // One pass over each run's glyphs finds its spaces and whether any glyph is text-less
  // (then textCarriers plans the run's clusters); a long document has a third of a
  // million glyphs, and every pass over them shows.
  const carried: ((string | null)[] | undefined)[] = new Array(runs.length);
  const spacesOf: number[][] = new Array(runs.length);
  for (let r = 0; r < runs.length; r++) {
    const glyphs = runs[r]!.glyphs;
    const found: number[] = [];
    let textless = false;
    for (let i = 0; i < glyphs.length; i++) {
      const chars = glyphs[i]!.chars;
      if (chars === ' ') found.push(i);
      else if (chars === '') textless = true;
    }
    const texts = textless ? textCarriers(glyphs) : undefined;
    carried[r] = texts;
    spacesOf[r] = texts ? texts.flatMap((text, i) => (text === ' ' ? [i] : [])) : found;
  }
  const textAt = (r: number, i: number): string | null => {
    const texts = carried[r];
    return texts ? texts[i]! : runs[r]!.glyphs[i]!.chars;
  };
  /** The nearest glyph with text to the left (step -1) or right (step 1), as [run, index]. */
  const neighbour = (r: number, i: number, step: 1 | -1): [number, number] | undefined => {
    for (let i2 = i + step; r >= 0 && r < runs.length; ) {
      const n = runs[r]!.glyphs.length;
      while (i2 >= 0 && i2 < n && textAt(r, i2) === null) i2 += step;
      if (i2 >= 0 && i2 < n) return [r, i2];
      r += step;
      i2 = step === 1 ? 0 : r >= 0 ? runs[r]!.glyphs.length - 1 : -1;
    }
    return undefined;
  };

  // Rule 4: spaces that ride on their left neighbour ('fold') or open their group with
  // an RLM ('mark').
  let spaces: [number, number, 'fold' | 'mark'][] | undefined;
  for (let r = 0; r < runs.length; r++) {
    const glyphs = runs[r]!.glyphs;
    for (const i of spacesOf[r]!) {
      const right = neighbour(r, i, 1);
      // The left neighbour is looked for only where it can matter (most spaces have
      // neither an island edge nor a mark after them).
      let left: [number, number] | undefined | null = null;
      const leftOf = () => (left === null ? (left = neighbour(r, i, -1)) : left);
      let action: 'fold' | 'mark' | undefined;
      if (reordered && base === 'rtl') {
        const group = groups.groupOf[r]!;
        const l = leftOf();
        const leftGroup = l ? groups.groupOf[l[0]]! : -1;
        const rightGroup = right ? groups.groupOf[right[0]]! : -1;
        if (leftGroup !== group || rightGroup !== group) {
          if (l && groups.rtl[leftGroup]) action = 'fold';
          else if (rightGroup === group && groups.rtl[group]) action = 'mark';
        }
      }
      if (!action && right) {
        const next = textAt(right[0], right[1]);
        if (next !== null && hasNonspacingMark(next)) action = 'fold';
        // A justified (stretched) space inside a right-to-left group: pdf.js splits an
        // item at a gap wider than 0.6 em and would keep the pieces in visual order.
        else if (groups.rtl[groups.groupOf[r]!] && groups.groupOf[right[0]] === groups.groupOf[r]) {
          const run = runs[r]!;
          const gap = runs[right[0]]!.x + runs[right[0]]!.glyphs[right[1]]!.x - (run.x + glyphs[i]!.x);
          if (gap > WIDE_SPACE * run.size) action = 'fold';
        }
        if (action && !leftOf()) action = undefined; // nothing on its left to ride on
      }
      if (action) (spaces ??= []).push([r, i, action]);
    }
  }
  if (!mixed && !marksNeeded && !spaces && carried.every((texts) => !texts)) return undefined;

  const plans = new Map<GlyphRun, RunTextPlan>();
  const planOf = (r: number): RunTextPlan => {
    const run = runs[r]!;
    let plan = plans.get(run);
    if (!plan) {
      const texts: (string | null | undefined)[] = new Array(run.glyphs.length);
      for (let i = 0; i < texts.length; i++) {
        const text = textAt(r, i);
        texts[i] = text === null ? null : streamText(text, run.direction);
      }
      plan = { texts, widths: undefined };
      plans.set(run, plan);
    }
    return plan;
  };
  for (let r = 0; r < runs.length; r++) if (carried[r]) planOf(r);

  for (const [r, i, action] of spaces ?? []) {
    if (action === 'mark') {
      planOf(r).texts[i] = RIGHT_TO_LEFT_MARK + ' ';
      continue;
    }
    // The nearest glyph to the left that is still written with text (an earlier fold may
    // have emptied the one found before).
    let pr = r;
    let pi = i - 1;
    let found = false;
    while (pr >= 0) {
      const texts = planOf(pr).texts;
      while (pi >= 0 && typeof texts[pi] !== 'string') pi--;
      if (pi >= 0) {
        found = true;
        break;
      }
      pr--;
      pi = pr >= 0 ? runs[pr]!.glyphs.length - 1 : -1;
    }
    if (!found) continue;
    const space = runs[r]!.glyphs[i]!;
    const left = runs[pr]!;
    const target = planOf(pr);
    target.texts[pi] += ' ';
    planOf(r).texts[i] = undefined;
    const spaceEnd = runs[r]!.x + space.x + space.advance;
    (target.widths ??= new Map()).set(pi, spaceEnd - (left.x + left.glyphs[pi]!.x));
  }

  // Rule 3, on the texts as they now stand, walking the line's glyphs in visual order.
  if (mixed || marksNeeded) {
    let pr = -1;
    let pi = -1;
    let previous = '';
    for (let r = 0; r < runs.length; r++) {
      const run = runs[r]!;
      const texts = plans.get(run)?.texts;
      for (let i = 0; i < run.glyphs.length; i++) {
        let text: string;
        if (texts) {
          const planned = texts[i];
          if (typeof planned !== 'string') continue;
          text = planned;
        } else {
          text = streamText(run.glyphs[i]!.chars, run.direction);
        }
        if (previous !== '' && text !== '') {
          const before = popplerClass(lastCodePoint(previous));
          const after = popplerClass(text.codePointAt(0)!);
          if (base === 'rtl') {
            // A left-to-right section starts here while what is on its left reads right to left.
            // The mark follows that right-to-left glyph: MuPDF takes a glyph's direction from
            // its first character, and a section opening with an RLM would read to it as a
            // jump back within right-to-left text (a new line). It is a glyph of its own, as
            // pdf.js skips any glyph whose text ends in a format character, except after a
            // space (" " + RLM: pdf.js takes text that starts with a space as a space).
            if (after === LTR && before !== RTL && runs[pr]!.direction === 'rtl') {
              if (previous.startsWith(' ')) planOf(pr).texts[pi] = previous + RIGHT_TO_LEFT_MARK;
              else (planOf(pr).after ??= new Map()).set(pi, RIGHT_TO_LEFT_MARK);
            }
          } else if (before === RTL && after === NEUTRAL && run.direction === 'ltr') {
            text = planOf(r).texts[i] = LEFT_TO_RIGHT_MARK + text;
          }
        }
        pr = r;
        pi = i;
        previous = text;
      }
    }
  }
  return plans;
}
