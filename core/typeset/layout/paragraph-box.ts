// Runs anywhere (core): a set paragraph (or heading, or list item) in the flow. It splits
// between lines, never leaving one line alone at the bottom (orphan) or top (widow) of a
// page unless it has to.
import type { StructureNode } from '../laid-out-document';
import type { SetLine, SetParagraph } from '../paragraph/typeset-paragraph';
import { lineItem } from './draw-line';
import type { DrawTarget, FlowBox } from './flow-box';

export interface Marker {
  /** The marker's own set line (a bullet or number), drawn at the first line's baseline. */
  line: SetLine;
  /** x of the marker box's left edge, relative to the box. */
  x: number;
}

export interface ParagraphBoxOptions {
  paragraph: SetParagraph;
  lines?: SetLine[];
  /** Left edge of the lines relative to the box's x. */
  indent: number;
  spaceBefore: number;
  /** Extra space below the last line (a heading's gap to its text). */
  paddingBottom?: number;
  keepWithNext?: boolean;
  marker?: Marker;
  outline?: { title: string; level: number };
  /** The lines that may be left alone at a page edge (2 = no widows or orphans). */
  minLines?: number;
  /** The structure element of the lines (default: a P of its own); a marker's is its Lbl. */
  tag?: StructureNode;
  markerTag?: StructureNode;
}

export class ParagraphBox implements FlowBox {
  readonly height: number;
  readonly spaceBefore: number;
  readonly keepWithNext: boolean;
  private readonly lines: SetLine[];
  private readonly o: ParagraphBoxOptions;

  constructor(options: ParagraphBoxOptions) {
    // Both halves of a split share the element, so it stays one paragraph across pages.
    const o = (this.o = options.tag ? options : { ...options, tag: { role: 'P' } });
    this.lines = o.lines ?? o.paragraph.lines;
    this.spaceBefore = o.spaceBefore;
    this.keepWithNext = o.keepWithNext ?? false;
    let h = o.paddingBottom ?? 0;
    for (const line of this.lines) h += line.height;
    this.height = h;
  }

  draw(target: DrawTarget, x: number, y: number): void {
    const { paragraph, indent, marker, outline } = this.o;
    if (outline) target.outline(outline.title, outline.level, y);
    let top = y;
    this.lines.forEach((line, i) => {
      if (i === 0 && marker) {
        // Align the marker's baseline with the first line's.
        const markerTop = top + line.baseline - marker.line.baseline;
        const item = lineItem(marker.line, paragraph.direction, paragraph.lang, x + marker.x, markerTop);
        if (this.o.markerTag) item.tag = this.o.markerTag;
        target.items.push(item);
      }
      if (line.runs.length > 0) {
        const item = lineItem(line, paragraph.direction, paragraph.lang, x + indent, top);
        item.tag = this.o.tag;
        target.items.push(item);
      }
      top += line.height;
    });
  }

  split(available: number, force: boolean): [FlowBox, FlowBox] | undefined {
    const n = this.lines.length;
    const min = this.o.minLines ?? 2;
    let fit = 0;
    let h = 0;
    while (fit < n && h + this.lines[fit]!.height <= available + 0.01) h += this.lines[fit++]!.height;
    if (!force) {
      fit = Math.min(fit, n - min);
      if (fit < min) return undefined;
    } else {
      fit = Math.max(1, Math.min(fit, n - 1));
    }
    if (fit <= 0 || fit >= n) return undefined;
    const head = new ParagraphBox({
      ...this.o,
      lines: this.lines.slice(0, fit),
      paddingBottom: 0,
      keepWithNext: false,
    });
    const tail = new ParagraphBox({
      ...this.o,
      lines: this.lines.slice(fit),
      spaceBefore: 0,
      marker: undefined,
      outline: undefined,
    });
    return [head, tail];
  }
}
