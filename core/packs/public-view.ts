// Runs anywhere (core): the workspace as delegates may see it. Every template whose audience
// is public is composed from this view, never from the workspace itself, so no template
// code can print internal content, whatever it reads: internal library blocks, internal
// notes of delegations and stops, and the interpreters (with their assignments to stops)
// are not in it. Indices shift where something was removed; `originalPath` maps a JSON
// path of the view back to the workspace, so missing translations are reported where
// staff find them.
import type { Workspace } from '../model/workspace';

export interface WorkspaceView {
  workspace: Workspace;
  /** The path in the workspace of a path in the view (the same path where nothing was removed). */
  originalPath(path: readonly PropertyKey[]): PropertyKey[];
}

/** The items kept, and for each its index in the original array. */
function keep<T>(items: readonly T[], kept: (item: T) => boolean): { items: T[]; origin: number[] } {
  const out: T[] = [];
  const origin: number[] = [];
  items.forEach((item, i) => {
    if (kept(item)) {
      out.push(item);
      origin.push(i);
    }
  });
  return { items: out, origin };
}

const isPublic = (item: { visibility: 'public' | 'internal' }) => item.visibility === 'public';

export function publicView(workspace: Workspace): WorkspaceView {
  const blockOrigin: number[][] = [];
  const delegationNoteOrigin: number[][] = [];
  const stopNoteOrigin: number[][][] = [];
  const view: Workspace = {
    ...workspace,
    library: {
      ...workspace.library,
      sections: workspace.library.sections.map((section) => {
        const blocks = keep(section.blocks, isPublic);
        blockOrigin.push(blocks.origin);
        return { ...section, blocks: blocks.items };
      }),
    },
    delegations: workspace.delegations.map((delegation) => {
      const notes = keep(delegation.notes, isPublic);
      delegationNoteOrigin.push(notes.origin);
      return { ...delegation, notes: notes.items, interpreters: [] };
    }),
    visits: workspace.visits.map((visit) => {
      const origins: number[][] = [];
      stopNoteOrigin.push(origins);
      return {
        ...visit,
        stops: visit.stops.map((stop) => {
          const notes = keep(stop.notes, isPublic);
          origins.push(notes.origin);
          return { ...stop, notes: notes.items, interpreters: [] };
        }),
        issuedVersions: visit.issuedVersions.map((version) => ({ ...version, stops: version.stops.map((stop) => ({ ...stop, interpreters: [] })) })),
      };
    }),
  };

  const originalPath = (path: readonly PropertyKey[]): PropertyKey[] => {
    const out = [...path];
    const at = (i: number) => out[i] as number;
    if (out[0] === 'library' && out[1] === 'sections' && out[3] === 'blocks' && typeof out[4] === 'number') {
      out[4] = blockOrigin[at(2)]?.[at(4)] ?? out[4];
    } else if (out[0] === 'delegations' && out[2] === 'notes' && typeof out[3] === 'number') {
      out[3] = delegationNoteOrigin[at(1)]?.[at(3)] ?? out[3];
    } else if (out[0] === 'visits' && out[2] === 'stops' && out[4] === 'notes' && typeof out[5] === 'number') {
      out[5] = stopNoteOrigin[at(1)]?.[at(3)]?.[at(5)] ?? out[5];
    }
    return out;
  };
  return { workspace: view, originalPath };
}

/** The whole workspace, for staff: the same shape as a public view, nothing removed. */
export function staffView(workspace: Workspace): WorkspaceView {
  return { workspace, originalPath: (path) => [...path] };
}
