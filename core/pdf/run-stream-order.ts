// Runs anywhere (core): the order in which a line's runs are written to the content
// stream. Readers that keep stream order (pdf.js) join neighbouring glyphs of one font
// into one text item and put a right-to-left item back into logical order themselves, but
// they keep the items in stream order. So adjacent runs of one font stay together in
// visual order (an Arabic phrase with its Western digits becomes one item, spaces and
// all), and these font groups are written in logical order, which for two bidi levels
// means undoing rule L2 of UAX #9 on the groups.
import type { GlyphRun } from '../typeset/laid-out-document';

/** Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo, presentation forms). */
export const STRONG_RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|\ud802[\udc00-\udfff]|\ud83a[\udc00-\udfff]/;

export interface FontGroups {
  /** Index of each run's group, runs in visual order. */
  groupOf: number[];
  /**
   * Whether each group reads right to left (pdf.js will reverse its item): it holds
   * right-to-left letters, or, in an RTL line, it holds no left-to-right run at all (a
   * lone full stop or bracket).
   */
  rtl: boolean[];
}

/**
 * Adjacent runs (visual order) of one font and size form a group; in a right-to-left
 * line a change of direction also starts one, so that the digits of a number in the
 * Arabic font are written in logical order like those in the Latin font. MuPDF reverses
 * each right-to-left stretch of a line in place and keeps left-to-right ones where they
 * are in the stream, so a number written inside its Arabic group (visual order) would
 * swap the phrases on either side of it.
 */
export function fontGroups(runs: readonly GlyphRun[], base: 'ltr' | 'rtl'): FontGroups {
  const groupOf: number[] = [];
  const letters: boolean[] = [];
  const ltrRuns: boolean[] = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    const previous = runs[i - 1];
    if (
      !previous ||
      previous.font !== run.font ||
      previous.size !== run.size ||
      (base === 'rtl' && previous.direction !== run.direction)
    ) {
      letters.push(false);
      ltrRuns.push(false);
    }
    const group = letters.length - 1;
    groupOf.push(group);
    if (run.direction === 'rtl' && STRONG_RTL.test(run.text)) letters[group] = true;
    if (run.direction === 'ltr') ltrRuns[group] = true;
  }
  const rtl = letters.map((has, g) => has || (base === 'rtl' && !ltrRuns[g]));
  return { groupOf, rtl };
}

export interface StreamOrder {
  runs: readonly GlyphRun[];
  /** Whether the order differs from visual order (the stream jumps back). */
  reordered: boolean;
  /** Runs to write as text items of their own (wrapped in marked content, which pdf.js splits items at). */
  separate: Set<GlyphRun> | undefined;
}

/** Text with no letters or digits: spaces and punctuation. */
const NEUTRAL_ONLY = /^[^\p{L}\p{N}]*$/u;

/**
 * `runs` in visual order (as layout hands them over); returns them in stream order.
 *
 * Within a group, runs stay in visual order where pdf.js will reverse the group's item
 * as a whole (an Arabic group). Two cases need more, because layout may give a neutral
 * character the font of its neighbour rather than of its own direction:
 * - in an RTL line, a left-to-right group holding a right-to-left run (the full stop
 *   after "UIBE" in the Latin font) is written in logical order, so the stop follows;
 * - in an LTR line, a left-to-right run of only spaces or punctuation at the edge of an
 *   Arabic group (the space after an Arabic phrase, in the Arabic font) becomes an item
 *   of its own, so pdf.js does not reverse it into the phrase.
 */
export function runStreamOrder(runs: readonly GlyphRun[], base: 'ltr' | 'rtl', groups: FontGroups): StreamOrder {
  const count = groups.rtl.length;
  const order: number[] = [];
  for (let g = 0; g < count; g++) order.push(base === 'rtl' ? count - 1 - g : g);
  // Groups of the other direction were reversed as a whole by L2; reverse each back.
  const isBase = (g: number) => groups.rtl[g] === (base === 'rtl');
  for (let i = 0; i < order.length; ) {
    if (isBase(order[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < order.length && !isBase(order[j]!)) j++;
    if (j - i > 1) {
      const island = order.slice(i, j).reverse();
      for (let k = 0; k < island.length; k++) order[i + k] = island[k]!;
    }
    i = j;
  }

  const ordered: GlyphRun[] = [];
  let separate: Set<GlyphRun> | undefined;
  for (const g of order) {
    const members: GlyphRun[] = [];
    for (let r = 0; r < runs.length; r++) if (groups.groupOf[r] === g) members.push(runs[r]!);
    if (base === 'rtl' && !groups.rtl[g] && members.some((run) => run.direction === 'rtl')) {
      // Logical order for two levels: reverse all, then put left-to-right stretches back.
      members.reverse();
      for (let i = 0; i < members.length; ) {
        if (members[i]!.direction === 'rtl') {
          i++;
          continue;
        }
        let j = i;
        while (j < members.length && members[j]!.direction === 'ltr') j++;
        const stretch = members.slice(i, j).reverse();
        for (let k = 0; k < stretch.length; k++) members[i + k] = stretch[k]!;
        i = j;
      }
    } else if (base === 'ltr' && groups.rtl[g] && members.length > 1) {
      for (const edge of [members[0]!, members[members.length - 1]!]) {
        if (edge.direction === 'ltr' && NEUTRAL_ONLY.test(edge.text)) (separate ??= new Set()).add(edge);
      }
    }
    ordered.push(...members);
  }
  const reordered = ordered.some((run, i) => run !== runs[i]);
  return { runs: reordered ? ordered : runs, reordered, separate };
}
