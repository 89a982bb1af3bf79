// Runs in the renderer: the content a new section, block, item, figure, row or column
// starts with. Its text is empty (written in place right after) except a section's title,
// which is asked for first; every id is fresh from the model's createId.
import { assertNever } from '../../core/assert-never';
import type { Block, KeyFigure, TableRow } from '../../core/model/blocks';
import { createId } from '../../core/model/ids';
import type { Section } from '../../core/model/library';
import { newSegment, type Segment } from '../../core/model/segment';

/** The block kinds staff add from the Library (images need a file and come later). */
export const INSERTABLE_KINDS = ['heading', 'paragraph', 'bullets', 'keyFigures', 'table'] as const;
export type InsertableKind = (typeof INSERTABLE_KINDS)[number];

// The store stamps new text with its real author and time; these are placeholders it replaces.
const PLACEHOLDER = { at: new Date(0).toISOString(), by: 'staff' };

export function emptySegment(text = ''): Segment {
  return newSegment(createId('seg'), text, PLACEHOLDER);
}

export function newSection(title: string): Section {
  return { id: createId('sec'), title: emptySegment(title), blocks: [] };
}

export function newKeyFigure(): KeyFigure {
  return { id: createId('fig'), value: 0, unit: 'count', approx: 'exact', label: emptySegment() };
}

export function newTableRow(columns: number): TableRow {
  return { id: createId('row'), cells: Array.from({ length: columns }, () => emptySegment()) };
}

/** A block ready to be written: a heading or paragraph with empty text, one empty item, figure or row. */
export function newBlock(kind: InsertableKind): Block {
  const base = { id: createId('blk'), visibility: 'public' as const };
  switch (kind) {
    case 'heading':
      return { ...base, kind, level: 2, text: emptySegment() };
    case 'paragraph':
      return { ...base, kind, text: emptySegment() };
    case 'bullets':
      return { ...base, kind, items: [emptySegment()] };
    case 'keyFigures':
      return { ...base, kind, figures: [newKeyFigure()] };
    case 'table':
      return { ...base, kind, header: [emptySegment(), emptySegment()], rows: [newTableRow(2)] };
    default:
      return assertNever(kind, 'block kind');
  }
}

/** The segment to write first in a new block, so its editor can take the focus. */
export function firstSegmentOf(block: Block): Segment | undefined {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return block.text;
    case 'bullets':
      return block.items[0];
    case 'keyFigures':
      return block.figures[0]?.label;
    case 'table':
      return block.header[0];
    case 'image':
      return block.alt;
    default:
      return assertNever(block, 'block kind');
  }
}
