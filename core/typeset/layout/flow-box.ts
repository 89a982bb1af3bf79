// Runs anywhere (core): the vertical flow. Every block becomes boxes stacked down the page;
// a box may split (a paragraph between lines, a columns block inside its columns) and may
// ask to stay with the next one (a heading). fillPage takes what fits on one page, and
// the same function fills each column of a columns block.
import type { OutlineEntry, PageItem } from '../laid-out-document';

export interface DrawTarget {
  items: PageItem[];
  pageIndex: number;
  outline(title: string, level: number, y: number): void;
  /**
   * Runs `fn` once every page is drawn, with the outline entries added after this call
   * (a table of contents learns its page numbers this way). Its items go on this page.
   */
  defer?(fn: (outline: readonly OutlineEntry[]) => void): void;
}

export interface FlowBox {
  height: number;
  /** Space above the box; dropped at the top of a page or column. */
  spaceBefore: number;
  /** Forbids a page break between this box and the next. */
  keepWithNext: boolean;
  /** A forced page break: the next box starts a new page. */
  pageBreak?: boolean;
  /** Drawn first when this box is the first on a page (a table's header row). */
  repeatOnNewPage?: FlowBox;
  draw(target: DrawTarget, x: number, y: number): void;
  /**
   * Splits so that the first part fits in `available`. Without `force` it returns
   * undefined unless the split is acceptable (widows, orphans, whole table rows); with
   * `force` (the box starts an empty page and still does not fit) it splits anyhow.
   */
  split?(available: number, force: boolean): [FlowBox, FlowBox] | undefined;
}

export interface Placed {
  box: FlowBox;
  y: number;
  /** A repeated table header, not part of the flow. */
  repeated?: boolean;
}

const EPSILON = 0.01;

/**
 * Places boxes from the front of `queue` on one page (or column) of `height`. Returns
 * what was placed and what is left (the tail of a split box first). When `force` is
 * false an empty page may stay empty (used inside columns that do not start a page).
 */
export function fillPage(queue: readonly FlowBox[], height: number, force = true): { placed: Placed[]; rest: FlowBox[] } {
  const rest = [...queue];
  const placed: Placed[] = [];
  let y = 0;
  while (rest.length > 0) {
    const box = rest[0]!;
    if (box.pageBreak) {
      rest.shift();
      if (placed.length > 0) break;
      continue;
    }
    const fresh = placed.every((p) => p.repeated);
    if (placed.length === 0 && box.repeatOnNewPage) {
      placed.push({ box: box.repeatOnNewPage, y: 0, repeated: true });
      y = box.repeatOnNewPage.height;
    }
    const space = fresh ? 0 : box.spaceBefore;
    if (y + space + box.height <= height + EPSILON) {
      placed.push({ box, y: y + space });
      y += space + box.height;
      rest.shift();
      continue;
    }
    const available = height - y - space;
    const parts = available > 0 ? box.split?.(available, fresh && force) : undefined;
    if (parts && parts[0].height <= available + EPSILON) {
      placed.push({ box: parts[0], y: y + space });
      rest[0] = parts[1];
      break;
    }
    if (!fresh) {
      // Take along the boxes that must stay with this one (a heading and its text),
      // unless that would empty the page.
      let k = placed.length;
      while (k > 1 && placed[k - 1]!.box.keepWithNext && !placed[k - 2]!.repeated) k--;
      if (k < placed.length && k > 0) rest.unshift(...placed.splice(k).map((p) => p.box));
      break;
    }
    if (!force) {
      if (placed.every((p) => p.repeated)) placed.length = 0;
      break;
    }
    // Alone on a fresh page and still too tall, with no way to split: it overflows.
    placed.push({ box, y });
    rest.shift();
    break;
  }
  return { placed, rest };
}

/** The height a list of boxes takes when stacked (spaceBefore of the first dropped). */
export function stackedHeight(boxes: readonly FlowBox[]): number {
  let h = 0;
  boxes.forEach((box, i) => {
    h += (i === 0 ? 0 : box.spaceBefore) + box.height;
  });
  return h;
}

/**
 * Draws a placed box. A table header repeated at the top of a continuation page is
 * drawn as an artifact: its cells are already in the structure where the table began.
 */
export function drawPlaced(placed: Placed, target: DrawTarget, x: number, y: number): void {
  const from = target.items.length;
  placed.box.draw(target, x, y);
  if (!placed.repeated) return;
  for (let i = from; i < target.items.length; i++) {
    const item = target.items[i]!;
    if ((item.kind === 'line' || item.kind === 'image') && item.tag) {
      const artifact = { ...item };
      delete artifact.tag;
      target.items[i] = artifact;
    }
  }
}
