// Runs in the renderer: where a section or block goes when moved one step up or down in
// the outline, as the one `move` command that does it. A block at the edge of its section
// crosses into the neighbouring one (to its end going up, to its start going down), as it
// would look in the outline; null when there is nowhere to go.
import type { CommandOf } from '../../core/model/commands';
import type { Library } from '../../core/model/library';

export type Direction = -1 | 1;

export function sectionMove(library: Library, sectionId: string, direction: Direction): CommandOf<'move'> | null {
  const index = library.sections.findIndex((s) => s.id === sectionId);
  const toIndex = index + direction;
  if (index < 0 || toIndex < 0 || toIndex >= library.sections.length) return null;
  return { type: 'move', collection: 'sections', id: sectionId, toIndex };
}

export function blockMove(library: Library, blockId: string, direction: Direction): CommandOf<'move'> | null {
  const s = library.sections.findIndex((section) => section.blocks.some((b) => b.id === blockId));
  if (s < 0) return null;
  const blocks = library.sections[s]!.blocks;
  const b = blocks.findIndex((block) => block.id === blockId);
  const toIndex = b + direction;
  if (toIndex >= 0 && toIndex < blocks.length) return { type: 'move', collection: 'blocks', id: blockId, toIndex };
  const neighbour = library.sections[s + direction];
  if (!neighbour) return null;
  return { type: 'move', collection: 'blocks', id: blockId, toParentId: neighbour.id, toIndex: direction < 0 ? neighbour.blocks.length : 0 };
}

/** The move of an outline item: its section when it is the section's title, else its block. */
export function itemMove(library: Library, item: { section: { id: string }; block: { id: string } | null }, direction: Direction): CommandOf<'move'> | null {
  return item.block ? blockMove(library, item.block.id, direction) : sectionMove(library, item.section.id, direction);
}
