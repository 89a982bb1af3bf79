// Runs anywhere (core): Chinese punctuation compression (clreq §3.1.6, JIS X 4051 §4).
// A full-width stop, comma or bracket draws its ink in one half of its em and leaves the
// other half blank. Where two such marks meet (」（, 。」, （「) one blank half goes, so
// the pair takes an em and a half; at a line's end a closing mark loses its blank half,
// at a line's start an opening one does, and the line is filled with the space saved.
import { isCjkScript } from '../text/scripts';
import type { ParagraphJob } from './paragraph-job';

/** Ink in the left half: stops, commas and closing brackets and quotes (Simplified Chinese forms). */
const CLOSING = new Set(Array.from('。，、．」』）》〉】〕〗｝］”’').map((c) => c.charCodeAt(0)));
/** Ink in the right half: opening brackets and quotes. */
const OPENING = new Set(Array.from('「『（《〈【〔〖｛［“‘').map((c) => c.charCodeAt(0)));

export function isOpeningPunctuation(cp: number): boolean {
  return OPENING.has(cp);
}
export function isClosingPunctuation(cp: number): boolean {
  return CLOSING.has(cp);
}

/**
 * Fills job.squeeze for adjacent pairs and job.edge with what a mark may lose at a line
 * edge. Runs after shaping, before the widths are summed (prefix[i + 1] still holds the
 * advance of the cluster at i).
 */
export function compressPunctuation(job: ParagraphJob): void {
  const { text, prefix, squeeze, edge } = job;
  for (const item of job.items) {
    if (!isCjkScript(item.script)) continue;
    const fullWidth = item.size * 0.9;
    let previous = -1; // index of the previous full-width mark, if it is just before
    for (let i = item.start; i < item.end; i++) {
      const cp = text.charCodeAt(i);
      const opening = OPENING.has(cp);
      const closing = !opening && CLOSING.has(cp);
      if ((!opening && !closing) || prefix[i + 1]! < fullWidth) {
        previous = -1;
        continue;
      }
      const half = prefix[i + 1]! / 2;
      edge[i] = half;
      if (previous === i - 1) {
        const before = text.charCodeAt(previous);
        // Closing then anything: the closing mark's right blank goes. Opening then
        // opening: the second one's left blank goes.
        if (CLOSING.has(before)) squeeze[previous] = prefix[previous + 1]! / 2;
        else if (opening) squeeze[i] = half;
      }
      previous = i;
    }
  }
}

/** Per line: the mark that loses half its em at the line's start or end (index -1: none). */
export interface LineEdges {
  startIndex: number;
  startSqueeze: number;
  endIndex: number;
  endSqueeze: number;
}

function squeezesAtStart(job: ParagraphJob, start: number, end: number): boolean {
  return end > start && job.edge[start]! > 0 && job.squeeze[start] === 0 && OPENING.has(job.text.charCodeAt(start));
}
function squeezesAtEnd(job: ParagraphJob, start: number, end: number): boolean {
  const last = end - 1;
  return last >= start && job.edge[last]! > 0 && job.squeeze[last] === 0 && CLOSING.has(job.text.charCodeAt(last));
}

/** Width a line [start, end) (trailing spaces trimmed) saves at its edges. */
export function edgeSqueeze(job: ParagraphJob, start: number, end: number): number {
  let saved = 0;
  if (squeezesAtStart(job, start, end)) saved += job.edge[start]!;
  if (squeezesAtEnd(job, start, end)) saved += job.edge[end - 1]!;
  return saved;
}

export function lineEdges(job: ParagraphJob, start: number, end: number): LineEdges {
  const atStart = squeezesAtStart(job, start, end);
  const atEnd = squeezesAtEnd(job, start, end);
  return {
    startIndex: atStart ? start : -1,
    startSqueeze: atStart ? job.edge[start]! : 0,
    endIndex: atEnd ? end - 1 : -1,
    endSqueeze: atEnd ? job.edge[end - 1]! : 0,
  };
}
