// Runs anywhere (core): what every command shares: finding what it names, stamping new
// content with its author, refusing ids already taken, and re-checking the cross-part rules.
import { locateItem, type ItemList } from './command-lists';
import { reject } from './command-result';
import type { COLLECTIONS } from './commands';
import type { Path } from './immutable';
import { languageIssues, referenceIssues } from './integrity';
import { toPathIssues } from './issue-path';
import { collectIds, forEachSegmentIn, idsIn, locateSegment, mapSegments } from './lookups';
import type { ChangeContext, Segment } from './segment';
import type { Workspace } from './workspace';

/** The cross-part rules (references, dates, names in the source language) still hold. */
export function checked(doc: Workspace): Workspace {
  const issues = [...referenceIssues(doc), ...languageIssues(doc, { segments: false })];
  if (issues.length) {
    const pathIssues = toPathIssues(issues);
    reject('conflict', `The change would break the workspace: ${pathIssues[0]!.path}: ${pathIssues[0]!.message}`, pathIssues);
  }
  return doc;
}

/** New content is stamped with who added it and when, whatever the command carried. */
export function stamped<T>(value: T, ctx: ChangeContext): T {
  return mapSegments(value, (segment) => ({
    ...segment,
    source: { ...segment.source, changedBy: ctx.by, changedAt: ctx.at },
    translations: Object.fromEntries(Object.entries(segment.translations).map(([code, t]) => [code, { ...t, changedBy: ctx.by, changedAt: ctx.at }])),
  }));
}

export function checkNewContent(doc: Workspace, value: unknown): void {
  const ids = idsIn(value);
  const existing = collectIds(doc);
  const seen = new Set<string>();
  for (const id of ids) {
    if (existing.has(id)) reject('conflict', `The id "${id}" is already used in this workspace`, [{ path: '$.value', message: `id "${id}" is taken` }]);
    if (seen.has(id)) reject('invalid-command', `The id "${id}" appears twice in the new content`, [{ path: '$.value', message: `id "${id}" is repeated` }]);
    seen.add(id);
  }
  const targets = new Set(doc.languages.targets.map((l) => l.code));
  forEachSegmentIn(value, (segment) => {
    for (const code of Object.keys(segment.translations)) {
      if (!targets.has(code)) reject('conflict', `Segment "${segment.id}" has a translation into "${code}", which is not a target language of this workspace`);
    }
  });
}

export function located(doc: Workspace, collection: keyof typeof COLLECTIONS, id: string): { list: ItemList; index: number; path: Path } {
  const found = locateItem(doc, collection, id);
  if (!found) reject('not-found', `No item of ${collection} has the id "${id}"`, [{ path: '$.id', message: 'not found' }]);
  return { ...found, path: [...found.list.path, found.index] };
}

export function segmentPath(doc: Workspace, id: string): { segment: Segment; path: Path } {
  const found = locateSegment(doc, id);
  if (!found) reject('not-found', `No segment has the id "${id}"`, [{ path: '$.segmentId', message: 'not found' }]);
  return found;
}
