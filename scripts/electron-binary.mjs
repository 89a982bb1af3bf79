// Runs in Node: finds the Electron executable the way node_modules/electron/index.js
// does, but without requiring that file, which starts a download when the binary is
// missing. Shared by scripts/start.mjs and the Electron smoke test.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The executable's path inside an unpacked Electron for this platform. */
export function platformExecutable(platform = process.platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * @param {{ projectDir: string, env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform }} options
 * @returns {{ found: true, path: string } | { found: false, path?: string, reason: string }}
 */
export function locateElectronBinary({ projectDir, env = process.env, platform = process.platform }) {
  const packageDir = join(projectDir, 'node_modules', 'electron');
  if (!existsSync(join(packageDir, 'package.json'))) {
    return { found: false, reason: 'node_modules/electron is missing; run npm install first' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const recorded = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const path = join(override, recorded || platformExecutable(platform));
    return existsSync(path)
      ? { found: true, path }
      : { found: false, path, reason: `ELECTRON_OVERRIDE_DIST_PATH is set, but ${path} does not exist` };
  }
  if (!recorded) {
    return { found: false, reason: 'node_modules/electron/path.txt is missing' };
  }
  const path = join(packageDir, 'dist', recorded);
  return existsSync(path)
    ? { found: true, path }
    : { found: false, path, reason: `${path} does not exist` };
}
