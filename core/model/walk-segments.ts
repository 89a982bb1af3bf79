// Runs anywhere (core): every segment of a workspace with where it sits, for the check,
// the segment table and the commands that address a segment by id.
import { assertNever } from '../assert-never';
import type { Block } from './blocks';
import type { Section } from './library';
import type { Visibility } from './note';
import type { Segment } from './segment';
import type { WorkspaceContent } from './workspace-content';

export type SegmentRole =
  | 'section-title'
  | 'heading'
  | 'paragraph'
  | 'bullet'
  | 'figure-label'
  | 'table-header'
  | 'table-cell'
  | 'image-alt'
  | 'image-caption'
  | 'delegation-note'
  | 'stop-activity'
  | 'stop-note';

export interface SegmentPlace {
  segment: Segment;
  /** Path from the workspace root, e.g. ['library', 'sections', 0, 'blocks', 2, 'text']. */
  path: PropertyKey[];
  role: SegmentRole;
  visibility: Visibility;
  sectionId?: string;
  blockId?: string;
  delegationId?: string;
  visitId?: string;
  stopId?: string;
}

function* blockSegments(block: Block, path: PropertyKey[], sectionId: string): Generator<SegmentPlace> {
  const at = { visibility: block.visibility, sectionId, blockId: block.id };
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      yield { ...at, segment: block.text, path: [...path, 'text'], role: block.kind };
      return;
    case 'bullets':
      for (let i = 0; i < block.items.length; i++) yield { ...at, segment: block.items[i]!, path: [...path, 'items', i], role: 'bullet' };
      return;
    case 'keyFigures':
      for (let i = 0; i < block.figures.length; i++) {
        yield { ...at, segment: block.figures[i]!.label, path: [...path, 'figures', i, 'label'], role: 'figure-label' };
      }
      return;
    case 'table':
      for (let i = 0; i < block.header.length; i++) yield { ...at, segment: block.header[i]!, path: [...path, 'header', i], role: 'table-header' };
      for (let r = 0; r < block.rows.length; r++) {
        const cells = block.rows[r]!.cells;
        for (let c = 0; c < cells.length; c++) yield { ...at, segment: cells[c]!, path: [...path, 'rows', r, 'cells', c], role: 'table-cell' };
      }
      return;
    case 'image':
      yield { ...at, segment: block.alt, path: [...path, 'alt'], role: 'image-alt' };
      if (block.caption) yield { ...at, segment: block.caption, path: [...path, 'caption'], role: 'image-caption' };
      return;
    default:
      return assertNever(block, 'block kind');
  }
}

/** Library segments: section titles and every block's text, in reading order. */
export function* librarySegments(doc: Pick<WorkspaceContent, 'library'>): Generator<SegmentPlace> {
  const sections = doc.library.sections;
  for (let s = 0; s < sections.length; s++) yield* sectionSegments(sections[s]!, s);
}

/** One section's segments (its title, then its blocks'), the section being the `index`th of the library. */
export function* sectionSegments(section: Section, index: number): Generator<SegmentPlace> {
  const path = ['library', 'sections', index];
  yield { segment: section.title, path: [...path, 'title'], role: 'section-title', visibility: 'public', sectionId: section.id };
  for (let b = 0; b < section.blocks.length; b++) yield* blockSegments(section.blocks[b]!, [...path, 'blocks', b], section.id);
}

/** Every segment of the workspace: library, delegation notes, itinerary activities and notes. */
export function* allSegments(doc: WorkspaceContent): Generator<SegmentPlace> {
  yield* librarySegments(doc);
  for (let d = 0; d < doc.delegations.length; d++) {
    const delegation = doc.delegations[d]!;
    for (let n = 0; n < delegation.notes.length; n++) {
      const note = delegation.notes[n]!;
      yield { segment: note.text, path: ['delegations', d, 'notes', n, 'text'], role: 'delegation-note', visibility: note.visibility, delegationId: delegation.id };
    }
  }
  for (let v = 0; v < doc.visits.length; v++) {
    const visit = doc.visits[v]!;
    for (let s = 0; s < visit.stops.length; s++) {
      const stop = visit.stops[s]!;
      const at = { visitId: visit.id, delegationId: visit.delegationId, stopId: stop.id };
      yield { ...at, segment: stop.activity, path: ['visits', v, 'stops', s, 'activity'], role: 'stop-activity', visibility: 'public' };
      for (let n = 0; n < stop.notes.length; n++) {
        const note = stop.notes[n]!;
        yield { ...at, segment: note.text, path: ['visits', v, 'stops', s, 'notes', n, 'text'], role: 'stop-note', visibility: note.visibility };
      }
    }
  }
}

/** The segment with this id and its place, or undefined. */
export function findSegment(doc: WorkspaceContent, id: string): SegmentPlace | undefined {
  for (const place of allSegments(doc)) if (place.segment.id === id) return place;
  return undefined;
}
