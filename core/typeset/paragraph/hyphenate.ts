// Runs anywhere (core): the hyphenation stage, run only for justified text whose first
// try at breaking found no good lines without it (as TeX's second pass). It marks in
// job.hyphens every place inside a word where a line may end with a hyphen, by the
// language's patterns and the rules of text/hyphenation.ts; the hyphen's width per item
// is what the breaker adds to a line that ends there.
import { hasHyphenationPatterns, hyphenationPoints } from '../text/hyphenation';
import { CYRILLIC, LATIN } from '../text/scripts';
import type { ParagraphJob, ShapedItem } from './paragraph-job';

/** Signs that may stand before or after a word without making it something else. */
const LEADING = new Set(Array.from('([{«"\'“‘„¿¡').map((c) => c.charCodeAt(0)));
const TRAILING = new Set(Array.from(')]}»"\'”’.,;:!?…').map((c) => c.charCodeAt(0)));

function isSpace(cp: number): boolean {
  return cp === 0x20 || cp === 0xa0 || cp === 0x0a || cp === 0x3000 || cp === 0x09;
}

/** Whether any item of the paragraph could be hyphenated at all. */
export function mayHyphenate(job: ParagraphJob): boolean {
  if (!job.request.hyphenate || job.request.style.align !== 'justify') return false;
  return job.items.some((item) => (item.script === LATIN || item.script === CYRILLIC) && hasHyphenationPatterns(item.lang));
}

/** Fills job.hyphens; returns how many points it found. */
export function markHyphens(job: ParagraphJob): number {
  const { text, hyphens } = job;
  let count = 0;
  for (const item of job.items) {
    if ((item.script !== LATIN && item.script !== CYRILLIC) || !hasHyphenationPatterns(item.lang)) continue;
    let i = item.start;
    while (i < item.end) {
      // One token: a run of non-space characters, inside the item.
      while (i < item.end && isSpace(text.charCodeAt(i))) i++;
      let j = i;
      while (j < item.end && !isSpace(text.charCodeAt(j))) j++;
      if (j === item.end && j < text.length && !isSpace(text.charCodeAt(j))) break; // runs on into another item
      if (i > item.start && !isSpace(text.charCodeAt(i - 1))) {
        i = j; // began in the item before
        continue;
      }
      let a = i;
      let b = j;
      while (a < b && LEADING.has(text.charCodeAt(a))) a++;
      while (b > a && TRAILING.has(text.charCodeAt(b - 1))) b--;
      for (const k of hyphenationPoints(text.slice(a, b), item.lang)) {
        // Only between clusters: a point inside a ligature (the ﬀ of "af-faires") would
        // cut a glyph that stands for both letters, and one of them would be lost.
        if (!job.clusterStart[a + k]) continue;
        hyphens[a + k] = 1;
        count++;
      }
      i = j;
    }
  }
  return count;
}

const hyphenGlyphs = new WeakMap<object, { gid: number; advance: number }>();

/** The hyphen drawn at a line's end in this item's font: its glyph and advance in font units. */
export function hyphenGlyph(job: ParagraphJob, item: ShapedItem): { gid: number; advance: number } {
  let glyph = hyphenGlyphs.get(item.font);
  if (!glyph) {
    const shaped = job.shaper.shape(item.font, '-', 0, 1, false, item.script, item.lang);
    glyph = { gid: shaped.gids[0] ?? 0, advance: shaped.xAdvance[0] ?? 0 };
    hyphenGlyphs.set(item.font, glyph);
  }
  return glyph;
}

/** The item holding text index `at`. */
export function itemAt(job: ParagraphJob, at: number): ShapedItem | undefined {
  for (const item of job.items) if (at >= item.start && at < item.end) return item;
  return undefined;
}
