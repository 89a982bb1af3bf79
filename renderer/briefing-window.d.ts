// Runs in the renderer: the host API on `window`. Electron's preload defines it; in a plain
// browser it is absent until renderer/hosts/web-host.ts installs the in-page host.
import type { BriefingApi } from '../core/ipc/contract';

declare global {
  interface Window {
    briefing?: BriefingApi;
  }
}

export {};
