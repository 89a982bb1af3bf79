// Runs in the renderer: the segment a missing-translation entry points at (its JSON path in
// the workspace, `$.library.sections[0].blocks[1].text`), so the list can show the Chinese
// text that still needs translating rather than a path.
import type { Segment } from '../../core/model/segment';
import type { Workspace } from '../../core/model/workspace';

export function valueAtPath(root: unknown, path: string): unknown {
  const tokens = path.replace(/^\$/, '').match(/\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\]/g) ?? [];
  let node: unknown = root;
  for (const token of tokens) {
    if (node === null || typeof node !== 'object') return undefined;
    const key = token.startsWith('.') ? token.slice(1) : token.startsWith('["') ? (JSON.parse(token.slice(1, -1)) as string) : Number(token.slice(1, -1));
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

export function segmentAtPath(doc: Workspace, path: string): Segment | undefined {
  const value = valueAtPath(doc, path) as Segment | undefined;
  return value && typeof value === 'object' && typeof value.source?.text === 'string' ? value : undefined;
}

/** The library section a path lies in, if any. */
export function sectionAtPath(doc: Workspace, path: string) {
  const match = /^\$\.library\.sections\[(\d+)\]/.exec(path);
  return match ? doc.library.sections[Number(match[1])] : undefined;
}
