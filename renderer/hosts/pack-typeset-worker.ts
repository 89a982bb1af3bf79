// Runs in the browser host: the web worker that typesets exported packs, so the page keeps
// drawing its progress bar (and hears Cancel) while the engine works; cancelling ends the
// worker. It loads the engine's files from the URLs the page gives it, once, and keeps them.
import './zod-without-eval'; // first: the desktop CSP forbids eval in workers too
import type { FromTypesetWorker, ToTypesetWorker } from '../../core/ipc/pack-worker-messages';
import { typesetPack } from '../../core/ipc/pack-typeset';
import { loadBrowserEngineAssets } from './browser-engine-assets';
import type { EngineAssetUrls } from './engine-asset-urls';

export type ToBrowserTypesetWorker = ToTypesetWorker & { assets: EngineAssetUrls };

// The renderer is type-checked with the DOM library; a dedicated worker's scope is narrower.
const scope = globalThis as unknown as {
  postMessage(message: FromTypesetWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToBrowserTypesetWorker>) => void): void;
};

scope.addEventListener('message', (event) => {
  const message = event.data;
  if (message?.type !== 'typeset') return;
  void (async () => {
    try {
      const assets = await loadBrowserEngineAssets(message.assets, JSON.stringify(message.documents));
      for (const [index, doc] of message.documents.entries()) {
        const result = await typesetPack(doc, assets, (phase) => scope.postMessage({ type: 'phase', index, phase }));
        const pdf = result.pdf.byteOffset === 0 && result.pdf.byteLength === result.pdf.buffer.byteLength ? result.pdf : result.pdf.slice();
        scope.postMessage({ type: 'pack', index, pdf, pages: result.pages, warnings: result.warnings }, [pdf.buffer as ArrayBuffer]);
      }
      scope.postMessage({ type: 'finished' });
    } catch (error) {
      scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  })();
});
