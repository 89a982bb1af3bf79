// Runs in the renderer: the workspace file actions (new, open, open sample, save as, open
// recent) as the page asks for them: the host shows its dialogs and replaces the workspace,
// and this remembers what came of it (failed, or a copy saved) for the UI to say.
import { useCallback, useState } from 'react';
import type { IpcError } from '../../core/ipc/ipc-result';
import type { FileAction, WorkspaceProblemPayload } from '../../core/ipc/workspace-schemas';
import { useWorkspaceClient } from './workspace-context';

export type FileActionMessage = { kind: 'failed'; error: WorkspaceProblemPayload } | { kind: 'error'; error: IpcError } | { kind: 'saved'; name: string };

export function useFileAction() {
  const client = useWorkspaceClient();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<FileActionMessage | null>(null);
  const run = useCallback(
    async (action: FileAction) => {
      setBusy(true);
      setMessage(null);
      try {
        const outcome = await client.fileAction(action);
        if (outcome.status === 'failed') setMessage({ kind: 'failed', error: outcome.error });
        else if (outcome.status === 'error') setMessage({ kind: 'error', error: outcome.error });
        else if (outcome.status === 'done' && outcome.saved) setMessage({ kind: 'saved', name: outcome.saved });
      } finally {
        setBusy(false);
      }
    },
    [client],
  );
  return { run, busy, message, clear: () => setMessage(null) };
}
