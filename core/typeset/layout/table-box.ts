// Runs anywhere (core): a table row in the flow. Rows never split unless one is taller
// than a page; the header row is repeated at the top of every page the table continues on.
// In a right-to-left table the first column is on the right.
import type { StructureNode } from '../laid-out-document';
import type { SetLine, SetParagraph } from '../paragraph/typeset-paragraph';
import { lineItem } from './draw-line';
import type { DrawTarget, FlowBox } from './flow-box';
import { HEADER_FILL, RULE_COLOR, SPACING, STRONG_RULE_COLOR } from './styles';

export interface TableCell {
  paragraph: SetParagraph;
  lines: SetLine[];
  /** Left edge of the cell relative to the table, and its width. */
  x: number;
  width: number;
  /** Its TH or TD element (inside the row's TR, inside the Table). */
  tag?: StructureNode;
}

export interface RowOptions {
  cells: TableCell[];
  tableWidth: number;
  header: boolean;
  /** First row drawn under no header: it draws the table's top rule. */
  first: boolean;
  last: boolean;
  spaceBefore: number;
  /** Height of a page's (or column's) text area: a row taller than this splits anywhere. */
  pageHeight: number;
}

function cellHeight(cell: TableCell): number {
  let h = 0;
  for (const line of cell.lines) h += line.height;
  return h;
}

export class TableRowBox implements FlowBox {
  readonly height: number;
  readonly spaceBefore: number;
  readonly keepWithNext: boolean;
  repeatOnNewPage?: FlowBox;

  constructor(private readonly o: RowOptions) {
    this.spaceBefore = o.spaceBefore;
    this.keepWithNext = o.header;
    this.height = Math.max(...o.cells.map(cellHeight), 0) + 2 * SPACING.cellPaddingY;
  }

  draw(target: DrawTarget, x: number, y: number): void {
    const { cells, tableWidth, header, first, last } = this.o;
    const rule = (at: number, width: number, color: typeof RULE_COLOR) =>
      target.items.push({ kind: 'rule', x1: x, y1: at, x2: x + tableWidth, y2: at, width, color });
    if (header) target.items.push({ kind: 'rect', x, y, width: tableWidth, height: this.height, fill: HEADER_FILL });
    if (header || first) rule(y, 0.8, STRONG_RULE_COLOR);
    for (const cell of cells) {
      let top = y + SPACING.cellPaddingY;
      for (const line of cell.lines) {
        if (line.runs.length > 0) {
          const item = lineItem(line, cell.paragraph.direction, cell.paragraph.lang, x + cell.x + SPACING.cellPaddingX, top);
          if (cell.tag) item.tag = cell.tag;
          target.items.push(item);
        }
        top += line.height;
      }
    }
    const bottom = y + this.height;
    if (header) rule(bottom, 0.6, STRONG_RULE_COLOR);
    else rule(bottom, last ? 0.8 : 0.4, last ? STRONG_RULE_COLOR : RULE_COLOR);
  }

  split(available: number, force: boolean): [FlowBox, FlowBox] | undefined {
    // Only a row taller than a whole page is split; it may as well start filling this one.
    if (this.o.header || (!force && this.height <= this.o.pageHeight)) return undefined;
    const room = available - 2 * SPACING.cellPaddingY;
    const heads: TableCell[] = [];
    const tails: TableCell[] = [];
    let moved = false;
    for (const cell of this.o.cells) {
      let h = 0;
      let k = 0;
      while (k < cell.lines.length && h + cell.lines[k]!.height <= room + 0.01) h += cell.lines[k++]!.height;
      if (k > 0) moved = true;
      heads.push({ ...cell, lines: cell.lines.slice(0, k) });
      tails.push({ ...cell, lines: cell.lines.slice(k) });
    }
    if (!moved) return undefined;
    const head = new TableRowBox({ ...this.o, cells: heads, last: false });
    const tail = new TableRowBox({ ...this.o, cells: tails, first: false, spaceBefore: 0 });
    head.repeatOnNewPage = this.repeatOnNewPage;
    tail.repeatOnNewPage = this.repeatOnNewPage;
    return [head, tail];
  }
}
