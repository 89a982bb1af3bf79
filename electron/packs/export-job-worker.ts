// Runs in Node: the export's worker thread. The engine (HarfBuzz, fonts, layout, the PDF
// writer) runs here, off the main process's thread, so the window stays responsive while
// a pack is typeset; cancelling ends the thread. The engine is loaded once per thread and
// reused by every job the thread is given. Bundled to dist/electron/export-job-worker.cjs.
import { parentPort, workerData } from 'node:worker_threads';
import { typesetPack } from '../../core/ipc/pack-typeset';
import type { EngineAssets } from '../../core/typeset/engine-assets';
import { loadEngineAssets } from '../fonts/load-engine-assets';
import { imageResolver } from './export-job-images';
import type { FromTypesetWorker, ToTypesetWorker, WorkerSetup } from './export-job-messages';

const port = parentPort;
if (!port) throw new Error('export-job-worker runs as a worker thread only');
const setup = (workerData ?? {}) as WorkerSetup;
const post = (message: FromTypesetWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

port.on('message', (message: ToTypesetWorker) => {
  if (message.type !== 'typeset') return;
  void (async () => {
    try {
      const base = loadEngineAssets(setup.assetsDirectory ? { directory: setup.assetsDirectory } : {});
      const resolveImage = imageResolver(message.imageRoot);
      const assets: EngineAssets = { ...base, ...(resolveImage ? { resolveImage } : {}) };
      for (const [index, doc] of message.documents.entries()) {
        const result = await typesetPack(doc, assets, (phase) => post({ type: 'phase', index, phase }));
        // The bytes move to main rather than being copied.
        const pdf = result.pdf.byteOffset === 0 && result.pdf.byteLength === result.pdf.buffer.byteLength ? result.pdf : result.pdf.slice();
        post({ type: 'pack', index, pdf, pages: result.pages, warnings: result.warnings }, [pdf.buffer as ArrayBuffer]);
      }
      post({ type: 'finished' });
    } catch (error) {
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  })();
});
