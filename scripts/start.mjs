// Runs in Node: `npm start` after the build. Launches the desktop app with the local
// Electron binary; when that binary is missing (no network to its download host, or
// install scripts skipped) it tries one download, then explains what to do instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locateElectronBinary } from './electron-binary.mjs';

const projectDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const installTimeoutMs = Number(process.env.BRIEFING_ELECTRON_INSTALL_TIMEOUT_MS) || 180_000;

/** One download attempt through Electron's own installer, output captured, time bounded. */
function tryInstallElectron() {
  process.stderr.write(`Electron binary not found; trying to download it once (up to ${Math.round(installTimeoutMs / 1000)} s)...\n`);
  const result = spawnSync(process.execPath, [join(projectDir, 'node_modules', 'electron', 'install.js')], {
    cwd: projectDir,
    encoding: 'utf8',
    timeout: installTimeoutMs,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.error?.code === 'ETIMEDOUT') return `it did not finish within ${Math.round(installTimeoutMs / 1000)} s`;
  if (result.error) return result.error.message;
  if (result.status === 0) return undefined;
  const firstLine = `${result.stderr}\n${result.stdout}`.split('\n').map((line) => line.trim()).find(Boolean);
  return firstLine ? `it ended with "${firstLine.slice(0, 200)}"` : `it exited with code ${result.status}`;
}

function explainMissingElectron(reason, attempt) {
  const tried = attempt ? ` A download attempt just now failed (${attempt}).` : '';
  const paragraph =
    `Briefing Desk cannot start: the Electron binary is not installed (${reason}), usually because this ` +
    `machine cannot reach Electron's download host or npm install scripts were skipped.${tried} To fix it, on a ` +
    'machine with a normal network run "npx install-electron" (or "node node_modules/electron/install.js") ' +
    'and then "npm start" again; or set ELECTRON_OVERRIDE_DIST_PATH to the folder of an unpacked Electron 45 ' +
    'build. Meanwhile "npm run dev:web" runs the same interface in a browser.';
  process.stderr.write(`\n${paragraph}\n`);
}

function launch(binaryPath) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would turn Electron into a plain Node process
  const child = spawn(binaryPath, [projectDir, ...process.argv.slice(2)], { cwd: projectDir, env, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('error', (error) => {
    process.stderr.write(`Briefing Desk could not start Electron at ${binaryPath}: ${error.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    process.exit(code ?? (signal ? 128 + (signalNumbers[signal] ?? 1) : 1));
  });
}

const signalNumbers = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };

let binary = locateElectronBinary({ projectDir });
if (!binary.found) {
  // With an explicit override the user chose a binary: downloading another would not help.
  const overridden = Boolean(process.env.ELECTRON_OVERRIDE_DIST_PATH);
  const failure = overridden ? undefined : (tryInstallElectron() ?? 'it reported success, yet no binary appeared');
  const retried = locateElectronBinary({ projectDir });
  if (!retried.found) {
    explainMissingElectron(binary.reason, failure);
    process.exit(1);
  }
  binary = retried;
}
// package.json "main" points at the bundle; without it Electron opens an error dialog.
if (!existsSync(join(projectDir, 'dist', 'electron', 'main.cjs'))) {
  process.stderr.write('Briefing Desk is not built yet (dist/electron/main.cjs is missing): run "npm start", which builds first, or "npm run build".\n');
  process.exit(1);
}
launch(binary.path);
