// Runs in the main process: where the built files sit inside the app (the project
// folder in development, app.asar when packaged); see scripts/build-electron.mjs.
import { join } from 'node:path';

export function appLayout(appRoot: string) {
  return {
    rendererRoot: join(appRoot, 'dist', 'renderer'),
    preload: join(appRoot, 'dist', 'electron', 'preload.cjs'),
    icon: join(appRoot, 'assets', 'icons', 'icon.png'),
    /** Loaded on first start and by File → Open Sample Workspace (built by `npm run build:sample`). */
    sampleWorkspace: join(appRoot, 'assets', 'sample-workspace', 'sample-workspace.json'),
  };
}
