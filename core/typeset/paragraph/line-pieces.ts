// Runs anywhere (core): the glyphs of one line: for each item it touches, the item's own
// glyphs for that range, or the range reshaped on its own where breaking is unsafe (a
// contextual form would differ). The break stage measures lines with these; the place
// stage draws them.
import type { LinePiece, ParagraphJob, ShapedItem } from './paragraph-job';

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

function takeGlyphs(job: ParagraphJob, p: LinePiece): void {
  const { item, start: a, end: b } = p;
  const unsafe = job.unsafe;
  if (a === item.start && b === item.end) {
    p.glyphs = item.glyphs;
    p.from = 0;
    p.to = item.glyphs.gids.length;
    p.clusterBase = 0;
    return;
  }
  const edgesSafe = (a === item.start || !unsafe[a]) && (b === item.end || !unsafe[b]);
  if (!edgesSafe) {
    const itemText = job.text.slice(item.start, item.end);
    p.glyphs = job.shaper.shape(item.font, itemText, a - item.start, b - item.start, (item.level & 1) === 1, item.script, item.lang);
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

/** The pieces of [start, end) in logical order, each with its shaped width in points. */
export function linePieces(job: ParagraphJob, start: number, end: number): LinePiece[] {
  const pieces: LinePiece[] = [];
  const squeeze = job.squeeze;
  for (const item of job.items) {
    if (item.end <= start || item.start >= end) continue;
    const a = Math.max(start, item.start);
    const b = Math.min(end, item.end);
    const p: LinePiece = { item, start: a, end: b, glyphs: item.glyphs, from: 0, to: 0, clusterBase: 0, width: 0 };
    takeGlyphs(job, p);
    const xAdvance = p.glyphs.xAdvance;
    let w = 0;
    for (let g = p.from; g < p.to; g++) w += xAdvance[g]!;
    let squeezed = 0;
    for (let i = a; i < b; i++) squeezed += squeeze[i]!;
    p.width = w * item.scale - squeezed;
    pieces.push(p);
  }
  return pieces;
}

export function piecesWidth(pieces: readonly LinePiece[]): number {
  let w = 0;
  for (const p of pieces) w += p.width;
  return w;
}
