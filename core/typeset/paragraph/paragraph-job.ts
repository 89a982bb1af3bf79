// Runs anywhere (core): one paragraph's job. The stages (itemize → shape → break →
// justify → place, as in Typst's inline/{collect,prepare,linebreak,finalize}) read and
// write this one object instead of passing a dozen arguments to each other; its typed
// arrays are scratch buffers shared by every paragraph (paragraphs are set one at a time).
import type { Alignment } from '../document-schema';
import type { GlyphRun, Rgb } from '../laid-out-document';
import type { FontSet } from '../fonts/font-set';
import type { Shaper, ShapedGlyphs } from '../shaping/shaper';
import type { Item, MissingCharacter, StyledSpan } from './itemize';

export interface ParagraphStyle {
  /** Nominal size in points; each font scales it by its sizeAdjust. */
  size: number;
  /** Minimum distance between baselines, in points. */
  leading: number;
  color: Rgb;
  align: Alignment;
}

export interface SetLine {
  /** The line's source range (trailing spaces and the newline excluded). */
  start: number;
  end: number;
  /** Width of the set text (the box width when justified). */
  width: number;
  /** Height of the line box and the baseline's distance from its top. */
  height: number;
  baseline: number;
  /** Runs in visual order; x relative to the left edge of the box, y = 0 (the baseline). */
  runs: GlyphRun[];
  text: string;
  /** The line ends inside a word, with a hyphen drawn after it. */
  hyphenated?: boolean;
}

export interface SetParagraph {
  direction: 'ltr' | 'rtl';
  lang: string;
  lines: SetLine[];
  height: number;
}

/** What a paragraph is set with: the engine's fonts and shaper, and where problems go. */
export interface ParagraphContext {
  fonts: FontSet;
  shaper: Shaper;
  /** Characters no font covers are appended here. */
  missing: MissingCharacter[];
  /** The document's typography switches (document-format.md); all on when absent. */
  typography?: Typography;
}

/** How justified text is set. Both on by default; off, for comparison (bench:typeset) or by a document's choice. */
export interface Typography {
  /** Hyphenate justified text in languages with patterns. */
  hyphenate: boolean;
  /** Break justified text by total fit; false: first fit, as ragged text. */
  totalFit: boolean;
}

/** What to set: the one argument of typesetParagraph besides the context. */
export interface ParagraphRequest {
  spans: readonly StyledSpan[];
  direction: 'ltr' | 'rtl';
  lang: string;
  style: ParagraphStyle;
  /** The box the lines are aligned in. */
  width: number;
  /** The measure lines are broken at, when narrower than the box. */
  measure?: number;
  /**
   * Whether words may be hyphenated (justified text in a language with patterns only).
   * Headings, names and figures are set with false by the block that owns them.
   */
  hyphenate?: boolean;
}

export interface ShapedItem extends Item {
  glyphs: ShapedGlyphs;
  /** Points per font unit. */
  scale: number;
  size: number;
  edges?: Int32Array;
}

/** The part of one item on one line, and the glyphs that draw it. */
export interface LinePiece {
  item: ShapedItem;
  start: number;
  end: number;
  /** Glyphs [from, to) of `glyphs`, whose clusters count from the piece start + clusterBase. */
  glyphs: ShapedGlyphs;
  from: number;
  to: number;
  clusterBase: number;
  width: number;
}

/** A line chosen by the break stage: its source range and the pieces that set it. */
export interface LineBreak {
  start: number;
  /** Where the next line starts (the end before trailing spaces are trimmed). */
  end: number;
  /** The paragraph's last line, or one ended by a newline: never justified. */
  last: boolean;
  /** Broken inside a word at a hyphenation point: a hyphen is drawn after it. */
  hyphen: boolean;
  /** The glyphs, when the break stage already took them to measure the line. */
  pieces?: LinePiece[];
}

export interface ParagraphJob extends ParagraphContext {
  request: ParagraphRequest;
  text: string;
  /** The measure: min(request.measure, request.width). */
  measure: number;
  baseLevel: number;
  items: ShapedItem[];
  /** prefix[i]: width in points of text [0, i), each cluster counted at its first code unit. */
  prefix: Float64Array;
  /** 1 where a cluster starts (and at the end). */
  clusterStart: Uint8Array;
  /** 1 where breaking needs a reshape (HarfBuzz's unsafe-to-break). */
  unsafe: Uint8Array;
  /** Width (points) taken off the glyph at each index by punctuation compression; see compress.ts. */
  squeeze: Float64Array;
  /** Width (points) a full-width mark at each index may lose at a line's edge (compress.ts). */
  edge: Float64Array;
  /** UAX #14 + kinsoku break kinds per index (break-opportunities.ts). */
  breaks: Uint8Array;
  /** Indices inside words where a hyphen may go (1), filled only when hyphenating. */
  hyphens: Uint8Array;
  /** Where a tatweel may lengthen a joined Arabic word (before that index), by priority 1 (best) to 3; see kashida.ts. */
  kashida: Uint8Array;
}

export const EPSILON = 0.001;
/** A tag (a small label such as "中文") is set at this fraction of the text's size, in white. */
export const TAG_SCALE = 0.72;
export const TAG_INK: Rgb = [1, 1, 1];
/** A muted span (the Chinese under a translation) is a little smaller, in grey. */
export const MUTED_SCALE = 0.9;
export const MUTED_SPAN_INK: Rgb = [0.38, 0.4, 0.44];

// The shared working arrays: allocating typed arrays per paragraph is slow.
let capacity = 0;
let prefix = new Float64Array(0);
let clusterStart = new Uint8Array(0);
let unsafe = new Uint8Array(0);
let squeeze = new Float64Array(0);
let edge = new Float64Array(0);
let hyphens = new Uint8Array(0);
let kashida = new Uint8Array(0);

/** Cleared scratch arrays for a paragraph of `length` code units (valid until the next call). */
export function scratchArrays(length: number): Pick<ParagraphJob, 'prefix' | 'clusterStart' | 'unsafe' | 'squeeze' | 'edge' | 'hyphens' | 'kashida'> {
  const size = length + 1;
  if (capacity < size) {
    capacity = Math.max(size, capacity * 2, 1024);
    prefix = new Float64Array(capacity);
    clusterStart = new Uint8Array(capacity);
    unsafe = new Uint8Array(capacity);
    squeeze = new Float64Array(capacity);
    edge = new Float64Array(capacity);
    hyphens = new Uint8Array(capacity);
    kashida = new Uint8Array(capacity);
  } else {
    prefix.fill(0, 0, size);
    clusterStart.fill(0, 0, size);
    unsafe.fill(0, 0, size);
    squeeze.fill(0, 0, size);
    edge.fill(0, 0, size);
    hyphens.fill(0, 0, size);
    kashida.fill(0, 0, size);
  }
  return { prefix, clusterStart, unsafe, squeeze, edge, hyphens, kashida };
}

export function isBreakSpace(cp: number): boolean {
  return cp === 0x20 || cp === 0x3000 || cp === 0x09 || cp === 0x0a || cp === 0x0d || cp === 0x2028 || cp === 0x2029;
}

/** The end of [start, end) without its trailing spaces. */
export function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isBreakSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** A space justification may widen. */
export function isStretchableSpace(cp: number): boolean {
  return cp === 0x20 || cp === 0xa0 || cp === 0x3000;
}
