// Runs in the renderer: the host API for components, passed down rather than read from
// `window`, so tests can hand in their own.
import { createContext, useContext } from 'react';
import type { BriefingApi } from '../../core/ipc/contract';

export const HostContext = createContext<BriefingApi | null>(null);

export function useHost(): BriefingApi {
  const api = useContext(HostContext);
  if (!api) throw new Error('useHost() outside <HostContext.Provider>');
  return api;
}
