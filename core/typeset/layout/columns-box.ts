// Runs anywhere (core): blocks side by side (Chinese beside Arabic, say). Each column is
// its own flow; when the block reaches the foot of a page every column is cut where it
// fills the page and continues on the next one, side by side again.
import type { DrawTarget, FlowBox } from './flow-box';
import { drawPlaced, fillPage, stackedHeight } from './flow-box';
import { RULE_COLOR } from './styles';

export interface ColumnFlow {
  /** Left edge relative to the block, and width. */
  x: number;
  width: number;
  boxes: FlowBox[];
}

export class ColumnsBox implements FlowBox {
  readonly height: number;
  /** Columns that all end with a heading (a bilingual heading row) stay with what follows. */
  readonly keepWithNext: boolean;

  constructor(
    private readonly columns: ColumnFlow[],
    readonly spaceBefore: number,
    /** x positions of the rules between columns, relative to the block. */
    private readonly separators: number[],
    /** Indices of the columns in reading order: the order they are drawn, so tagged. */
    private readonly order?: readonly number[],
  ) {
    // A column continuing a table starts with the table's header again (fillPage repeats it).
    this.height = Math.max(0, ...columns.map((c) => stackedHeight(c.boxes) + (c.boxes[0]?.repeatOnNewPage?.height ?? 0)));
    this.keepWithNext = columns.some((c) => c.boxes.length > 0) && columns.every((c) => c.boxes.length === 0 || c.boxes[c.boxes.length - 1]!.keepWithNext);
  }

  draw(target: DrawTarget, x: number, y: number): void {
    for (const index of this.order ?? this.columns.keys()) {
      const column = this.columns[index]!;
      const { placed } = fillPage(column.boxes, Number.POSITIVE_INFINITY);
      for (const p of placed) drawPlaced(p, target, x + column.x, y + p.y);
    }
    for (const at of this.separators) {
      if (this.height > 0) {
        target.items.push({ kind: 'rule', x1: x + at, y1: y + 2, x2: x + at, y2: y + this.height - 2, width: 0.4, color: RULE_COLOR });
      }
    }
  }

  split(available: number, force: boolean): [FlowBox, FlowBox] | undefined {
    const heads: ColumnFlow[] = [];
    const tails: ColumnFlow[] = [];
    let any = false;
    let left = false;
    for (const column of this.columns) {
      const { placed, rest } = fillPage(column.boxes, available, force);
      if (placed.some((p) => !p.repeated)) any = true;
      if (rest.length > 0) left = true;
      heads.push({ ...column, boxes: placed.map((p) => p.box) });
      tails.push({ ...column, boxes: rest });
    }
    if (!any || !left) return undefined;
    return [new ColumnsBox(heads, this.spaceBefore, this.separators, this.order), new ColumnsBox(tails, 0, this.separators, this.order)];
  }
}
