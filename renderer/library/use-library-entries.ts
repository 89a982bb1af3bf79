// Runs in the renderer: the outline's entries under the filter. Without a filter they are
// the items themselves. With one, the search runs over the text index in slices of a few
// milliseconds, so no keystroke waits for it, and the entries found so far are shown as
// they come (streamed, a few times a second); a newer filter drops the older run. The
// query arrives already debounced (search-box.tsx).
import { startTransition, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { slicedSearch } from '../../core/search/segment-search-index';
import { isFiltering, segmentMatcher, type LibraryFilter, type LibraryItem } from './library-filter';
import type { OutlineEntry } from './library-outline';

const SLICE_MS = 8;
/** Found entries are shown at most this often while a search runs, so rendering does not eat its time. */
const PUBLISH_MS = 60;

export interface LibraryEntries {
  entries: OutlineEntry[];
  /** The filter the entries answer. */
  applied: LibraryFilter;
  /** True while a search is still going through the library. */
  searching: boolean;
}

const unfiltered = (items: readonly LibraryItem[]): OutlineEntry[] => items.map((item) => ({ item }));

export function useLibraryEntries(items: readonly LibraryItem[], filter: LibraryFilter): LibraryEntries {
  const applied = useMemo(() => ({ ...filter }), [filter.language, filter.status, filter.query]);
  const filtering = isFiltering(applied);
  const all = useMemo(() => unfiltered(items), [items]);

  const [run, setRun] = useState<{ items: readonly LibraryItem[]; filter: LibraryFilter; entries: OutlineEntry[]; done: boolean } | null>(null);
  const generation = useRef(0);
  // A layout effect: the first slice is in before the browser paints, so an edit made while
  // filtering never shows the entries of the document before it.
  useLayoutEffect(() => {
    if (!filtering) return;
    const ticket = ++generation.current;
    const matches = segmentMatcher(applied);
    const search = slicedSearch(
      items,
      (item): OutlineEntry | undefined => {
        let n = 0;
        for (const place of item.segments) if (matches(place)) n++;
        return n > 0 ? { item, matches: n } : undefined;
      },
      () => performance.now(),
    );
    let timer: number | undefined;
    let published = -Infinity;
    let first = true;
    const step = () => {
      if (ticket !== generation.current) return;
      const done = search.step(SLICE_MS);
      const at = performance.now();
      if (done || published === -Infinity || at - published >= PUBLISH_MS) {
        published = at;
        // The first slice's answer at once (in the layout effect); later ones as transitions,
        // which React renders in pieces, letting keystrokes in between.
        const next = { items, filter: applied, entries: search.found.slice(), done };
        if (first) setRun(next);
        else startTransition(() => setRun(next));
        first = false;
      }
      if (!done) timer = window.setTimeout(step, 0);
    };
    step();
    return () => {
      if (timer !== undefined) window.clearTimeout(timer);
    };
  }, [items, applied, filtering]);

  if (!filtering) return { entries: all, applied, searching: false };
  if (!run || run.filter !== applied || run.items !== items) {
    // The first slice runs in the effect right after this render; until then the last answer stands.
    return { entries: run?.entries ?? [], applied, searching: true };
  }
  return { entries: run.entries, applied, searching: !run.done };
}
