// Runs in the browser host: typesetting for the browser's pack export, in a web worker
// (pack-typeset-worker.ts) so the page stays responsive and Cancel is immediate: the worker
// is ended mid-layout, and the next export starts a fresh one. A worker that finished is
// kept for the next export, with the engine's fonts already loaded.
import type { FromTypesetWorker } from '../../core/ipc/pack-worker-messages';
import type { TypesetPack } from '../../core/ipc/pack-typeset';
import { CancelledError, type PackTypesetter } from '../../core/ipc/pack-typesetter';
import type { EngineAssetUrls } from './engine-asset-urls';
import type { ToBrowserTypesetWorker } from './pack-typeset-worker';

/** What the typesetter needs of a Worker (a real one, or a test's stand-in). */
export interface TypesetWorker {
  postMessage(message: ToBrowserTypesetWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FromTypesetWorker>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  removeEventListener(type: 'message' | 'error', listener: (event: never) => void): void;
  terminate(): void;
}

export function createTypesetWorker(): TypesetWorker {
  return new Worker(new URL('./pack-typeset-worker.ts', import.meta.url), { type: 'module', name: 'pack-typesetter' }) as TypesetWorker;
}

export function webPackTypesetter(assets: () => EngineAssetUrls, spawn: () => TypesetWorker = createTypesetWorker): PackTypesetter {
  let idle: TypesetWorker | undefined;
  return {
    start(documents, onPhase) {
      const worker = idle ?? spawn();
      idle = undefined;
      const packs: TypesetPack[] = [];
      let settle: { resolve: (packs: TypesetPack[]) => void; reject: (error: Error) => void } | undefined;
      const results = new Promise<TypesetPack[]>((resolve, reject) => (settle = { resolve, reject }));
      const finish = (error?: Error, keep = false) => {
        worker.removeEventListener('message', onMessage as (event: never) => void);
        worker.removeEventListener('error', onError as (event: never) => void);
        if (keep && !idle) idle = worker;
        else worker.terminate();
        const s = settle;
        settle = undefined;
        if (error) s?.reject(error);
        else s?.resolve(packs);
      };
      const onMessage = (event: MessageEvent<FromTypesetWorker>) => {
        const message = event.data;
        if (message.type === 'phase') onPhase(message.index, message.phase);
        else if (message.type === 'pack') packs[message.index] = { pdf: message.pdf, pages: message.pages, warnings: message.warnings };
        else if (message.type === 'finished') finish(undefined, true);
        else if (message.type === 'failed') finish(new Error(message.message), true);
      };
      const onError = (event: ErrorEvent) => {
        event.preventDefault?.();
        finish(new Error(event.message || 'The typesetting worker failed to start'));
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      worker.postMessage({ type: 'typeset', documents, assets: assets() });
      return {
        results,
        cancel: () => {
          if (settle) finish(new CancelledError());
        },
      };
    },
    async dispose() {
      idle?.terminate();
      idle = undefined;
    },
  };
}
