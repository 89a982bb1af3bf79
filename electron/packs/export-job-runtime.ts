// Runs in the main process: where the export's parts are in the app. The build puts the
// worker beside main (dist/electron/export-job-worker.cjs) and copies the engine's fonts
// and wasm to dist/engine-assets, since a packaged app has no node_modules. Without a
// built worker (a source checkout, the tests) the engine runs on the main thread, reading
// node_modules.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { withFallback } from './export-job-fallback';
import { inlineTypesetter } from './export-job-inline';
import { threadTypesetter } from './export-job-thread';
import type { PackTypesetter } from '../../core/ipc/pack-typesetter';

export function packExportPaths(appRoot: string) {
  return {
    worker: join(appRoot, 'dist', 'electron', 'export-job-worker.cjs'),
    engineAssets: join(appRoot, 'dist', 'engine-assets'),
  };
}

export function createPackTypesetter(appRoot: string): PackTypesetter {
  const paths = packExportPaths(appRoot);
  // Electron reads files inside app.asar in worker threads too (since Electron 17.3).
  const assetsDirectory = existsSync(paths.engineAssets) ? paths.engineAssets : undefined;
  const inline = inlineTypesetter(assetsDirectory);
  if (!existsSync(paths.worker)) return inline;
  return withFallback(threadTypesetter(paths.worker, assetsDirectory ? { assetsDirectory } : {}), inline, (error) =>
    console.warn(`Pack export: the typesetting thread failed (${error.message}); typesetting on the main thread instead.`),
  );
}
