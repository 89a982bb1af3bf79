// Runs in the renderer: one export at a time from the Pack builder: starts a job with its
// own id, follows the host's progress events for that id, cancels it, and keeps the
// outcome (the files, or why there are none) until the next export or a dismissal.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BriefingApi } from '../../core/ipc/contract';
import type { IpcError } from '../../core/ipc/ipc-result';
import type { PackExportOutcome, PackExportProgress } from '../../core/ipc/pack-schemas';
import type { PackRequest } from '../../core/packs/pack-request';

export type ExportState =
  | { kind: 'idle' }
  | { kind: 'running'; jobId: string; packs: number; progress: PackExportProgress | null; cancelling: boolean }
  | { kind: 'finished'; outcome: PackExportOutcome; batch: boolean }
  | { kind: 'error'; error: IpcError };

let counter = 0;
function newJobId(): string {
  counter += 1;
  return `pack-${Date.now().toString(36)}-${counter}-${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
}

export interface PackExport {
  state: ExportState;
  start(packs: PackRequest[]): Promise<void>;
  cancel(): Promise<void>;
  dismiss(): void;
}

export function usePackExport(api: BriefingApi): PackExport {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const jobRef = useRef<string | null>(null);

  useEffect(
    () =>
      api.onHostEvent('packExportProgress', (progress) => {
        if (progress.jobId !== jobRef.current) return;
        setState((current) => (current.kind === 'running' && current.jobId === progress.jobId ? { ...current, progress } : current));
      }),
    [api],
  );

  const start = useCallback(
    async (packs: PackRequest[]) => {
      if (jobRef.current) return;
      const jobId = newJobId();
      jobRef.current = jobId;
      setState({ kind: 'running', jobId, packs: packs.length, progress: null, cancelling: false });
      try {
        const result = await api.exportPacks({ jobId, packs });
        if (jobRef.current !== jobId) return;
        if (!result.ok) setState({ kind: 'error', error: result.error });
        else if (result.value.status === 'dismissed') setState({ kind: 'idle' });
        else setState({ kind: 'finished', outcome: result.value, batch: packs.length > 1 });
      } catch (thrown) {
        setState({ kind: 'error', error: { code: 'internal', message: thrown instanceof Error ? thrown.message : String(thrown) } });
      } finally {
        if (jobRef.current === jobId) jobRef.current = null;
      }
    },
    [api],
  );

  const cancel = useCallback(async () => {
    const jobId = jobRef.current;
    if (!jobId) return;
    setState((current) => (current.kind === 'running' ? { ...current, cancelling: true } : current));
    // The job's own answer (cancelled, or done when it was too late) ends the running state.
    await api.cancelPackExport({ jobId });
  }, [api]);

  const dismiss = useCallback(() => setState((current) => (current.kind === 'running' ? current : { kind: 'idle' })), []);

  return { state, start, cancel, dismiss };
}
