// Runs in the renderer: the one text index of the open workspace's segments (see
// core/search/segment-search-index.ts). It is warmed in idle time after the workspace is
// read and after each command, so the first search finds it built; the segments a command
// replaced are the only ones keyed again.
import { useEffect } from 'react';
import { allSegments } from '../../core/model/walk-segments';
import type { Segment } from '../../core/model/segment';
import type { Workspace } from '../../core/model/workspace';
import { SegmentSearchIndex } from '../../core/search/segment-search-index';

export const segmentSearchIndex = new SegmentSearchIndex();

const SLICE_MS = 8;

type IdleWindow = { requestIdleCallback?: (fn: () => void, options?: { timeout: number }) => number; cancelIdleCallback?: (id: number) => void };

/** Keys every segment of `doc` not yet in the index, a slice at a time when the page is idle. */
export function useWarmSearchIndex(doc: Workspace | null): void {
  useEffect(() => {
    if (!doc) return;
    const win = window as unknown as IdleWindow;
    let segments: Segment[] | null = null;
    let from = 0;
    let handle: number | undefined;
    let stopped = false;
    const schedule = () => {
      handle = win.requestIdleCallback ? win.requestIdleCallback(slice, { timeout: 1_000 }) : window.setTimeout(slice, 50);
    };
    const slice = () => {
      if (stopped) return;
      if (!segments) {
        segments = [];
        for (const place of allSegments(doc)) if (!segmentSearchIndex.has(place.segment)) segments.push(place.segment);
      }
      from = segmentSearchIndex.warm(segments, from, SLICE_MS, () => performance.now());
      if (from < segments.length) schedule();
    };
    schedule();
    return () => {
      stopped = true;
      if (handle !== undefined) (win.cancelIdleCallback ?? window.clearTimeout)(handle);
    };
  }, [doc]);
}
