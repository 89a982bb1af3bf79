// Runs in the main process: typesetting in a worker thread (export-job-worker.ts), so the
// main process keeps answering the window while a pack is made. A thread stays warm
// between jobs (the engine and its fonts are loaded once); cancelling a job ends its
// thread at once, mid-layout, and the next job starts a fresh one.
import { Worker } from 'node:worker_threads';
import type { TypesetPack } from '../../core/ipc/pack-typeset';
import type { FromTypesetWorker, ToTypesetWorker, WorkerSetup } from './export-job-messages';
import { CancelledError, type PackTypesetter } from '../../core/ipc/pack-typesetter';

export function threadTypesetter(workerPath: string, setup: WorkerSetup = {}): PackTypesetter {
  let idle: Worker | undefined;
  const busy = new Set<Worker>();

  const take = (): Worker => {
    let worker = idle;
    idle = undefined;
    if (!worker) {
      const created = new Worker(workerPath, { workerData: setup });
      // A thread that ends while idle (or crashes) is never handed a job again.
      created.on('exit', () => {
        if (idle === created) idle = undefined;
        busy.delete(created);
      });
      worker = created;
    }
    busy.add(worker);
    return worker;
  };
  const release = (worker: Worker) => {
    busy.delete(worker);
    if (idle) void worker.terminate();
    else {
      idle = worker;
      // An idle thread never keeps the app from quitting.
      worker.unref();
    }
  };

  return {
    start(documents, onPhase, options = {}) {
      const worker = take();
      worker.ref();
      let settle: { resolve: (value: TypesetPack[]) => void; reject: (error: Error) => void } | undefined;
      const results = new Promise<TypesetPack[]>((resolve, reject) => (settle = { resolve, reject }));
      const packs: TypesetPack[] = [];
      const finish = (error?: Error) => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        const s = settle;
        settle = undefined;
        if (!s) return;
        if (error) s.reject(error);
        else s.resolve(packs);
      };
      const onMessage = (message: FromTypesetWorker) => {
        if (message.type === 'phase') onPhase(message.index, message.phase);
        else if (message.type === 'pack') packs[message.index] = { pdf: message.pdf, pages: message.pages, warnings: message.warnings };
        else if (message.type === 'finished') {
          release(worker);
          finish();
        } else if (message.type === 'failed') {
          release(worker);
          finish(new Error(message.message));
        }
      };
      const onError = (error: Error) => {
        busy.delete(worker);
        finish(error);
      };
      const onExit = (code: number) => {
        finish(new Error(`The typesetting thread stopped (exit code ${code})`));
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      const message: ToTypesetWorker = { type: 'typeset', documents, ...(options.imageRoot ? { imageRoot: options.imageRoot } : {}) };
      worker.postMessage(message);
      return {
        results,
        cancel: () => {
          if (!settle) return;
          busy.delete(worker);
          finish(new CancelledError());
          void worker.terminate();
        },
      };
    },
    async dispose() {
      const all = [...busy, ...(idle ? [idle] : [])];
      busy.clear();
      idle = undefined;
      await Promise.all(all.map((worker) => worker.terminate()));
    },
  };
}
