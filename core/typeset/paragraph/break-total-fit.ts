// Runs anywhere (core): the break stage for justified text: total fit (Knuth and Plass,
// "Breaking paragraphs into lines", 1981). Every way of breaking the paragraph at its
// break opportunities is weighed at once, and the one with the least demerits wins:
// each line's badness (how far its spaces, Chinese gaps and kashida must stretch or
// shrink), a penalty for a hyphen, more for two in a row and for lines of very different
// tightness next to each other. At most HYPHENATION_RULES.maxConsecutive lines in a row
// end with a hyphen. Returns undefined when no set of lines stays within `tolerance`.
import { BREAK_ALLOWED, BREAK_REQUIRED } from '../text/break-opportunities';
import { HYPHENATION_RULES } from '../text/hyphenation';
import { isCjkScript } from '../text/scripts';
import { edgeSqueeze } from './compress';
import { hyphenGlyph, itemAt } from './hyphenate';
import { EPSILON, isStretchableSpace, trimEnd, type LineBreak, type ParagraphJob } from './paragraph-job';

/** How far each kind of opportunity may give, per unit. */
export const FLEX = {
  /** A word space may widen by this share of its width (more is allowed, at a cost), and narrow by this one. */
  spaceStretch: 0.6,
  spaceShrink: 0.25,
  /** A gap between Chinese characters may widen by this share of the em. */
  cjkStretch: 0.25,
  /** A kashida may lengthen its word by this share of the em. */
  kashida: 1.2,
} as const;

const LINE_PENALTY = 10;
const HYPHEN_PENALTY = 50;
const DOUBLE_HYPHEN_DEMERITS = 3000;
const FINAL_HYPHEN_DEMERITS = 5000;
const FITNESS_DEMERITS = 3000;
const INFINITE_BADNESS = 10_000;

interface Node {
  position: number;
  fitness: number;
  /** Hyphenated lines in a row ending at this node. */
  hyphens: number;
  demerits: number;
  previous: Node | undefined;
  hyphen: boolean;
}

// Prefix sums of what may flex, per paragraph (shared, grown as needed).
let capacity = 0;
let spaceWidth = new Float64Array(0);
let cjkCount = new Float64Array(0);
let kashidaCount = new Float64Array(0);

function flexPrefixes(job: ParagraphJob): void {
  const n = job.text.length;
  if (capacity < n + 1) {
    capacity = Math.max(n + 1, capacity * 2, 1024);
    spaceWidth = new Float64Array(capacity);
    cjkCount = new Float64Array(capacity);
    kashidaCount = new Float64Array(capacity);
  }
  const { text, prefix, clusterStart, kashida } = job;
  spaceWidth[0] = cjkCount[0] = kashidaCount[0] = 0;
  let k = 0;
  let item = job.items[0];
  for (let i = 0; i < n; i++) {
    while (item && i >= item.end) item = job.items[++k];
    const cp = text.charCodeAt(i);
    const width = prefix[i + 1]! - prefix[i]!;
    const em = item ? item.size : job.request.style.size;
    spaceWidth[i + 1] = spaceWidth[i]! + (isStretchableSpace(cp) ? width : 0);
    cjkCount[i + 1] = cjkCount[i]! + (item && isCjkScript(item.script) && clusterStart[i] && !isStretchableSpace(cp) ? em : 0);
    kashidaCount[i + 1] = kashidaCount[i]! + (kashida[i] ? em : 0);
  }
}

export function hyphenWidth(job: ParagraphJob, at: number): number {
  const item = itemAt(job, at - 1);
  return item ? hyphenGlyph(job, item).advance * item.scale : 0;
}

/**
 * The best lines by total fit, or undefined if none stay within `tolerance` (badness
 * 100 is a space stretched by all its stretch; INFINITE_BADNESS or more accepts anything
 * that fits at all).
 */
export function totalFitBreaks(job: ParagraphJob, tolerance: number, hyphenate: boolean): LineBreak[] | undefined {
  const { text, breaks, hyphens, prefix, measure } = job;
  const n = text.length;
  if (n === 0) return [];
  flexPrefixes(job);
  const { edge } = job;
  let active: Node[] = [{ position: 0, fitness: 1, hyphens: 0, demerits: 0, previous: undefined, hyphen: false }];
  // The best new node per run of hyphens ending it (0, 1, 2): the consecutive-hyphen rule
  // needs them apart; fitness classes share a slot (they only add demerits), which keeps
  // the active list short.
  const best: (Node | undefined)[] = new Array(3);
  // badness > tolerance exactly when |ratio| > ∛(tolerance / 100); a hair above it, so the
  // exact badness test below stays the one that decides.
  const ratioLimit = tolerance >= INFINITE_BADNESS ? Infinity : Math.cbrt(tolerance / 100) * (1 + 1e-9);
  for (let p = 1; p <= n; p++) {
    const kind = breaks[p]!;
    const isBreak = kind === BREAK_ALLOWED || kind === BREAK_REQUIRED;
    const hyphen = !isBreak && hyphenate && hyphens[p] === 1;
    if (!isBreak && !hyphen) continue;
    const forced = kind === BREAK_REQUIRED;
    const extra = hyphen ? hyphenWidth(job, p) : 0;
    best.fill(undefined);
    let kept = 0;
    for (let k = 0; k < active.length; k++) {
      const a = active[k]!;
      const start = a.position;
      const end = hyphen ? p : trimEnd(text, start, p);
      let natural = prefix[end]! - prefix[start]! + extra;
      if (end > start && (edge[start]! > 0 || edge[end - 1]! > 0)) natural -= edgeSqueeze(job, start, end);
      const spaces = spaceWidth[end]! - spaceWidth[start]!;
      // The line's last character has no gap after it.
      const cjk = end > start ? cjkCount[end - 1]! - cjkCount[start]! : 0;
      const stretch = spaces * FLEX.spaceStretch + cjk * FLEX.cjkStretch + (kashidaCount[end]! - kashidaCount[start]!) * FLEX.kashida;
      const shrink = spaces * FLEX.spaceShrink;
      let ratio: number;
      if (forced && natural <= measure + EPSILON) ratio = 0; // the last line: set at its natural width
      else if (natural < measure - EPSILON) ratio = stretch > 0 ? (measure - natural) / stretch : Infinity;
      else if (natural > measure + EPSILON) ratio = shrink > 0 ? (measure - natural) / shrink : -Infinity;
      else ratio = 0;
      if (ratio < -1) {
        // Too full, and every later break only adds to it: this node is done. (A hyphen
        // point inside the next word may still be shorter than a later space, so keep it
        // until a real break overflows.)
        if (!hyphen) continue;
        active[kept++] = a;
        continue;
      }
      active[kept++] = a;
      // Most pairs are far too loose: rule them out on the ratio before any arithmetic
      // (this loop is the hottest of the layout; Math.pow showed in its profile).
      const r = ratio < 0 ? -ratio : ratio;
      if (r > ratioLimit) continue;
      const badness = Math.min(INFINITE_BADNESS, 100 * r * r * r);
      if (badness > tolerance) continue;
      if (hyphen && a.hyphens >= HYPHENATION_RULES.maxConsecutive) continue;
      const fitness = ratio < -0.5 ? 0 : ratio <= 0.5 ? 1 : ratio <= 1 ? 2 : 3;
      const penalised = LINE_PENALTY + badness;
      let demerits = penalised * penalised + (hyphen ? HYPHEN_PENALTY * HYPHEN_PENALTY : 0);
      if (hyphen && a.hyphen) demerits += DOUBLE_HYPHEN_DEMERITS;
      if (p === n && a.hyphen) demerits += FINAL_HYPHEN_DEMERITS;
      if (Math.abs(fitness - a.fitness) > 1 && !(forced && ratio === 0)) demerits += FITNESS_DEMERITS;
      const total = a.demerits + demerits;
      const run = hyphen ? a.hyphens + 1 : 0;
      const current = best[run];
      if (!current || total < current.demerits) {
        best[run] = { position: p, fitness, hyphens: run, demerits: total, previous: a, hyphen };
      }
    }
    active.length = kept;
    if (forced) active.length = 0; // every line must end here
    for (const node of best) if (node) active.push(node);
    if (active.length === 0) return undefined;
  }
  let last: Node | undefined;
  for (const node of active) if (node.position === n && (!last || node.demerits < last.demerits)) last = node;
  if (!last) return undefined;
  const lines: LineBreak[] = [];
  for (let node: Node = last; node.previous; node = node.previous) {
    lines.push({ start: node.previous.position, end: node.position, last: breaks[node.position] === BREAK_REQUIRED, hyphen: node.hyphen });
  }
  return lines.reverse();
}

export { INFINITE_BADNESS };
