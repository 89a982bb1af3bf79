// Runs anywhere (core): the /DW default width and compact /W array of a CIDFont. CIDs
// whose width equals DW are left out; three or more equal widths in a row become a
// `first last width` range, other runs a `first [w1 w2 ...]` list.

export interface CidWidths {
  defaultWidth: number;
  /** The W array's elements: numbers and arrays of numbers. */
  w: (number | number[])[];
}

/** `widths[cid]` for cid 1..n (index 0, .notdef, is ignored). */
export function compactWidths(widths: readonly number[]): CidWidths {
  const counts = new Map<number, number>();
  for (let cid = 1; cid < widths.length; cid++) counts.set(widths[cid]!, (counts.get(widths[cid]!) ?? 0) + 1);
  let defaultWidth = 0;
  let best = 0;
  for (const [width, count] of counts) {
    if (count > best) {
      best = count;
      defaultWidth = width;
    }
  }

  const w: (number | number[])[] = [];
  let list: number[] | undefined;
  let cid = 1;
  while (cid < widths.length) {
    const width = widths[cid]!;
    if (width === defaultWidth) {
      list = undefined;
      cid++;
      continue;
    }
    let end = cid;
    while (end + 1 < widths.length && widths[end + 1] === width) end++;
    if (end - cid >= 2) {
      w.push(cid, end, width);
      list = undefined;
      cid = end + 1;
      continue;
    }
    // Extend the open list when it ends right before this CID, else start a new one.
    if (!list) {
      list = [];
      w.push(cid, list);
    }
    for (let c = cid; c <= end; c++) list.push(width);
    cid = end + 1;
  }
  return { defaultWidth, w };
}
