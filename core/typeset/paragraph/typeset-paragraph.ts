// Runs anywhere (core): one paragraph from styled text to positioned lines, in stages
// over one job (paragraph-job.ts):
//   itemize   bidi levels (UAX #9) → items of one level, script, font and language
//   shape     each item through HarfBuzz → prefix widths; Chinese punctuation compression
//   break     break opportunities (UAX #14 + kinsoku) → lines: total fit for justified
//             text, first fit for ragged text
//   justify   widen a justified line to its box
//   place     reorder each line's pieces visually (UAX #9 L2) and position the glyphs,
//             each with its share of the source text
import { resolveLevels } from '../text/bidi';
import { breakOpportunities } from '../text/break-opportunities';
import { greedyBreaks } from './break-greedy';
import { compressPunctuation, lineEdges } from './compress';
import { itemize } from './itemize';
import { justifyLine } from './justify';
import { linePieces, piecesWidth } from './line-pieces';
import { placeLine } from './place';
import { shapeItems, accumulateWidths } from './shape';
import {
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
  return {
    ...ctx,
    request,
    text,
    measure: Math.min(request.measure ?? request.width, request.width),
    baseLevel,
    items,
    ...scratchArrays(text.length),
    breaks: breakOpportunities(text),
  };
}

function breakStage(job: ParagraphJob): LineBreak[] {
  return greedyBreaks(job);
}

/** Justify and place one line. */
function finishLine(job: ParagraphJob, line: LineBreak): SetLine {
  const end = trimEnd(job.text, line.start, line.end);
  const pieces = line.pieces ?? linePieces(job, line.start, end);
  const edges = lineEdges(job, line.start, end);
  const natural = piecesWidth(pieces) - edges.startSqueeze - edges.endSqueeze;
  return placeLine(job, line, pieces, justifyLine(job, pieces, natural, line.last), edges);
}
