// Runs anywhere (core): the break stage for ragged text: first fit. Each line takes the
// furthest break opportunity whose text fits, by the shaped widths; a reshaped edge is
// verified and the line backs off if it grew. A word longer than the measure is broken
// at the last cluster boundary that fits.
import { BREAK_ALLOWED, BREAK_REQUIRED } from '../text/break-opportunities';
import { edgeSqueeze } from './compress';
import { linePieces, piecesWidth } from './line-pieces';
import { EPSILON, isBreakSpace, trimEnd, type LineBreak, type ParagraphJob } from './paragraph-job';

/** Width of [start, end) by the prefix sums, trailing spaces and edge compression excluded. */
export function naturalWidth(job: ParagraphJob, start: number, end: number): number {
  const te = trimEnd(job.text, start, end);
  return job.prefix[te]! - job.prefix[start]! - edgeSqueeze(job, start, te);
}

export function measuredLine(job: ParagraphJob, start: number, end: number, last: boolean, hyphen: boolean): { line: LineBreak; width: number } {
  const te = trimEnd(job.text, start, end);
  const pieces = linePieces(job, start, te);
  const width = piecesWidth(pieces) - edgeSqueeze(job, start, te);
  return { line: { start, end, last, hyphen, pieces }, width };
}

export function greedyBreaks(job: ParagraphJob): LineBreak[] {
  const { text, breaks, measure } = job;
  const n = text.length;
  const lines: LineBreak[] = [];
  let start = 0;
  while (start < n) {
    const candidates: number[] = [];
    for (let p = start + 1; p <= n; p++) {
      const kind = breaks[p]!;
      if (kind !== BREAK_ALLOWED && kind !== BREAK_REQUIRED) continue;
      if (naturalWidth(job, start, p) > measure + EPSILON) break;
      candidates.push(p);
      if (kind === BREAK_REQUIRED) break;
    }
    let line: LineBreak | undefined;
    // Reshaping at an unsafe edge can change the width a little: verify, back off if needed.
    while (candidates.length > 0) {
      const p = candidates[candidates.length - 1]!;
      const measured = measuredLine(job, start, p, breaks[p] === BREAK_REQUIRED, false);
      if (measured.width <= measure + EPSILON) {
        line = measured.line;
        break;
      }
      candidates.pop();
    }
    if (!line) line = overlongWord(job, start);
    lines.push(line);
    start = line.end;
  }
  return lines;
}

/**
 * Not even one word fits (a long URL, a narrow cell): break inside it at the last
 * cluster boundary that fits, keeping at least one cluster on the line.
 */
export function overlongWord(job: ParagraphJob, start: number): LineBreak {
  const { text, clusterStart, prefix, breaks, measure } = job;
  const n = text.length;
  let q = start + 1;
  while (q < n && !clusterStart[q]) q++;
  for (let p = q + 1; p <= n; p++) {
    if (!clusterStart[p]) continue;
    if (prefix[trimEnd(text, start, p)]! - prefix[start]! > measure + EPSILON) break;
    q = p;
  }
  let next = q;
  while (next < n && isBreakSpace(text.charCodeAt(next)) && breaks[next] !== BREAK_REQUIRED) next++;
  // The text [q, next) is spaces only: the line ends at q as far as its glyphs go.
  return { ...measuredLine(job, start, q, q === n, false).line, end: next };
}
