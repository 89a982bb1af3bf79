// Runs anywhere (core): the place stage. A line's pieces are put in visual order (UAX #9
// L2), each becomes a GlyphRun positioned in points, with every glyph's share of the
// source text, and the line is aligned in its box.
import type { GlyphRun, PositionedGlyph, Rgb } from '../laid-out-document';
import { visualOrder } from '../text/bidi';
import { isCjkScript } from '../text/scripts';
import type { Justification } from './justify';
import { isOpeningPunctuation, type LineEdges } from './compress';
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
  let ascent = 0;
  let descent = 0;
  const runs: GlyphRun[] = [];
  let pen = 0;
  for (const index of order) {
    const p = pieces[index]!;
    const run = placeRun(job, p, justification, edges, style.color);
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
  const set: SetLine = { start, end, width, height, baseline, runs, text: text.slice(start, end) };
  if (line.hyphen) set.hyphenated = true;
  return set;
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
  const glyphs: PositionedGlyph[] = new Array(count);
  let pen = 0;
  for (let v = from; v < to; v++) {
    const cluster = clusters[v]!;
    const first = v === from || clusters[v - 1] !== cluster;
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
    glyphs[v - from] = { gid: gids[v]!, x: pen + shift + xOffset[v]! * scale, y: yOffset[v]! * scale, advance, chars };
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

// One string per BMP code unit, shared by every glyph that stands for it.
const CHAR_STRINGS: (string | undefined)[] = new Array(0x10000);
function charString(code: number): string {
  return (CHAR_STRINGS[code] ??= String.fromCharCode(code));
}
