// Runs in Node: what the browser host has stored for a workspace: its text with the journal
// entries written since replayed on it, as the host does when it opens the workspace.
import { applyCommand } from '../../../core/model/apply-command';
import type { Workspace } from '../../../core/model/workspace';
import type { memoryWorkspaceStorage } from '../../../renderer/hosts/browser-workspace-storage';

export function storedDocument(storage: ReturnType<typeof memoryWorkspaceStorage>, id: string): Workspace {
  const entry = storage.entries.get(id);
  if (!entry) throw new Error(`nothing stored for ${id}`);
  let doc = JSON.parse(entry.text) as Workspace;
  const pending = storage.journal.filter((e) => e.workspace === id && e.seq > (entry.journalSeq ?? 0)).sort((a, b) => a.seq - b.seq);
  for (const change of pending) {
    const result = applyCommand(doc, change.command, { at: change.at, by: change.by });
    if (!result.ok) throw new Error(`journal entry ${change.seq} does not apply: ${result.error.message}`);
    doc = result.doc;
  }
  return doc;
}
