// Runs anywhere (core): one paragraph from styled text to positioned lines. The pipeline:
// bidi levels → items (level, script, font) → shape each item → break opportunities
// (UAX #14 + kinsoku) → fill lines greedily by shaped width → per line, reorder the pieces
// visually (UAX #9 L2) and place the glyphs, with each glyph's share of the source text.
import type { GlyphRun, PositionedGlyph, Rgb } from '../laid-out-document';
import type { Alignment } from '../document-schema';
import type { FontSet } from '../fonts/font-set';
import type { Shaper, ShapedGlyphs } from '../shaping/shaper';
import { HB_GLYPH_FLAG_UNSAFE_TO_BREAK } from '../shaping/harfbuzz';
import { resolveLevels, visualOrder } from '../text/bidi';
import { BREAK_ALLOWED, BREAK_REQUIRED, breakOpportunities } from '../text/break-opportunities';
import { isCjkScript } from '../text/scripts';
import { itemize, type Item, type MissingCharacter, type StyledSpan } from './itemize';

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
}

export interface SetParagraph {
  direction: 'ltr' | 'rtl';
  lang: string;
  lines: SetLine[];
  height: number;
}

export interface ParagraphContext {
  fonts: FontSet;
  shaper: Shaper;
  /** Characters no font covers are appended here. */
  missing: MissingCharacter[];
}

interface ShapedItem extends Item {
  glyphs: ShapedGlyphs;
  scale: number; // points per font unit
  size: number;
  edges?: Int32Array;
}

const EPSILON = 0.001;
/** A tag (a small label such as "中文") is set at this fraction of the text's size, in white. */
export const TAG_SCALE = 0.72;
const TAG_INK: Rgb = [1, 1, 1];
/** A muted span (the Chinese under a translation) is a little smaller, in grey. */
export const MUTED_SCALE = 0.9;
const MUTED_SPAN_INK: Rgb = [0.38, 0.4, 0.44];

// Per-paragraph working arrays, reused (allocating typed arrays is slow) and cleared.
let scratchPrefix = new Float64Array(1024);
let scratchClusterStart = new Uint8Array(1024);
let scratchUnsafe = new Uint8Array(1024);
function scratch(size: number): { prefix: Float64Array; clusterStart: Uint8Array; unsafe: Uint8Array } {
  if (scratchPrefix.length < size) {
    const capacity = Math.max(size, scratchPrefix.length * 2);
    scratchPrefix = new Float64Array(capacity);
    scratchClusterStart = new Uint8Array(capacity);
    scratchUnsafe = new Uint8Array(capacity);
  } else {
    scratchPrefix.fill(0, 0, size);
    scratchClusterStart.fill(0, 0, size);
    scratchUnsafe.fill(0, 0, size);
  }
  return { prefix: scratchPrefix, clusterStart: scratchClusterStart, unsafe: scratchUnsafe };
}

function isBreakSpace(cp: number): boolean {
  return cp === 0x20 || cp === 0x3000 || cp === 0x09 || cp === 0x0a || cp === 0x0d || cp === 0x2028 || cp === 0x2029;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isBreakSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

export function typesetParagraph(
  ctx: ParagraphContext,
  spans: readonly StyledSpan[],
  direction: 'ltr' | 'rtl',
  lang: string,
  style: ParagraphStyle,
  boxWidth: number,
  /** The measure lines are broken at, when narrower than the box they are aligned in. */
  measure = boxWidth,
): SetParagraph {
  const width = Math.min(measure, boxWidth);
  const text = spans.length === 1 ? spans[0]!.text : spans.map((s) => s.text).join('');
  const n = text.length;
  ctx.shaper.beginParagraph();
  const { levels, baseLevel } = resolveLevels(text, direction);
  const items = itemize(text, spans, levels, ctx.fonts, ctx.missing);
  const shaped: ShapedItem[] = new Array(items.length);
  for (let k = 0; k < items.length; k++) {
    const item = items[k] as ShapedItem;
    item.size = style.size * item.font.sizeAdjust * (item.mark === 'tag' ? TAG_SCALE : item.mark === 'muted' ? MUTED_SCALE : 1);
    item.scale = item.size / item.font.upem;
    const rtl = (item.level & 1) === 1;
    item.glyphs =
      items.length === 1
        ? ctx.shaper.shape(item.font, text, 0, n, rtl, item.script, item.lang)
        : ctx.shaper.shape(item.font, text.slice(item.start, item.end), 0, item.end - item.start, rtl, item.script, item.lang);
    shaped[k] = item;
  }

  // Advance of every cluster, attributed to the cluster's first code unit, as prefix sums.
  const { prefix, clusterStart, unsafe } = scratch(n + 1);
  clusterStart[n] = 1;
  for (const item of shaped) {
    const { clusters, xAdvance, flags } = item.glyphs;
    clusterStart[item.start] = 1;
    for (let g = 0; g < clusters.length; g++) {
      const at = item.start + clusters[g]!;
      prefix[at + 1]! += xAdvance[g]! * item.scale;
      clusterStart[at] = 1;
      if (flags[g]! & HB_GLYPH_FLAG_UNSAFE_TO_BREAK && at !== item.start) unsafe[at] = 1;
    }
  }
  for (let i = 0; i < n; i++) prefix[i + 1]! += prefix[i]!;

  const breaks = breakOpportunities(text);
  const lines: SetLine[] = [];

  let start = 0;
  while (start < n) {
    // Greedy: the furthest break opportunity whose text fits, by the shaped widths.
    const candidates: number[] = [];
    for (let p = start + 1; p <= n; p++) {
      const kind = breaks[p]!;
      if (kind !== BREAK_ALLOWED && kind !== BREAK_REQUIRED) continue;
      if (prefix[trimEnd(text, start, p)]! - prefix[start]! > width + EPSILON) break;
      candidates.push(p);
      if (kind === BREAK_REQUIRED) break;
    }
    let line: SetLine | undefined;
    let next = n;
    // Reshaping at an unsafe edge can change the width a little: verify, back off if needed.
    while (candidates.length > 0) {
      const p = candidates[candidates.length - 1]!;
      const built = buildLine(ctx, text, shaped, baseLevel, start, p, style, boxWidth, breaks[p] === BREAK_REQUIRED, unsafe);
      if (built.width <= width + EPSILON) {
        line = built;
        next = p;
        break;
      }
      candidates.pop();
    }
    if (!line) {
      // Not even one word fits (a long URL, a narrow cell): break inside it at the last
      // cluster boundary that fits, keeping at least one cluster on the line.
      let q = start + 1;
      while (q < n && !clusterStart[q]) q++;
      for (let p = q + 1; p <= n; p++) {
        if (!clusterStart[p]) continue;
        if (prefix[trimEnd(text, start, p)]! - prefix[start]! > width + EPSILON) break;
        q = p;
      }
      line = buildLine(ctx, text, shaped, baseLevel, start, q, style, boxWidth, q === n, unsafe);
      next = q;
      while (next < n && isBreakSpace(text.charCodeAt(next)) && breaks[next] !== BREAK_REQUIRED) next++;
    }
    lines.push(line);
    start = next;
  }
  if (lines.length === 0) lines.push(buildLine(ctx, text, shaped, baseLevel, 0, 0, style, boxWidth, true, unsafe));

  let height = 0;
  for (const line of lines) height += line.height;
  return { direction, lang, lines, height };
}

/**
 * For an item's glyphs: edge[k] = how many glyphs (in array order) come before the
 * boundary at cluster offset k. LTR glyphs ascend by cluster, RTL ones descend, so the
 * glyphs of [lo, hi) are [edge[lo], edge[hi]) or [edge[hi], edge[lo]).
 */
function glyphEdges(item: ShapedItem): Int32Array {
  if (item.edges) return item.edges;
  const length = item.end - item.start;
  const clusters = item.glyphs.clusters;
  const count = clusters.length;
  const edges = new Int32Array(length + 1);
  const rtl = (item.level & 1) === 1;
  let g = 0;
  if (!rtl) {
    for (let k = 0; k <= length; k++) {
      while (g < count && clusters[g]! < k) g++;
      edges[k] = g;
    }
  } else {
    for (let k = length; k >= 0; k--) {
      while (g < count && clusters[g]! >= k) g++;
      edges[k] = g;
    }
  }
  item.edges = edges;
  return edges;
}

/**
 * The glyphs of `item` for the source range [a, b): a range of the item's own glyphs, or
 * the range reshaped on its own when a break there is unsafe (a contextual form would
 * differ). Sets piece.glyphs/from/to/clusterBase.
 */
function takeGlyphs(ctx: ParagraphContext, text: string, p: LinePiece, unsafe: Uint8Array): void {
  const { item, start: a, end: b } = p;
  if (a === item.start && b === item.end) {
    p.glyphs = item.glyphs;
    p.from = 0;
    p.to = item.glyphs.gids.length;
    p.clusterBase = 0;
    return;
  }
  const edgesSafe = (a === item.start || !unsafe[a]) && (b === item.end || !unsafe[b]);
  if (!edgesSafe) {
    const itemText = text.slice(item.start, item.end);
    p.glyphs = ctx.shaper.shape(item.font, itemText, a - item.start, b - item.start, (item.level & 1) === 1, item.script, item.lang);
    p.from = 0;
    p.to = p.glyphs.gids.length;
    p.clusterBase = 0;
    return;
  }
  const lo = a - item.start;
  const hi = b - item.start;
  const edges = glyphEdges(item);
  const rtl = (item.level & 1) === 1;
  p.glyphs = item.glyphs;
  p.from = rtl ? edges[hi]! : edges[lo]!;
  p.to = rtl ? edges[lo]! : edges[hi]!;
  p.clusterBase = lo;
}

interface LinePiece {
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

function buildLine(
  ctx: ParagraphContext,
  text: string,
  items: ShapedItem[],
  baseLevel: number,
  start: number,
  rawEnd: number,
  style: ParagraphStyle,
  boxWidth: number,
  lastLine: boolean,
  unsafe: Uint8Array,
): SetLine {
  const end = trimEnd(text, start, rawEnd);
  const pieces: LinePiece[] = [];
  for (const item of items) {
    if (item.end <= start || item.start >= end) continue;
    const a = Math.max(start, item.start);
    const b = Math.min(end, item.end);
    const p: LinePiece = { item, start: a, end: b, glyphs: item.glyphs, from: 0, to: 0, clusterBase: 0, width: 0 };
    takeGlyphs(ctx, text, p, unsafe);
    const xAdvance = p.glyphs.xAdvance;
    let w = 0;
    for (let g = p.from; g < p.to; g++) w += xAdvance[g]!;
    p.width = w * item.scale;
    pieces.push(p);
  }
  const order = visualOrder(pieces.map((p) => p.item.level));
  let natural = 0;
  for (const p of pieces) natural += p.width;

  // Justification: stretch spaces, and gaps between CJK characters.
  const justify = style.align === 'justify' && !lastLine && natural < boxWidth;
  let stretch = 0;
  if (justify) {
    let opportunities = 0;
    for (const p of pieces) opportunities += countStretchable(text, p);
    if (opportunities > 0) stretch = (boxWidth - natural) / opportunities;
  }

  let ascent = 0;
  let descent = 0;
  const runs: GlyphRun[] = [];
  let pen = 0;
  for (const index of order) {
    const p = pieces[index]!;
    const run = placeRun(text, p, stretch, style.color);
    run.x = pen;
    pen += runWidth(run);
    runs.push(run);
    ascent = Math.max(ascent, p.item.size * p.item.font.ascent);
    descent = Math.max(descent, p.item.size * p.item.font.descent);
  }
  if (pieces.length === 0) {
    ascent = style.size * 0.9;
    descent = style.size * 0.3;
  }
  const width = pen;
  const content = ascent + descent;
  const height = Math.max(style.leading, content);
  const baseline = (height - content) / 2 + ascent;

  // Alignment within the box.
  const rtl = baseLevel === 1;
  let shift = 0;
  const align = style.align === 'justify' ? 'start' : style.align;
  if (align === 'center') shift = (boxWidth - width) / 2;
  else if ((align === 'start') === rtl) shift = boxWidth - width;
  if (shift) for (const run of runs) run.x += shift;
  return { start, end, width, height, baseline, runs, text: text.slice(start, end) };
}

function runWidth(run: GlyphRun): number {
  let w = 0;
  for (const g of run.glyphs) w += g.advance;
  return w;
}

function isStretchableSpace(cp: number): boolean {
  return cp === 0x20 || cp === 0xa0 || cp === 0x3000;
}

/** Spaces, and each CJK character but the piece's last, can take extra width. */
function countStretchable(text: string, p: LinePiece): number {
  let count = 0;
  const cjk = isCjkScript(p.item.script);
  for (let i = p.start; i < p.end; i++) {
    const cp = text.charCodeAt(i);
    if (isStretchableSpace(cp)) count++;
    else if (cjk && i < p.end - 1 && (cp & 0xfc00) !== 0xdc00) count++;
  }
  return count;
}

/**
 * Turns one piece into a GlyphRun: positions in points, and each glyph's text: the first
 * glyph of a cluster (in visual order) carries the cluster's characters, the others ''.
 */
function placeRun(text: string, p: LinePiece, stretch: number, color: Rgb): GlyphRun {
  const { gids, clusters, xAdvance, xOffset, yOffset } = p.glyphs;
  const { from, to, clusterBase } = p;
  const count = to - from;
  const scale = p.item.scale;
  const rtl = (p.item.level & 1) === 1;
  const cjk = stretch !== 0 && isCjkScript(p.item.script);
  const base = p.start - clusterBase; // text index of cluster value 0
  const limit = p.end;
  // End of each glyph's cluster: the cluster that follows it in logical order. Clusters
  // ascend in visual order for LTR and descend for RTL.
  if (scratchClusterEnd.length < count) scratchClusterEnd = new Int32Array(Math.max(count, scratchClusterEnd.length * 2));
  const clusterEnd = scratchClusterEnd;
  if (!rtl) {
    let next = limit;
    for (let v = to - 1; v >= from; v--) {
      clusterEnd[v - from] = next;
      if (v > from && clusters[v - 1] !== clusters[v]) next = base + clusters[v]!;
    }
  } else {
    let next = limit;
    for (let v = from; v < to; v++) {
      clusterEnd[v - from] = next;
      if (v + 1 < to && clusters[v + 1] !== clusters[v]) next = base + clusters[v]!;
    }
  }
  const glyphs: PositionedGlyph[] = new Array(count);
  let pen = 0;
  for (let v = from; v < to; v++) {
    const cluster = clusters[v]!;
    const first = v === from || clusters[v - 1] !== cluster;
    const at = base + cluster;
    const end = clusterEnd[v - from]!;
    let advance = xAdvance[v]! * scale;
    const chars = first ? (end - at === 1 ? charString(text.charCodeAt(at)) : text.slice(at, end)) : '';
    if (stretch !== 0 && first) {
      const cp = text.charCodeAt(at);
      if (isStretchableSpace(cp)) advance += stretch;
      else if (cjk && end < limit) advance += stretch;
    }
    glyphs[v - from] = { gid: gids[v]!, x: pen + xOffset[v]! * scale, y: yOffset[v]! * scale, advance, chars };
    pen += advance;
  }
  const run: GlyphRun = {
    font: p.item.font.key,
    size: p.item.size,
    color: p.item.mark === 'tag' ? TAG_INK : p.item.mark === 'muted' ? MUTED_SPAN_INK : color,
    direction: rtl ? 'rtl' : 'ltr',
    text: text.slice(p.start, p.end),
    x: 0,
    y: 0,
    glyphs,
    lang: p.item.lang,
  };
  if (p.item.mark) run.mark = p.item.mark;
  return run;
}

let scratchClusterEnd = new Int32Array(256);

// One string per BMP code unit, shared by every glyph that stands for it.
const CHAR_STRINGS: (string | undefined)[] = new Array(0x10000);
function charString(code: number): string {
  return (CHAR_STRINGS[code] ??= String.fromCharCode(code));
}
