// Runs in the main process: typesetting on the main thread, used when the worker script is
// not there (a source checkout that was not built, the tests). Cancelling takes effect
// between steps: a layout that has started finishes, and its result is dropped.
import { typesetPack, type TypesetPack } from '../../core/ipc/pack-typeset';
import type { EngineAssets } from '../../core/typeset/engine-assets';
import { loadEngineAssets } from '../fonts/load-engine-assets';
import { imageResolver } from './export-job-images';
import { CancelledError, type PackTypesetter } from '../../core/ipc/pack-typesetter';

export function inlineTypesetter(assetsDirectory?: string): PackTypesetter {
  return {
    start(documents, onPhase, options = {}) {
      let cancelled = false;
      const check = () => {
        if (cancelled) throw new CancelledError();
      };
      const run = async (): Promise<TypesetPack[]> => {
        // Let the caller hear of the start (and cancel) before the first long step.
        await new Promise((resolve) => setImmediate(resolve));
        check();
        const base = loadEngineAssets(assetsDirectory ? { directory: assetsDirectory } : {});
        const resolveImage = imageResolver(options.imageRoot);
        const assets: EngineAssets = { ...base, ...(resolveImage ? { resolveImage } : {}) };
        const results: TypesetPack[] = [];
        for (const [index, doc] of documents.entries()) {
          check();
          results.push(
            await typesetPack(doc, assets, (phase) => {
              check();
              onPhase(index, phase);
            }),
          );
        }
        check();
        return results;
      };
      return {
        results: run(),
        cancel: () => void (cancelled = true),
      };
    },
    dispose: async () => undefined,
  };
}
