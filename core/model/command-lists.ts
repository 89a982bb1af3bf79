// Runs anywhere (core): where each collection's lists live in the document, so the
// generic add / update / delete / move commands can find an item or a parent by id.
import { assertNever } from '../assert-never';
import type { CollectionName } from './commands';
import type { Path } from './immutable';
import type { WorkspaceContent } from './workspace-content';

export interface ItemList {
  /** The id of the parent (section, block, delegation, visit, stop), or null for top-level lists. */
  parentId: string | null;
  /** What the parent is, for messages: "bullets block", "delegation". */
  parentKind: string | null;
  path: Path;
  items: readonly { id: string }[];
}

/** Every list of a collection: one for top-level collections, one per parent otherwise. */
export function* listsOf(doc: WorkspaceContent, collection: CollectionName): Generator<ItemList> {
  const sections = doc.library.sections;
  const blockLists = function* (kind: 'bullets' | 'keyFigures' | 'table', key: 'items' | 'figures' | 'rows', parentKind: string) {
    for (let s = 0; s < sections.length; s++) {
      const blocks = sections[s]!.blocks;
      for (let b = 0; b < blocks.length; b++) {
        const block = blocks[b]!;
        if (block.kind === kind) {
          yield { parentId: block.id, parentKind, path: ['library', 'sections', s, 'blocks', b, key], items: (block as unknown as Record<string, { id: string }[]>)[key]! };
        }
      }
    }
  };
  switch (collection) {
    case 'sections':
      yield { parentId: null, parentKind: null, path: ['library', 'sections'], items: sections };
      return;
    case 'blocks':
      for (let s = 0; s < sections.length; s++) yield { parentId: sections[s]!.id, parentKind: 'section', path: ['library', 'sections', s, 'blocks'], items: sections[s]!.blocks };
      return;
    case 'bulletItems':
      yield* blockLists('bullets', 'items', 'bullets block');
      return;
    case 'keyFigures':
      yield* blockLists('keyFigures', 'figures', 'key figures block');
      return;
    case 'tableRows':
      yield* blockLists('table', 'rows', 'table block');
      return;
    case 'glossaryTerms':
      yield { parentId: null, parentKind: null, path: ['glossary', 'terms'], items: doc.glossary.terms };
      return;
    case 'venues':
      yield { parentId: null, parentKind: null, path: ['venues'], items: doc.venues };
      return;
    case 'delegations':
      yield { parentId: null, parentKind: null, path: ['delegations'], items: doc.delegations };
      return;
    case 'members':
    case 'interpreters':
    case 'delegationNotes': {
      const key = collection === 'delegationNotes' ? 'notes' : collection;
      for (let d = 0; d < doc.delegations.length; d++) {
        const delegation = doc.delegations[d]!;
        yield { parentId: delegation.id, parentKind: 'delegation', path: ['delegations', d, key], items: delegation[key] };
      }
      return;
    }
    case 'visits':
      yield { parentId: null, parentKind: null, path: ['visits'], items: doc.visits };
      return;
    case 'stops':
      for (let v = 0; v < doc.visits.length; v++) yield { parentId: doc.visits[v]!.id, parentKind: 'visit', path: ['visits', v, 'stops'], items: doc.visits[v]!.stops };
      return;
    case 'stopNotes':
      for (let v = 0; v < doc.visits.length; v++) {
        const stops = doc.visits[v]!.stops;
        for (let s = 0; s < stops.length; s++) yield { parentId: stops[s]!.id, parentKind: 'stop', path: ['visits', v, 'stops', s, 'notes'], items: stops[s]!.notes };
      }
      return;
    default:
      return assertNever(collection, 'collection');
  }
}

export interface LocatedItem {
  list: ItemList;
  index: number;
}

export function locateItem(doc: WorkspaceContent, collection: CollectionName, id: string): LocatedItem | undefined {
  for (const list of listsOf(doc, collection)) {
    const index = list.items.findIndex((item) => item.id === id);
    if (index >= 0) return { list, index };
  }
  return undefined;
}

export function findList(doc: WorkspaceContent, collection: CollectionName, parentId: string | null): ItemList | undefined {
  for (const list of listsOf(doc, collection)) if (list.parentId === parentId) return list;
  return undefined;
}
