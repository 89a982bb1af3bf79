// Runs anywhere (core): the generic commands on any collection: add, update, delete and
// move (sections, blocks, bullets, key figures, table rows, terms, venues, delegations,
// members, interpreters, notes, visits, stops).
import { findList } from './command-lists';
import { reject } from './command-result';
import { assertNever } from '../assert-never';
import { COLLECTIONS, type CommandOf } from './commands';
import { checkNewContent, located, stamped } from './command-helpers';
import { getIn, insertAt, moveWithin, removeAt, updateIn } from './immutable';
import { toPathIssues } from './issue-path';
import { idsIn } from './lookups';
import type { ChangeContext } from './segment';
import type { Workspace } from './workspace';

function parentLabel(collection: keyof typeof COLLECTIONS): string {
  return COLLECTIONS[collection].parent ?? 'workspace';
}

export function add(doc: Workspace, command: CommandOf<'add'>, ctx: ChangeContext): Workspace {
  const spec = COLLECTIONS[command.collection];
  const parentId = 'parentId' in command ? (command.parentId as string) : null;
  const list = findList(doc, command.collection, spec.parent ? parentId : null);
  if (!list) reject('not-found', `No ${parentLabel(command.collection)} has the id "${parentId}"`, [{ path: '$.parentId', message: `not a ${parentLabel(command.collection)}` }]);
  const index = command.index ?? list.items.length;
  if (index > list.items.length) reject('invalid-command', `Index ${index} is past the end of the list (${list.items.length} items)`, [{ path: '$.index', message: 'out of range' }]);
  if (command.collection === 'tableRows') {
    const columns = (getIn(doc, list.path.slice(0, -1)) as { header: unknown[] }).header.length;
    const cells = (command.value as { cells: unknown[] }).cells.length;
    if (cells !== columns) reject('invalid-command', `The row has ${cells} cells but the table has ${columns} columns`, [{ path: '$.value.cells', message: `needs ${columns} cells` }]);
  }
  checkNewContent(doc, command.value);
  return updateIn(doc, list.path, (items: unknown[]) => insertAt(items, index, stamped(command.value, ctx)));
}

export function update(doc: Workspace, command: CommandOf<'update'>): Workspace {
  const patch = command.patch as Record<string, unknown>;
  if (Object.keys(patch).length === 0) reject('invalid-command', 'The update changes nothing', [{ path: '$.patch', message: 'empty' }]);
  const { path } = located(doc, command.collection, command.id);
  const current = getIn(doc, path) as Record<string, unknown>;
  if ('level' in patch && current.kind !== 'heading') reject('invalid-command', `Block "${command.id}" is a ${String(current.kind)}, which has no level`, [{ path: '$.patch.level', message: 'only headings have a level' }]);
  const merged = { ...current, ...patch };
  const valid = COLLECTIONS[command.collection].value.safeParse(merged);
  if (!valid.success) {
    const issues = toPathIssues(valid.error.issues, path);
    reject('invalid-command', `The update would make ${command.collection} "${command.id}" invalid: ${issues[0]!.path}: ${issues[0]!.message}`, issues);
  }
  return updateIn(doc, path, () => merged);
}

function usedBy(doc: Workspace, collection: keyof typeof COLLECTIONS, id: string): string[] {
  switch (collection) {
    case 'sections':
      return doc.visits.filter((v) => v.pack.sectionIds.includes(id)).map((v) => `the pack of visit "${v.id}"`);
    case 'venues':
      return doc.visits.flatMap((v) => [
        ...v.stops.filter((s) => s.venueId === id).map((s) => `stop "${s.id}" of visit "${v.id}"`),
        ...v.issuedVersions.filter((iv) => iv.stops.some((s) => s.venueId === id)).map((iv) => `version ${iv.number} of visit "${v.id}"`),
      ]);
    case 'delegations':
      return doc.visits.filter((v) => v.delegationId === id).map((v) => `visit "${v.id}"`);
    case 'interpreters':
      return doc.visits.flatMap((v) => [
        ...v.stops.filter((s) => s.interpreters.some((i) => i.interpreterId === id)).map((s) => `stop "${s.id}" of visit "${v.id}"`),
        ...v.issuedVersions.filter((iv) => iv.stops.some((s) => s.interpreters.some((i) => i.interpreterId === id))).map((iv) => `version ${iv.number} of visit "${v.id}"`),
      ]);
    case 'blocks':
    case 'bulletItems':
    case 'keyFigures':
    case 'tableRows':
    case 'glossaryTerms':
    case 'members':
    case 'delegationNotes':
    case 'visits':
    case 'stops':
    case 'stopNotes':
      return []; // nothing refers to these by id
    default:
      return assertNever(collection, 'collection');
  }
}

export function remove(doc: Workspace, command: CommandOf<'delete'>): Workspace {
  const { list, index } = located(doc, command.collection, command.id);
  const users = usedBy(doc, command.collection, command.id);
  if (users.length) reject('conflict', `${command.collection} "${command.id}" is still used by ${users.slice(0, 3).join(', ')}${users.length > 3 ? ` and ${users.length - 3} more` : ''}`);
  const removedIds = new Set(idsIn(list.items[index]));
  let next = updateIn(doc, list.path, (items: unknown[]) => removeAt(items, index));
  if (command.collection === 'venues') next = { ...next, travelTimes: next.travelTimes.filter((t) => t.from !== command.id && t.to !== command.id) };
  if (command.collection === 'sections' || command.collection === 'blocks') {
    next = {
      ...next,
      visits: next.visits.map((v) => (v.pack.excludedBlockIds.some((id) => removedIds.has(id)) ? { ...v, pack: { ...v.pack, excludedBlockIds: v.pack.excludedBlockIds.filter((id) => !removedIds.has(id)) } } : v)),
    };
  }
  return next;
}

export function move(doc: Workspace, command: CommandOf<'move'>): Workspace {
  const { list, index } = located(doc, command.collection, command.id);
  if (command.toParentId !== undefined && command.toParentId !== list.parentId) {
    if (command.collection !== 'blocks') reject('invalid-command', `Only blocks move to another parent; ${command.collection} stay where they are`, [{ path: '$.toParentId', message: 'not allowed here' }]);
    const target = findList(doc, 'blocks', command.toParentId);
    if (!target) reject('not-found', `No section has the id "${command.toParentId}"`, [{ path: '$.toParentId', message: 'not a section' }]);
    if (command.toIndex > target.items.length) reject('invalid-command', `Index ${command.toIndex} is past the end of section "${command.toParentId}"`, [{ path: '$.toIndex', message: 'out of range' }]);
    const item = list.items[index];
    const without = updateIn(doc, list.path, (items: unknown[]) => removeAt(items, index));
    return updateIn(without, target.path, (items: unknown[]) => insertAt(items, command.toIndex, item));
  }
  if (command.toIndex >= list.items.length) reject('invalid-command', `Index ${command.toIndex} is past the end of the list (${list.items.length} items)`, [{ path: '$.toIndex', message: 'out of range' }]);
  return updateIn(doc, list.path, (items: unknown[]) => moveWithin(items, index, command.toIndex));
}
