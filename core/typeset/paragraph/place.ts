// Runs anywhere (core): the place stage. A line's pieces are put in visual order (UAX #9
// L2), each becomes a GlyphRun positioned in points, with every glyph's share of the
// source text, and the line is aligned in its box.
import type { GlyphRun, PositionedGlyph, Rgb } from '../laid-out-document';
import { visualOrder } from '../text/bidi';
import { isCjkScript } from '../text/scripts';
import type { Justification } from './justify';
import { isOpeningPunctuation, type LineEdges } from './compress';
import { hyphenGlyph } from './hyphenate';
import { tatweelGlyph } from './kashida';
import {
  isStretchableSpace,
  MUTED_SPAN_INK,
  TAG_INK,
  trimEnd,
  type LineBreak,
  type LinePiece,
  type ParagraphJob,
  type SetLine,
} from './paragraph-job';

export function placeLine(job: ParagraphJob, line: LineBreak, pieces: readonly LinePiece[], justification: Justification, edges: LineEdges): SetLine {
  const { text, request } = job;
  const style = request.style;
  const boxWidth = request.width;
  const start = line.start;
  const end = trimEnd(text, start, line.end);
  const order = visualOrder(pieces.map((p) => p.item.level));
  // A hyphenated line draws its hyphen after the piece that ends it (logically last).
  const hyphenAfter = line.hyphen && pieces.length > 0 ? pieces.length - 1 : -1;
  let ascent = 0;
  let descent = 0;
  const runs: GlyphRun[] = [];
  let pen = 0;
  for (const index of order) {
    const p = pieces[index]!;
    const run = placeRun(job, p, justification, edges, style.color);
    if (index === hyphenAfter) appendHyphen(job, p, run);
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
  const rtl = job.baseLevel === 1;
  let shift = 0;
  const align = style.align === 'justify' ? 'start' : style.align;
  if (align === 'center') shift = (boxWidth - width) / 2;
  else if ((align === 'start') === rtl) shift = boxWidth - width;
  if (shift) for (const run of runs) run.x += shift;
  const set: SetLine = { start, end, width, height, baseline, runs, text: line.hyphen ? `${text.slice(start, end)}-` : text.slice(start, end) };
  if (line.hyphen) set.hyphenated = true;
  return set;
}

/**
 * The hyphen at a hyphenated line's end: a real glyph standing for "-" (U+002D), so a
 * reader copies "consul-" + "tation" as printed and joins the word as it joins any
 * hyphen at a line's end; flagged `inserted` so a writer can tell it from the text's own.
 */
function appendHyphen(job: ParagraphJob, p: LinePiece, run: GlyphRun): void {
  if (run.direction !== 'ltr') return;
  const glyph = hyphenGlyph(job, p.item);
  const x = runWidth(run);
  run.glyphs.push({ gid: glyph.gid, x, y: 0, advance: glyph.advance * p.item.scale, chars: '-', inserted: 'hyphen' });
  run.text += '-';
}

function runWidth(run: GlyphRun): number {
  let w = 0;
  for (const g of run.glyphs) w += g.advance;
  return w;
}

let scratchClusterEnd = new Int32Array(256);

/**
 * Turns one piece into a GlyphRun: positions in points, and each glyph's text: the first
 * glyph of a cluster (in visual order) carries the cluster's characters, the others ''.
 */
function placeRun(job: ParagraphJob, p: LinePiece, justification: Justification, edges: LineEdges, color: Rgb): GlyphRun {
  const text = job.text;
  const squeeze = job.squeeze;
  const { gids, clusters, xAdvance, xOffset, yOffset } = p.glyphs;
  const { from, to, clusterBase } = p;
  const count = to - from;
  const scale = p.item.scale;
  const rtl = (p.item.level & 1) === 1;
  const spaceStretch = justification.space;
  const cjkStretch = isCjkScript(p.item.script) ? justification.cjk : 0;
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
  const glyphs: PositionedGlyph[] = [];
  const kashida = rtl ? justification.kashida : undefined;
  let pen = 0;
  for (let v = from; v < to; v++) {
    const cluster = clusters[v]!;
    const first = v === from || clusters[v - 1] !== cluster;
    // Between two clusters of an RTL run, the one on the left starts at text index
    // base + clusters[v - 1]: a kashida "before" that index goes here.
    if (kashida && v > from && first) {
      const length = kashida.get(base + clusters[v - 1]!);
      if (length) pen = drawKashida(job, p, glyphs, pen, length);
    }
    const at = base + cluster;
    const end = clusterEnd[v - from]!;
    let advance = xAdvance[v]! * scale;
    let shift = 0;
    const chars = first ? (end - at === 1 ? charString(text.charCodeAt(at)) : text.slice(at, end)) : '';
    if (first) {
      const cp = text.charCodeAt(at);
      let cut = squeeze[at]!;
      if (at === edges.startIndex) cut += edges.startSqueeze;
      if (at === edges.endIndex) cut += edges.endSqueeze;
      if (cut) {
        // An opening mark's blank half is on its left: the ink moves left with the cut.
        advance -= cut;
        if (isOpeningPunctuation(cp)) shift = -cut;
      }
      if (isStretchableSpace(cp)) advance += spaceStretch;
      else if (cjkStretch !== 0 && end < limit) advance += cjkStretch;
    }
    glyphs.push({ gid: gids[v]!, x: pen + shift + xOffset[v]! * scale, y: yOffset[v]! * scale, advance, chars });
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

/**
 * Tatweels filling `length` points from `pen`: as many as it takes, overlapping evenly so
 * the first starts at pen and the last ends at pen + length (a stroke on the baseline
 * looks the same however it is split). They stand for no text: chars '' and `inserted`.
 */
function drawKashida(job: ParagraphJob, p: LinePiece, glyphs: PositionedGlyph[], pen: number, length: number): number {
  const tatweel = tatweelGlyph(job, p.item.font);
  const advance = tatweel.advance * p.item.scale;
  const count = Math.max(1, Math.ceil(length / advance));
  if (count === 1) {
    // Shorter than one tatweel: centred on the gap, its ends inside the joining strokes.
    glyphs.push({ gid: tatweel.gid, x: pen - (advance - length) / 2, y: 0, advance: length, chars: '', inserted: 'kashida' });
    return pen + length;
  }
  const step = (length - advance) / (count - 1);
  for (let k = 0; k < count; k++) {
    glyphs.push({ gid: tatweel.gid, x: pen, y: 0, advance: k === count - 1 ? advance : step, chars: '', inserted: 'kashida' });
    pen += k === count - 1 ? advance : step;
  }
  return pen;
}

// One string per BMP code unit, shared by every glyph that stands for it.
const CHAR_STRINGS: (string | undefined)[] = new Array(0x10000);
function charString(code: number): string {
  return (CHAR_STRINGS[code] ??= String.fromCharCode(code));
}
