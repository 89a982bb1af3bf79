// Runs anywhere (core): lean lookups over the whole document (plain loops, no paths
// built until something is found), because commands run them on every change and a
// large workspace has 50,000 segments and more.
import { assertNever } from '../assert-never';
import type { Block } from './blocks';
import type { Path } from './immutable';
import type { Segment } from './segment';
import type { WorkspaceContent } from './workspace-content';

function blockSegmentSlots(block: Block): [Segment, Path][] {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return [[block.text, ['text']]];
    case 'bullets':
      return block.items.map((item, i) => [item, ['items', i]]);
    case 'keyFigures':
      return block.figures.map((figure, i) => [figure.label, ['figures', i, 'label']]);
    case 'table': {
      const slots: [Segment, Path][] = block.header.map((cell, i) => [cell, ['header', i]]);
      block.rows.forEach((row, r) => row.cells.forEach((cell, c) => slots.push([cell, ['rows', r, 'cells', c]])));
      return slots;
    }
    case 'image':
      return block.caption ? [[block.alt, ['alt']], [block.caption, ['caption']]] : [[block.alt, ['alt']]];
    default:
      return assertNever(block, 'block kind');
  }
}

function blockHasSegment(block: Block, id: string): boolean {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return block.text.id === id;
    case 'bullets':
      return block.items.some((item) => item.id === id);
    case 'keyFigures':
      return block.figures.some((figure) => figure.label.id === id);
    case 'table':
      return block.header.some((cell) => cell.id === id) || block.rows.some((row) => row.cells.some((cell) => cell.id === id));
    case 'image':
      return block.alt.id === id || block.caption?.id === id;
    default:
      return assertNever(block, 'block kind');
  }
}

/** The segment with this id and its path from the root. */
export function locateSegment(doc: WorkspaceContent, id: string): { segment: Segment; path: Path } | undefined {
  const sections = doc.library.sections;
  for (let s = 0; s < sections.length; s++) {
    const section = sections[s]!;
    if (section.title.id === id) return { segment: section.title, path: ['library', 'sections', s, 'title'] };
    const blocks = section.blocks;
    for (let b = 0; b < blocks.length; b++) {
      const block = blocks[b]!;
      if (!blockHasSegment(block, id)) continue;
      const slot = blockSegmentSlots(block).find(([segment]) => segment.id === id)!;
      return { segment: slot[0], path: ['library', 'sections', s, 'blocks', b, ...slot[1]] };
    }
  }
  for (let d = 0; d < doc.delegations.length; d++) {
    const notes = doc.delegations[d]!.notes;
    for (let n = 0; n < notes.length; n++) if (notes[n]!.text.id === id) return { segment: notes[n]!.text, path: ['delegations', d, 'notes', n, 'text'] };
  }
  for (let v = 0; v < doc.visits.length; v++) {
    const stops = doc.visits[v]!.stops;
    for (let s = 0; s < stops.length; s++) {
      const stop = stops[s]!;
      if (stop.activity.id === id) return { segment: stop.activity, path: ['visits', v, 'stops', s, 'activity'] };
      for (let n = 0; n < stop.notes.length; n++) {
        if (stop.notes[n]!.text.id === id) return { segment: stop.notes[n]!.text, path: ['visits', v, 'stops', s, 'notes', n, 'text'] };
      }
    }
  }
  return undefined;
}

/** Every id in a value (any object's own `id` string), depth first. */
export function idsIn(value: unknown, into: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) idsIn(item, into);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.id === 'string') into.push(record.id);
    for (const key in record) if (key !== 'id') idsIn(record[key], into);
  }
  return into;
}

/** Calls `fn` with every segment of the workspace, in document order. Plain loops: this runs on every open. */
export function forEachSegment(doc: WorkspaceContent, fn: (segment: Segment) => void): void {
  for (const section of doc.library.sections) {
    fn(section.title);
    for (const block of section.blocks) {
      switch (block.kind) {
        case 'heading':
        case 'paragraph':
          fn(block.text);
          break;
        case 'bullets':
          for (const item of block.items) fn(item);
          break;
        case 'keyFigures':
          for (const figure of block.figures) fn(figure.label);
          break;
        case 'table':
          for (const cell of block.header) fn(cell);
          for (const row of block.rows) for (const cell of row.cells) fn(cell);
          break;
        case 'image':
          fn(block.alt);
          if (block.caption) fn(block.caption);
          break;
        default:
          assertNever(block, 'block kind');
      }
    }
  }
  for (const delegation of doc.delegations) for (const note of delegation.notes) fn(note.text);
  for (const visit of doc.visits) {
    for (const stop of visit.stops) {
      fn(stop.activity);
      for (const note of stop.notes) fn(note.text);
    }
  }
}

/** Calls `fn` with every id in the workspace (entities and segments). */
export function forEachId(doc: WorkspaceContent, fn: (id: string) => void): void {
  for (const section of doc.library.sections) {
    fn(section.id);
    for (const block of section.blocks) {
      fn(block.id);
      if (block.kind === 'keyFigures') for (const figure of block.figures) fn(figure.id);
      else if (block.kind === 'table') for (const row of block.rows) fn(row.id);
    }
  }
  for (const term of doc.glossary.terms) fn(term.id);
  for (const venue of doc.venues) fn(venue.id);
  for (const delegation of doc.delegations) {
    fn(delegation.id);
    for (const member of delegation.members) fn(member.id);
    for (const interpreter of delegation.interpreters) fn(interpreter.id);
    for (const note of delegation.notes) fn(note.id);
  }
  for (const visit of doc.visits) {
    fn(visit.id);
    for (const stop of visit.stops) {
      fn(stop.id);
      for (const note of stop.notes) fn(note.id);
    }
  }
  forEachSegment(doc, (segment) => fn(segment.id));
}

const idCache = new WeakMap<WorkspaceContent, Set<string>>();

/**
 * Every id used in the workspace. Cached per document; `carryIds` hands the set on to
 * the next document when a command only added ids, so adding to a 50,000-segment
 * workspace does not walk it each time.
 */
export function collectIds(doc: WorkspaceContent): Set<string> {
  let ids = idCache.get(doc);
  if (!ids) {
    ids = new Set<string>();
    const set = ids;
    forEachId(doc, (id) => set.add(id));
    idCache.set(doc, ids);
  }
  return ids;
}

/** `next` has the ids of `previous` plus `added` (and lost none): reuse the cached set. */
export function carryIds(previous: WorkspaceContent, next: WorkspaceContent, added: readonly string[]): void {
  const ids = idCache.get(previous);
  if (!ids) return;
  idCache.delete(previous); // the set now describes `next`
  for (const id of added) ids.add(id);
  idCache.set(next, ids);
}

/** Segments are recognised by shape: an id, a source with text, and translations. */
export function isSegment(value: unknown): value is Segment {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return typeof record.id === 'string' && !!record.source && typeof record.source === 'object' && !!record.translations && typeof record.translations === 'object';
}

/** A copy of `value` with `fn` applied to every segment in it; untouched branches are shared. */
export function mapSegments<T>(value: T, fn: (segment: Segment) => Segment): T {
  if (isSegment(value)) return fn(value) as T;
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((item) => {
      const mapped = mapSegments(item, fn);
      if (mapped !== item) changed = true;
      return mapped;
    });
    return (changed ? out : value) as T;
  }
  if (value && typeof value === 'object') {
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const mapped = mapSegments(item, fn);
      if (mapped !== item) changed = true;
      out[key] = mapped;
    }
    return (changed ? out : value) as T;
  }
  return value;
}

/** Calls `fn` for every segment in a value. */
export function forEachSegmentIn(value: unknown, fn: (segment: Segment) => void): void {
  if (isSegment(value)) fn(value);
  else if (Array.isArray(value)) for (const item of value) forEachSegmentIn(item, fn);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) forEachSegmentIn(item, fn);
}
