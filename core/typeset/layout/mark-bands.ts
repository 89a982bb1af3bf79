// Runs anywhere (core): the bands behind marked spans. A `highlight` run gets a pale amber
// band the height of its text, a `tag` run a darker one with a little room around it; the
// band is inserted just before the line that holds the run, so the text prints on top.
import type { GlyphRun, PageItem } from '../laid-out-document';
import { HIGHLIGHT_FILL, TAG_FILL } from './styles';

function runWidth(run: GlyphRun): number {
  let w = 0;
  for (const g of run.glyphs) w += g.advance;
  return w;
}

export function withMarkBands(items: PageItem[]): PageItem[] {
  if (!items.some((item) => item.kind === 'line' && item.runs.some((run) => run.mark === 'highlight' || run.mark === 'tag'))) return items;
  const out: PageItem[] = [];
  for (const item of items) {
    if (item.kind === 'line') {
      for (const run of item.runs) {
        if (run.mark !== 'highlight' && run.mark !== 'tag') continue;
        const tag = run.mark === 'tag';
        const padX = tag ? 2.5 : 0.6;
        const ascent = run.size * (tag ? 0.98 : 1.02);
        const descent = run.size * (tag ? 0.3 : 0.32);
        out.push({
          kind: 'rect',
          x: run.x - padX,
          y: run.y - ascent,
          width: runWidth(run) + 2 * padX,
          height: ascent + descent,
          fill: tag ? TAG_FILL : HIGHLIGHT_FILL,
        });
      }
    }
    out.push(item);
  }
  return out;
}
