// Runs in the renderer: the page's copy of the open workspace. It is read once from the
// host and then kept in step by applying each acknowledged command with the same core
// code the host's store ran (same document, same command, same time and author: the same
// result); any doubt, and it reads the document again. Commands go one at a time, so the
// copy sees them in the order the store did. Nothing is changed here before the store says so.
import type { BriefingApi } from '../../core/ipc/contract';
import type { IpcError } from '../../core/ipc/ipc-result';
import type { CommandErrorPayload, FileAction, FileActionOutcome, WorkspaceStatus } from '../../core/ipc/workspace-schemas';
import { applyCommand } from '../../core/model/apply-command';
import type { Command } from '../../core/model/commands';
import type { Workspace } from '../../core/model/workspace';
import { createSerialQueue } from '../../core/serial-queue';

export interface WorkspaceState {
  phase: 'loading' | 'ready' | 'failed';
  status: WorkspaceStatus | null;
  doc: Workspace | null;
  /** Why the workspace could not be read from the host. */
  loadError: IpcError | null;
}

/** A refused command: the store's or model's reason, or the IPC failure. */
export type RunError = CommandErrorPayload | IpcError;
export type RunResult = { ok: true } | { ok: false; error: RunError };

export interface WorkspaceClient {
  getState(): WorkspaceState;
  subscribe(listener: () => void): () => void;
  /** Commands sent and not yet answered by the store (nothing in them is saved until it answers). */
  saving(): number;
  /** Called when saving() changes; kept apart from subscribe() so views do not render for it. */
  subscribeSaving(listener: () => void): () => void;
  load(): Promise<void>;
  run(command: Command): Promise<RunResult>;
  fileAction(action: FileAction): Promise<FileActionOutcome | { status: 'error'; error: IpcError }>;
  dispose(): void;
}

export function createWorkspaceClient(api: BriefingApi): WorkspaceClient {
  let state: WorkspaceState = { phase: 'loading', status: null, doc: null, loadError: null };
  let saving = 0;
  const savingListeners = new Set<() => void>();
  const setSaving = (next: number) => {
    saving = next;
    for (const listener of savingListeners) listener();
  };
  const listeners = new Set<() => void>();
  const queue = createSerialQueue();
  let loads = 0;

  const set = (next: WorkspaceState) => {
    state = next;
    for (const listener of listeners) listener();
  };

  const serial = <T>(task: () => Promise<T>): Promise<T> => queue.run(task);

  const load = async () => {
    const ticket = ++loads;
    let result;
    try {
      result = await api.getWorkspace();
    } catch (thrown) {
      result = { ok: false as const, error: { code: 'internal' as const, message: thrown instanceof Error ? thrown.message : String(thrown) } };
    }
    if (ticket !== loads) return; // a newer read is on its way
    if (result.ok) set({ phase: 'ready', status: result.value.status, doc: result.value.doc as Workspace | null, loadError: null });
    else set({ ...state, phase: state.doc ? 'ready' : 'failed', loadError: result.error });
  };

  const unsubscribe = api.onHostEvent('workspaceChanged', () => void serial(load));

  const run = async (command: Command): Promise<RunResult> => {
    setSaving(saving + 1);
    try {
      return await runNow(command);
    } finally {
      setSaving(saving - 1);
    }
  };

  const runNow = (command: Command): Promise<RunResult> =>
    serial(async (): Promise<RunResult> => {
      const base = state.doc;
      let result;
      try {
        result = await api.applyCommand(command);
      } catch (thrown) {
        return { ok: false, error: { code: 'internal', message: thrown instanceof Error ? thrown.message : String(thrown) } };
      }
      if (!result.ok) return { ok: false, error: result.error };
      const outcome = result.value;
      if (outcome.status === 'rejected') return { ok: false, error: outcome.error };
      const local = base ? applyCommand(base, command, { at: outcome.at, by: outcome.by }) : null;
      if (local?.ok && local.doc.revision === outcome.revision && state.doc === base && state.status?.open) {
        set({ ...state, doc: local.doc, status: { ...state.status, revision: local.doc.revision, title: local.doc.meta.title } });
      } else {
        await load(); // the copy and the store disagree: take the store's word
      }
      return { ok: true };
    });

  const fileAction = async (action: FileAction) => {
    try {
      const result = await api.workspaceFile(action);
      // A replaced workspace arrives through the workspaceChanged event; nothing to do here.
      return result.ok ? result.value : { status: 'error' as const, error: result.error };
    } catch (thrown) {
      return { status: 'error' as const, error: { code: 'internal' as const, message: thrown instanceof Error ? thrown.message : String(thrown) } };
    }
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    saving: () => saving,
    subscribeSaving(listener) {
      savingListeners.add(listener);
      return () => void savingListeners.delete(listener);
    },
    load: () => serial(load),
    run,
    fileAction,
    dispose: () => unsubscribe(),
  };
}
