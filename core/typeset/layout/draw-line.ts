// Runs anywhere (core): turns a set line into a LineItem at a position on the page.
import type { GlyphRun, LineItem } from '../laid-out-document';
import type { SetLine } from '../paragraph/typeset-paragraph';

/** The line with its box's top-left corner at (x, top). Runs are copied; glyphs shared. */
export function lineItem(line: SetLine, direction: 'ltr' | 'rtl', lang: string, x: number, top: number): LineItem {
  const baseline = top + line.baseline;
  return {
    kind: 'line',
    direction,
    text: line.text,
    lang,
    runs: line.runs.map((run) => {
      const placed: GlyphRun = {
        font: run.font,
        size: run.size,
        color: run.color,
        direction: run.direction,
        text: run.text,
        x: run.x + x,
        y: baseline,
        glyphs: run.glyphs,
      };
      if (run.lang) placed.lang = run.lang;
      if (run.mark) placed.mark = run.mark;
      return placed;
    }),
  };
}
