// Runs anywhere (core): the text index of a workspace's segments. Each segment's search key
// (source and every translation, see search-key.ts) is computed once and kept beside the
// segment object. Commands copy only what they change and share the rest, so after a
// command only the segments it replaced are keyed again: the index follows the document
// without a rebuild. A query is then a substring test per segment, in any script.
import type { Segment } from '../model/segment';
import { searchKey } from './search-key';

/** Separates the texts of one segment, so a match never spans two of them. */
const SEPARATOR = '\u0000';

export class SegmentSearchIndex {
  private readonly keys = new WeakMap<Segment, string>();

  /** The segment's key, computed on first use. */
  keyOf(segment: Segment): string {
    let key = this.keys.get(segment);
    if (key === undefined) {
      key = searchKey(segment.source.text);
      for (const code in segment.translations) key += SEPARATOR + searchKey(segment.translations[code]!.text);
      this.keys.set(segment, key);
    }
    return key;
  }

  has(segment: Segment): boolean {
    return this.keys.has(segment);
  }

  /** `needle` is already a search key (see `prepareQuery`). An empty needle matches everything. */
  matches(segment: Segment, needle: string): boolean {
    return needle === '' || this.keyOf(segment).includes(needle);
  }

  /**
   * Keys the segments not yet keyed, `budgetMs` at a time: call again while it returns
   * false (the host schedules it when idle, so the first search finds the index warm).
   */
  warm(segments: readonly Segment[], from: number, budgetMs: number, now: () => number): number {
    const end = now() + budgetMs;
    let i = from;
    while (i < segments.length) {
      this.keyOf(segments[i]!);
      i++;
      if ((i & 63) === 0 && now() > end) break;
    }
    return i;
  }
}

/** What a typed query is compared as. */
export function prepareQuery(query: string): string {
  return searchKey(query.trim());
}

/**
 * A search over a long list in slices, so no slice holds the thread for long and the
 * results can be shown as they come: `step(budgetMs)` tests items until the budget is
 * spent and says whether the list is done.
 */
export interface SlicedSearch<T> {
  readonly found: T[];
  readonly done: boolean;
  step(budgetMs: number): boolean;
}

export function slicedSearch<T, R>(items: readonly T[], test: (item: T) => R | undefined, now: () => number): SlicedSearch<R> {
  const found: R[] = [];
  let next = 0;
  return {
    found,
    get done() {
      return next >= items.length;
    },
    step(budgetMs) {
      const end = now() + budgetMs;
      while (next < items.length) {
        const hit = test(items[next]!);
        next++;
        if (hit !== undefined) found.push(hit);
        if ((next & 31) === 0 && now() > end) break;
      }
      return next >= items.length;
    },
  };
}
