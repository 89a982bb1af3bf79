// Runs anywhere (core): the justify stage. A justified line (not the last) is filled to
// its box by widening word spaces and the gaps between Chinese characters, all alike.
import { isCjkScript } from '../text/scripts';
import { isStretchableSpace, type LinePiece, type ParagraphJob } from './paragraph-job';

/** How one line is widened: points added after each stretchable space and CJK character. */
export interface Justification {
  space: number;
  cjk: number;
}

export const NO_JUSTIFICATION: Justification = { space: 0, cjk: 0 };

/** Spaces, and each CJK character but the piece's last, can take extra width. */
export function countStretchable(text: string, p: LinePiece): number {
  let count = 0;
  const cjk = isCjkScript(p.item.script);
  for (let i = p.start; i < p.end; i++) {
    const cp = text.charCodeAt(i);
    if (isStretchableSpace(cp)) count++;
    else if (cjk && i < p.end - 1 && (cp & 0xfc00) !== 0xdc00) count++;
  }
  return count;
}

export function justifyLine(job: ParagraphJob, pieces: readonly LinePiece[], natural: number, last: boolean): Justification {
  const box = job.request.width;
  if (job.request.style.align !== 'justify' || last || natural >= box) return NO_JUSTIFICATION;
  let opportunities = 0;
  for (const p of pieces) opportunities += countStretchable(job.text, p);
  if (opportunities === 0) return NO_JUSTIFICATION;
  const stretch = (box - natural) / opportunities;
  return { space: stretch, cjk: stretch };
}
