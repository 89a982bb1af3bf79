// Runs anywhere (core): one paragraph from styled text to positioned lines, in stages
// over one job (paragraph-job.ts):
//   itemize   bidi levels (UAX #9) → items of one level, script, font and language
//   shape     each item through HarfBuzz → prefix widths; Chinese punctuation compression
//   break     break opportunities (UAX #14 + kinsoku) → lines: total fit for justified
//             text set in words (with hyphenation points and kashida places marked when
//             it needs them), first fit for ragged and for Chinese text
//   justify   widen a justified line to its box (spaces, Chinese gaps, kashida)
//   place     reorder each line's pieces visually (UAX #9 L2) and position the glyphs,
//             each with its share of the source text
import { resolveLevels } from '../text/bidi';
import { breakOpportunities } from '../text/break-opportunities';
import { isCjkScript } from '../text/scripts';
import { greedyBreaks, measuredLine } from './break-greedy';
import { FLEX, INFINITE_BADNESS, totalFitBreaks, hyphenWidth } from './break-total-fit';
import { markHyphens, mayHyphenate } from './hyphenate';
import { markKashida, mayUseKashida } from './kashida';
import { compressPunctuation, lineEdges } from './compress';
import { itemize } from './itemize';
import { justifyLine } from './justify';
import { linePieces, piecesWidth } from './line-pieces';
import { placeLine } from './place';
import { shapeItems, accumulateWidths } from './shape';
import {
  EPSILON,
  isStretchableSpace,
  scratchArrays,
  trimEnd,
  type LineBreak,
  type ParagraphContext,
  type ParagraphJob,
  type ParagraphRequest,
  type SetLine,
  type SetParagraph,
  type ShapedItem,
} from './paragraph-job';

export type { ParagraphContext, ParagraphRequest, ParagraphStyle, SetLine, SetParagraph } from './paragraph-job';
export { MUTED_SCALE, TAG_SCALE } from './paragraph-job';

export function typesetParagraph(ctx: ParagraphContext, request: ParagraphRequest): SetParagraph {
  const job = itemizeStage(ctx, request);
  shapeItems(job);
  compressPunctuation(job);
  accumulateWidths(job);
  const breaks = breakStage(job);
  const lines: SetLine[] = breaks.map((line) => finishLine(job, line));
  if (lines.length === 0) lines.push(finishLine(job, { start: 0, end: 0, last: true, hyphen: false }));
  let height = 0;
  for (const line of lines) height += line.height;
  return { direction: request.direction, lang: request.lang, lines, height };
}

function itemizeStage(ctx: ParagraphContext, request: ParagraphRequest): ParagraphJob {
  const { spans } = request;
  const text = spans.length === 1 ? spans[0]!.text : spans.map((s) => s.text).join('');
  ctx.shaper.beginParagraph();
  const { levels, baseLevel } = resolveLevels(text, request.direction);
  const items = itemize(text, spans, levels, ctx.fonts, ctx.missing) as ShapedItem[];
  const scratch = scratchArrays(text.length);
  // Written out, not spread: V8 copies an object holding typed arrays through a slow path
  // (about 25 µs a paragraph, a sixth of the layout time), and one literal gives every
  // job the same shape.
  return {
    fonts: ctx.fonts,
    shaper: ctx.shaper,
    missing: ctx.missing,
    typography: ctx.typography,
    request,
    text,
    measure: Math.min(request.measure ?? request.width, request.width),
    baseLevel,
    items,
    prefix: scratch.prefix,
    clusterStart: scratch.clusterStart,
    unsafe: scratch.unsafe,
    squeeze: scratch.squeeze,
    edge: scratch.edge,
    hyphens: scratch.hyphens,
    kashida: scratch.kashida,
    breaks: breakOpportunities(text),
  };
}

/** TeX's \pretolerance and \tolerance: the first try is without hyphens, and stricter. */
const FIRST_TOLERANCE = 100;
const SECOND_TOLERANCE = 400;

/**
 * Ragged text: first fit. Justified text: total fit without hyphens, then with them (if
 * the language has patterns and the block allows), then accepting any lines that fit;
 * a paragraph that cannot fit at all (a word wider than the measure) falls back to first
 * fit, which breaks inside the word.
 */
function breakStage(job: ParagraphJob): LineBreak[] {
  const typography = job.typography ?? { hyphenate: true, totalFit: true };
  if (job.request.style.align !== 'justify' || !typography.totalFit || mostlyIdeographic(job)) return greedyBreaks(job);
  if (mayUseKashida(job)) markKashida(job);
  let lines = totalFitBreaks(job, FIRST_TOLERANCE, false);
  const hyphenate = !lines && typography.hyphenate && mayHyphenate(job) && markHyphens(job) > 0;
  if (!lines && hyphenate) lines = totalFitBreaks(job, SECOND_TOLERANCE, true);
  if (!lines) lines = totalFitBreaks(job, INFINITE_BADNESS, hyphenate);
  return (lines && measured(job, lines)) ?? greedyBreaks(job);
}

/**
 * Chinese (and Japanese) text: every character is a break opportunity and every gap
 * stretches alike, so first fit already sets even lines (clreq's practice); total fit
 * would weigh a break at every character against every other for nothing.
 */
function mostlyIdeographic(job: ParagraphJob): boolean {
  let cjk = 0;
  for (const item of job.items) if (isCjkScript(item.script)) cjk += item.end - item.start;
  return cjk * 2 > job.text.length;
}

/**
 * Takes each line's glyphs (reshaped where a break is unsafe) and checks that it still
 * fits once its spaces narrow as far as they may; undefined if one does not.
 */
function measured(job: ParagraphJob, lines: LineBreak[]): LineBreak[] | undefined {
  for (const line of lines) {
    const { line: withPieces, width } = measuredLine(job, line.start, line.end, line.last, line.hyphen);
    line.pieces = withPieces.pieces!;
    let natural = width + (line.hyphen ? hyphenWidth(job, line.end) : 0);
    if (natural > job.request.width + EPSILON) {
      let spaces = 0;
      const end = trimEnd(job.text, line.start, line.end);
      for (let i = line.start; i < end; i++) if (isStretchableSpace(job.text.charCodeAt(i))) spaces += job.prefix[i + 1]! - job.prefix[i]!;
      natural -= spaces * FLEX.spaceShrink;
      if (natural > job.request.width + EPSILON) return undefined;
    }
  }
  return lines;
}

/** Justify and place one line. */
function finishLine(job: ParagraphJob, line: LineBreak): SetLine {
  const end = line.hyphen ? line.end : trimEnd(job.text, line.start, line.end);
  const pieces = line.pieces ?? linePieces(job, line.start, end);
  const edges = lineEdges(job, line.start, end);
  const natural = piecesWidth(pieces) - edges.startSqueeze - edges.endSqueeze + (line.hyphen ? hyphenWidth(job, line.end) : 0);
  return placeLine(job, line, pieces, justifyLine(job, line, pieces, natural), edges);
}
