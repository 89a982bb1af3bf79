// Runs in Node: the built desktop app in real Electron: the window opens on the app
// protocol with its title, and the page sees window.briefing (exactly the contract's
// methods and onHostEvent, answering over real IPC) and no Node. Skipped, with the reason, where the
// Electron binary is not installed (it cannot be downloaded on every machine).
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import { API_KEYS } from '../../core/ipc/contract';
import { locateElectronBinary } from '../../scripts/electron-binary.mjs';

const projectDir = fileURLToPath(new URL('../..', import.meta.url));
const binary = locateElectronBinary({ projectDir });
const built = existsSync(join(projectDir, 'dist', 'electron', 'main.cjs')) && existsSync(join(projectDir, 'dist', 'renderer', 'index.html'));

test('the desktop app opens one secure window on the app protocol', async () => {
  test.skip(
    !binary.found,
    `Electron binary not installed (${binary.found ? '' : binary.reason}); run "npx install-electron" on a machine that can reach its download host, or set ELECTRON_OVERRIDE_DIST_PATH`,
  );
  test.skip(!built, 'the app is not built: run "npm run build" first');
  if (!binary.found) return;

  const userData = await mkdtemp(join(tmpdir(), 'briefing-smoke-'));
  // Only defined variables; never a dev server URL or ELECTRON_RUN_AS_NODE.
  const env: Record<string, string> = { BRIEFING_USER_DATA_DIR: userData };
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && name !== 'BRIEFING_DEV_SERVER_URL' && name !== 'ELECTRON_RUN_AS_NODE') env[name] ??= value;
  }
  // Chromium refuses to sandbox as root (containers, CI); elsewhere the sandbox stays on.
  const args = [projectDir, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])];
  const app = await electron.launch({ executablePath: binary.path, args, env, timeout: 30_000 });
  try {
    const window = await app.firstWindow();
    await window.waitForLoadState('domcontentloaded');
    expect(window.url()).toBe('app://briefing/index.html');
    await expect(window).toHaveTitle(/Briefing Desk/);

    const globals = await window.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return {
        methods: Object.keys((w.briefing as object | undefined) ?? {}).sort(),
        require: typeof w.require,
        process: typeof w.process,
        module: typeof w.module,
      };
    });
    expect(globals).toEqual({ methods: [...API_KEYS].sort(), require: 'undefined', process: 'undefined', module: 'undefined' });

    const info = await window.evaluate(() => (window as unknown as { briefing: { getAppInfo(): Promise<unknown> } }).briefing.getAppInfo());
    expect(info).toMatchObject({ ok: true, value: { name: 'Briefing Desk', host: 'electron' } });

    const state = await app.evaluate(({ BrowserWindow }) => {
      const windows = BrowserWindow.getAllWindows();
      return { count: windows.length, url: windows[0]?.webContents.getURL(), title: windows[0]?.getTitle() };
    });
    expect(state).toMatchObject({ count: 1, url: 'app://briefing/index.html', title: expect.stringMatching(/Briefing Desk/) });
  } finally {
    await app.close();
  }
});
