// Runs anywhere (core): where justified Arabic may be lengthened with kashida (tatweel,
// U+0640) rather than by ever wider word spaces, as Arabic calligraphy and book
// typesetting do. A place qualifies when HarfBuzz says a tatweel may go there (the two
// letters join: HB_GLYPH_FLAG_SAFE_TO_INSERT_TATWEEL, so never across a lam-alef or a
// non-joining letter) and the letters are not a ligature; each word gets at most one, at
// its best place by these priorities (after the Microsoft and Amiri guidelines):
//   1  after a seen, sad or kaf (سـ صـ كـ: the classic elongations)
//   2  before a word's final letter of the ta marbuta, ha, dal, alef, tah, lam or kaf kind
//   3  any other joining place, except before a final ya or alef maksura (whose tail
//      curls back under the letter before) and inside the name of God (الله)
// The justify stage decides how much each gets, and never uses the line's last word.
import { HB_GLYPH_FLAG_SAFE_TO_INSERT_TATWEEL } from '../shaping/harfbuzz';
import { ARABIC } from '../text/scripts';
import type { ParagraphJob } from './paragraph-job';

const AFTER_BEST = new Set(Array.from('سشصضكگکڪ').map((c) => c.charCodeAt(0)));
const BEFORE_FINAL = new Set(Array.from('ةهدذاأإآطظلك').map((c) => c.charCodeAt(0)));
const NEVER_BEFORE_FINAL = new Set(Array.from('يىئ').map((c) => c.charCodeAt(0)));

/** Arabic letters (not marks, digits or signs). */
function isArabicLetter(cp: number): boolean {
  return (cp >= 0x0620 && cp <= 0x064a) || (cp >= 0x066e && cp <= 0x06d3) || cp === 0x06d5 || (cp >= 0x06fa && cp <= 0x06fc);
}
function isArabicMark(cp: number): boolean {
  return (cp >= 0x064b && cp <= 0x065f) || cp === 0x0670 || (cp >= 0x06d6 && cp <= 0x06ed);
}

/** Whether the paragraph has Arabic to lengthen at all. */
export function mayUseKashida(job: ParagraphJob): boolean {
  return job.request.style.align === 'justify' && job.items.some((item) => item.script === ARABIC);
}

/** Fills job.kashida: one place per joined word, by priority. Returns how many words got one. */
export function markKashida(job: ParagraphJob): number {
  const { text, kashida, clusterStart } = job;
  let words = 0;
  for (const item of job.items) {
    if (item.script !== ARABIC || (item.level & 1) === 0) continue;
    // Which logical indices HarfBuzz allows a tatweel before.
    const { clusters, flags } = item.glyphs;
    const safe = new Uint8Array(item.end - item.start + 1);
    for (let g = 0; g < clusters.length; g++) if (flags[g]! & HB_GLYPH_FLAG_SAFE_TO_INSERT_TATWEEL) safe[clusters[g]!] = 1;
    let i = item.start;
    while (i < item.end) {
      while (i < item.end && !isArabicLetter(text.charCodeAt(i))) i++;
      let j = i;
      while (j < item.end && (isArabicLetter(text.charCodeAt(j)) || isArabicMark(text.charCodeAt(j)))) j++;
      const word = text.slice(i, j);
      if (!word.includes('لله')) {
        let lastLetter = j - 1;
        while (lastLetter > i && !isArabicLetter(text.charCodeAt(lastLetter))) lastLetter--;
        let best = 0;
        let bestPriority = 4;
        let previousLetter = -1;
        for (let k = i; k < j; k++) {
          const cp = text.charCodeAt(k);
          if (!isArabicLetter(cp)) continue;
          if (previousLetter >= 0 && safe[k - item.start] && clusterStart[k]) {
            const before = text.charCodeAt(previousLetter);
            let priority = 3;
            if (AFTER_BEST.has(before)) priority = 1;
            else if (k === lastLetter && BEFORE_FINAL.has(cp)) priority = 2;
            else if (k === lastLetter && NEVER_BEFORE_FINAL.has(cp)) priority = 4;
            // Ties go to the later place: the elongation sits near the word's end.
            if (priority <= bestPriority && priority < 4) {
              best = k;
              bestPriority = priority;
            }
          }
          previousLetter = k;
        }
        if (best > 0) {
          kashida[best] = bestPriority;
          words++;
        }
      }
      i = j;
    }
  }
  return words;
}

const tatweels = new WeakMap<object, { gid: number; advance: number }>();

/** The font's tatweel: its glyph and advance in font units (0 when the font has none). */
export function tatweelGlyph(job: ParagraphJob, font: ParagraphJob['items'][number]['font']): { gid: number; advance: number } {
  let glyph = tatweels.get(font);
  if (!glyph) {
    const shaped = job.shaper.shape(font, '\u0640', 0, 1, true, ARABIC, 'ar');
    const gid = shaped.gids[0] ?? 0;
    glyph = { gid, advance: gid === 0 ? 0 : (shaped.xAdvance[0] ?? 0) };
    tatweels.set(font, glyph);
  }
  return glyph;
}
