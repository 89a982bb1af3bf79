// Runs anywhere (core): the shape stage. Each item is shaped as one HarfBuzz run, and
// every cluster's advance is summed into the job's prefix widths (attributed to the
// cluster's first code unit), with where clusters start and where a break is unsafe.
import { HB_GLYPH_FLAG_UNSAFE_TO_BREAK } from '../shaping/harfbuzz';
import { MUTED_SCALE, TAG_SCALE, type ParagraphJob, type ShapedItem } from './paragraph-job';

export function shapeItems(job: ParagraphJob): void {
  const { text, items, prefix, clusterStart, unsafe } = job;
  const n = text.length;
  const { size } = job.request.style;
  for (let k = 0; k < items.length; k++) {
    const item = items[k] as ShapedItem;
    item.size = size * item.font.sizeAdjust * (item.mark === 'tag' ? TAG_SCALE : item.mark === 'muted' ? MUTED_SCALE : 1);
    item.scale = item.size / item.font.upem;
    const rtl = (item.level & 1) === 1;
    item.glyphs =
      items.length === 1
        ? job.shaper.shape(item.font, text, 0, n, rtl, item.script, item.lang)
        : job.shaper.shape(item.font, text.slice(item.start, item.end), 0, item.end - item.start, rtl, item.script, item.lang);
  }
  clusterStart[n] = 1;
  for (const item of items) {
    const { clusters, xAdvance, flags } = item.glyphs;
    clusterStart[item.start] = 1;
    for (let g = 0; g < clusters.length; g++) {
      const at = item.start + clusters[g]!;
      prefix[at + 1]! += xAdvance[g]! * item.scale;
      clusterStart[at] = 1;
      if (flags[g]! & HB_GLYPH_FLAG_UNSAFE_TO_BREAK && at !== item.start) unsafe[at] = 1;
    }
  }
}

/** Turns the per-index widths into prefix sums (after every stage that changes a width). */
export function accumulateWidths(job: ParagraphJob): void {
  const { prefix, squeeze } = job;
  const n = job.text.length;
  for (let i = 0; i < n; i++) prefix[i + 1]! += prefix[i]! - squeeze[i]!;
}
