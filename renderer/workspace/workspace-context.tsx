// Runs in the renderer: the open workspace for every view: one client per app, its state
// read with useSyncExternalStore, and a command runner per component that remembers the
// last refusal so the component can show it where the edit was made.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { BriefingApi } from '../../core/ipc/contract';
import type { Command } from '../../core/model/commands';
import type { Workspace } from '../../core/model/workspace';
import { useWarmSearchIndex } from './search-index';
import { createWorkspaceClient, type RunError, type WorkspaceClient, type WorkspaceState } from './workspace-client';

const WorkspaceContext = createContext<WorkspaceClient | null>(null);

export function WorkspaceProvider({ api, children }: { api: BriefingApi; children: ReactNode }) {
  const client = useMemo(() => createWorkspaceClient(api), [api]);
  useEffect(() => {
    void client.load();
    return () => client.dispose();
  }, [client]);
  return (
    <WorkspaceContext.Provider value={client}>
      <SearchIndexWarmer />
      {children}
    </WorkspaceContext.Provider>
  );
}

/** Keeps the segment text index warm for whatever searches the open workspace. */
function SearchIndexWarmer() {
  useWarmSearchIndex(useWorkspaceState().doc);
  return null;
}

export function useWorkspaceClient(): WorkspaceClient {
  const client = useContext(WorkspaceContext);
  if (!client) throw new Error('useWorkspaceClient() outside <WorkspaceProvider>');
  return client;
}

export function useWorkspaceState(): WorkspaceState {
  const client = useWorkspaceClient();
  return useSyncExternalStore(client.subscribe, client.getState, client.getState);
}

/** The open document; views render only once there is one. */
export function useWorkspaceDoc(): Workspace {
  const { doc } = useWorkspaceState();
  if (!doc) throw new Error('useWorkspaceDoc() without an open workspace');
  return doc;
}

export interface CommandRunner {
  /** Resolves true when the store applied the command; false (and `error` is set) when refused. */
  run(command: Command): Promise<boolean>;
  pending: boolean;
  error: RunError | null;
  clearError(): void;
}

export function useCommand(): CommandRunner {
  const client = useWorkspaceClient();
  const [pending, setPending] = useState(0);
  const [error, setError] = useState<RunError | null>(null);
  const run = useCallback(
    async (command: Command) => {
      setPending((n) => n + 1);
      try {
        const result = await client.run(command);
        setError(result.ok ? null : result.error);
        return result.ok;
      } finally {
        setPending((n) => n - 1);
      }
    },
    [client],
  );
  const clearError = useCallback(() => setError(null), []);
  return { run, pending: pending > 0, error, clearError };
}
