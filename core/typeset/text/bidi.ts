// Runs anywhere (core): the Unicode Bidirectional Algorithm. bidi-js resolves the
// embedding levels (UAX #9 up to rule L1's input); this file does the per-line part:
// L1 (trailing whitespace back to the paragraph level) and L2 (reversal) on index ranges.
import bidiFactory from 'bidi-js';
import { SimpleBidi } from './bidi-paragraph';

const bidi = bidiFactory();
const simple = new SimpleBidi(bidi);

/** Off: always use bidi-js (tests compare both paths). */
export const bidiOptions = { simplePath: true };

// Strong right-to-left characters and Arabic digits: without any, a left-to-right
// paragraph is all level 0 and the algorithm can be skipped.
const RTL_CHAR =
  /[\u0590-\u08ff\u200f\u202b\u202e\u2067\ufb1d-\ufdff\ufe70-\ufefc]|\ud802[\udc00-\udfff]|\ud803[\udc00-\ude7f]|\ud83a/;
const EXPLICIT_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

export interface ParagraphLevels {
  /** One level per UTF-16 code unit; odd = right to left. */
  levels: Uint8Array;
  baseLevel: 0 | 1;
}

/** Resolved levels of one paragraph with the given base direction. */
export function resolveLevels(text: string, direction: 'ltr' | 'rtl'): ParagraphLevels {
  const baseLevel = direction === 'rtl' ? 1 : 0;
  if (baseLevel === 0 && !RTL_CHAR.test(text) && !EXPLICIT_CONTROL.test(text)) {
    return { levels: new Uint8Array(text.length), baseLevel };
  }
  const fast = bidiOptions.simplePath ? simple.levels(text, baseLevel) : undefined;
  if (fast) return { levels: fast, baseLevel };
  const { levels } = bidi.getEmbeddingLevels(text, direction);
  return { levels, baseLevel };
}

/** P2/P3: the direction of the first strong character, or undefined when there is none. */
export function firstStrongDirection(text: string): 'ltr' | 'rtl' | undefined {
  if (!RTL_CHAR.test(text)) return LTR_LETTER.test(text) ? 'ltr' : undefined;
  const { paragraphs } = bidi.getEmbeddingLevels(text, 'auto');
  const first = paragraphs[0];
  if (!first) return undefined;
  // bidi-js falls back to level 0 when there is no strong character; tell the cases apart.
  if (first.level === 1) return 'rtl';
  return LTR_LETTER.test(text) ? 'ltr' : undefined;
}

// A letter that is not right-to-left: close enough to Bidi_Class L for choosing a direction.
const LTR_LETTER = /(?![\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc])\p{L}/u;

/** True when text holds a strong character of that direction (L, or R/AL). */
export function hasStrong(text: string, direction: 'ltr' | 'rtl'): boolean {
  return direction === 'rtl' ? RTL_CHAR.test(text) : LTR_LETTER.test(text);
}

const WHITESPACE_FOR_L1 = new Set([
  0x0009, 0x0020, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
  0x200a, 0x2028, 0x205f, 0x3000, 0x000c, 0x000b,
  // Isolate controls count as whitespace for L1, as do removed (X9) characters next to them.
  0x2066, 0x2067, 0x2068, 0x2069,
]);
const SEGMENT_SEPARATOR = new Set([0x0009, 0x000b, 0x001f]);
const PARAGRAPH_SEPARATOR = new Set([0x000a, 0x000d, 0x001c, 0x001d, 0x001e, 0x0085, 0x2029]);

/** X9-removed characters (explicit embeddings and BN); they take no part in reordering. */
export function isRemovedByX9(cp: number): boolean {
  return (
    (cp >= 0x202a && cp <= 0x202e) ||
    cp === 0x200b ||
    cp === 0x200c ||
    cp === 0x200d ||
    cp === 0x2060 ||
    cp === 0xfeff ||
    (cp >= 0x2061 && cp <= 0x2064) ||
    (cp >= 0x206a && cp <= 0x206f) ||
    cp === 0x00ad ||
    (cp < 0x20 && !SEGMENT_SEPARATOR.has(cp) && !PARAGRAPH_SEPARATOR.has(cp) && cp !== 0x0c) ||
    (cp >= 0x7f && cp <= 0x9f && cp !== 0x85)
  );
}

/**
 * L1 for the line text[start, end): segment and paragraph separators, and any run of
 * whitespace (or isolate controls, or X9-removed characters) before them or at the end of
 * the line, go back to the paragraph level. Returns the adjusted levels of the line.
 */
export function lineLevels(text: string, levels: Uint8Array, baseLevel: number, start: number, end: number): Uint8Array {
  const out = levels.slice(start, end);
  let trailing = true; // scanning backwards through a run that L1 resets
  for (let i = end - 1; i >= start; i--) {
    const cp = text.charCodeAt(i);
    if (SEGMENT_SEPARATOR.has(cp) || PARAGRAPH_SEPARATOR.has(cp)) {
      out[i - start] = baseLevel;
      trailing = true;
    } else if (trailing && (WHITESPACE_FOR_L1.has(cp) || isRemovedByX9(cp))) {
      out[i - start] = baseLevel;
    } else {
      trailing = false;
    }
  }
  return out;
}

/**
 * L2: the visual order of the positions 0..levels.length-1 (logical indices, left to
 * right). From the highest level down to the lowest odd one, every maximal run at that
 * level or higher is reversed.
 */
export function visualOrder(levels: ArrayLike<number>): number[] {
  const n = levels.length;
  const order = new Array<number>(n);
  let highest = 0;
  let lowestOdd = 255;
  for (let i = 0; i < n; i++) {
    order[i] = i;
    const level = levels[i]!;
    if (level > highest) highest = level;
    if (level & 1 && level < lowestOdd) lowestOdd = level;
  }
  for (let level = highest; level >= lowestOdd && level > 0; level--) {
    let i = 0;
    while (i < n) {
      if (levels[order[i]!]! >= level) {
        let j = i;
        while (j + 1 < n && levels[order[j + 1]!]! >= level) j++;
        for (let a = i, b = j; a < b; a++, b--) {
          const t = order[a]!;
          order[a] = order[b]!;
          order[b] = t;
        }
        i = j + 1;
      } else i++;
    }
  }
  return order;
}
