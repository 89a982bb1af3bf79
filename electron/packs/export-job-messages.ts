// Runs in Node: what the export's worker thread is given when it starts; its messages are
// core's (core/ipc/pack-worker-messages.ts), shared with the browser's web worker.
export type { FromTypesetWorker, ToTypesetWorker } from '../../core/ipc/pack-worker-messages';

export interface WorkerSetup {
  /** The folder of engine assets (a built or packaged app); node_modules when absent. */
  assetsDirectory?: string;
}
