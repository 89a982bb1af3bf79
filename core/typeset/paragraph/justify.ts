// Runs anywhere (core): the justify stage. A justified line (not the last) is brought to
// its box's width: word spaces and the gaps between Chinese characters share the
// difference alike (narrowing too, when total fit chose a tight line). Arabic lines
// widen their spaces only so far (ARABIC_SPACE_LIMIT of their width) and take the rest
// as a few long kashidas at the places kashida.ts chose, best first and spread over the
// line, never in the line's last word.
import { isCjkScript, ARABIC } from '../text/scripts';
import { FLEX } from './break-total-fit';
import { tatweelGlyph } from './kashida';
import { isStretchableSpace, trimEnd, type LineBreak, type LinePiece, type ParagraphJob } from './paragraph-job';

/** How one line is widened: points added after each stretchable space and CJK character, and each kashida's length. */
export interface Justification {
  space: number;
  cjk: number;
  /** Text index (a tatweel goes before it) → length in points. */
  kashida?: Map<number, number>;
}

export const NO_JUSTIFICATION: Justification = { space: 0, cjk: 0 };

/** A space in a justified Arabic line widens by at most this share of its width before kashida take over. */
export const ARABIC_SPACE_LIMIT = 0.5;
/** A kashida shorter than this share of the tatweel's advance looks like a flaw: fewer, longer ones instead. */
const KASHIDA_MIN = 0.5;
/** The length (in tatweels) a line's kashidas aim at: how many there are follows from it. */
const KASHIDA_TARGET = 3;

/**
 * The `count` places to lengthen: the best priority first; among places of the priority
 * that is only partly taken, evenly spread over the line rather than bunched at its start.
 */
function chosenPlaces(places: readonly { at: number; priority: number }[], count: number): number[] {
  const byPriority = new Map<number, number[]>();
  for (const place of places) {
    const group = byPriority.get(place.priority);
    if (group) group.push(place.at);
    else byPriority.set(place.priority, [place.at]);
  }
  const chosen: number[] = [];
  for (const priority of [...byPriority.keys()].sort((a, b) => a - b)) {
    const group = byPriority.get(priority)!.sort((a, b) => a - b);
    const take = Math.min(group.length, count - chosen.length);
    for (let j = 0; j < take; j++) chosen.push(group[Math.floor(((j + 0.5) * group.length) / take)]!);
    if (chosen.length === count) break;
  }
  return chosen;
}

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

export function justifyLine(job: ParagraphJob, line: LineBreak, pieces: readonly LinePiece[], natural: number): Justification {
  const box = job.request.width;
  const gap = box - natural;
  if (job.request.style.align !== 'justify' || Math.abs(gap) < 1e-6) return NO_JUSTIFICATION;
  // The last line keeps its natural spacing, unless total fit set it tight.
  if (line.last && gap > 0) return NO_JUSTIFICATION;
  const { text } = job;
  let opportunities = 0;
  let spaces = 0;
  let spaceWidth = 0;
  for (const p of pieces) {
    opportunities += countStretchable(text, p);
    for (let i = p.start; i < p.end; i++) {
      if (isStretchableSpace(text.charCodeAt(i))) {
        spaces++;
        spaceWidth += job.prefix[i + 1]! - job.prefix[i]!;
      }
    }
  }
  if (gap > 0) {
    const kashida = kashidaShare(job, line, pieces, gap, spaces, spaceWidth);
    if (kashida) return kashida;
  }
  if (opportunities === 0) return NO_JUSTIFICATION;
  const each = gap / opportunities;
  return { space: each, cjk: each };
}

/** Spaces up to their limit, then kashida; undefined when the line has no place for one. */
function kashidaShare(job: ParagraphJob, line: LineBreak, pieces: readonly LinePiece[], gap: number, spaces: number, spaceWidth: number): Justification | undefined {
  const { text, kashida } = job;
  const end = trimEnd(text, line.start, line.end);
  // The line's last word (in logical order) keeps its shape.
  let lastWordStart = end;
  while (lastWordStart > line.start && !isStretchableSpace(text.charCodeAt(lastWordStart - 1))) lastWordStart--;
  const places: { at: number; priority: number; advance: number; em: number }[] = [];
  for (const p of pieces) {
    if (p.item.script !== ARABIC || (p.item.level & 1) === 0) continue;
    const tatweel = tatweelGlyph(job, p.item.font);
    if (tatweel.advance === 0) continue;
    for (let i = Math.max(p.start, line.start + 1); i < Math.min(p.end, lastWordStart); i++) {
      if (kashida[i]) places.push({ at: i, priority: kashida[i]!, advance: tatweel.advance * p.item.scale, em: p.item.size });
    }
  }
  if (places.length === 0) return undefined;
  const spaceShare = Math.min(gap, spaceWidth * ARABIC_SPACE_LIMIT);
  let rest = gap - spaceShare;
  const advance = places[0]!.advance;
  const longest = FLEX.kashida * places[0]!.em;
  // Few and long, as a calligrapher lengthens words: about KASHIDA_TARGET tatweels each,
  // more only when that would pass the longest a kashida may be; none shorter than KASHIDA_MIN.
  const wanted = Math.max(Math.round(rest / (advance * KASHIDA_TARGET)), Math.ceil(rest / longest));
  const count = rest < advance * KASHIDA_MIN ? 0 : Math.min(places.length, Math.max(1, wanted));
  const lengths = new Map<number, number>();
  if (count > 0) {
    const each = Math.min(rest / count, longest);
    for (const at of chosenPlaces(places, count)) lengths.set(at, each);
    rest -= each * count;
  }
  // What kashida did not take goes back to the spaces, however wide that makes them.
  const space = spaces > 0 ? (spaceShare + rest) / spaces : 0;
  if (spaces === 0 && rest > 1e-6 && count > 0) {
    const each = (gap) / count;
    for (const key of lengths.keys()) lengths.set(key, each);
  }
  return { space, cjk: 0, ...(lengths.size > 0 ? { kashida: lengths } : {}) };
}
