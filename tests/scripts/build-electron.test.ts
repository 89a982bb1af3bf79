// Builds the Electron bundles into a temp folder with the real build script, then
// checks each bundle can run where it will run.
import { execFile } from 'node:child_process';
import Module, { builtinModules } from 'node:module';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import vm from 'node:vm';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as fakeElectron from '../electron/fake-electron';
import { makeAppFolder } from '../electron/app-folder';
import { API_KEYS, contract, METHOD_NAMES } from '../../core/ipc/contract';
import packageJson from '../../package.json' with { type: 'json' };

const run = promisify(execFile);
let out: string;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'briefing-build-'));
  await run(process.execPath, ['scripts/build-electron.mjs', '--out', out], { cwd: process.cwd() });
}, 60_000);

const requiredModules = (code: string) => [...new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!))];

describe('scripts/build-electron.mjs', () => {
  it('bundles main so it needs nothing but electron and Node built-ins (the package has no node_modules)', async () => {
    const code = await readFile(join(out, 'electron', 'main.cjs'), 'utf8');
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const foreign = requiredModules(code).filter((name) => name !== 'electron' && !builtins.has(name));
    expect(foreign).toEqual([]);
    expect(requiredModules(code)).toContain('electron');
    expect(code).toMatch(/sourceMappingURL=main\.cjs\.map/);
  });

  it('boots from the bundle: main.cjs serves the app, answers IPC and opens the window', async () => {
    const root = await mkdtemp(join(tmpdir(), 'briefing-bundle-'));
    const appPath = await makeAppFolder(root);
    fakeElectron.resetFakeElectron({ appPath, userData: join(root, 'user-data') });
    // Hand the bundle the fake wherever it asks for 'electron'.
    const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
    const original = loader._load;
    loader._load = function (request: string, ...rest: unknown[]) {
      return request === 'electron' ? fakeElectron : original.call(this, request, ...rest);
    };
    try {
      createRequire(import.meta.url)(join(out, 'electron', 'main.cjs'));
    } finally {
      loader._load = original;
    }
    await vi.waitFor(() => expect(fakeElectron.BrowserWindow.instances).toHaveLength(1));
    const window = fakeElectron.BrowserWindow.instances[0]!;
    expect(window.webContents.loadedUrl).toBe('app://briefing/index.html');
    expect((window.options.webPreferences as { preload: string }).preload).toBe(join(appPath, 'dist', 'electron', 'preload.cjs'));
    expect([...fakeElectron.ipcMain.handlers.keys()].sort()).toEqual(METHOD_NAMES.map((m) => contract[m].channel).sort());
    const response = await fakeElectron.protocol.handlers.get('app')!(new Request('app://briefing/index.html'));
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await fakeElectron.invokeFrom(window.webContents, window.webContents.mainFrame, contract.updateSettings.channel, { uiLanguage: 'en' })).toEqual({
      ok: true,
      value: { uiLanguage: 'en' },
    });
    expect(fakeElectron.Menu.applicationMenu!.template.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('bundles a preload that runs with a sandbox require() that only knows electron', async () => {
    const code = await readFile(join(out, 'electron', 'preload.cjs'), 'utf8');
    expect(requiredModules(code)).toEqual(['electron']);
    const exposed: Record<string, Record<string, (payload?: unknown) => Promise<unknown>>> = {};
    const invoked: unknown[][] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: never) => void (exposed[key] = api) },
      ipcRenderer: { invoke: async (...args: unknown[]) => void invoked.push(args) },
    };
    const sandboxRequire = (name: string) => {
      if (name !== 'electron') throw new Error(`module not found: ${name}`);
      return electron;
    };
    const module = { exports: {} };
    vm.runInNewContext(code, { require: sandboxRequire, module, exports: module.exports });
    expect(Object.keys(exposed.briefing!).sort()).toEqual([...API_KEYS].sort());
    await exposed.briefing!.updateSettings!({ uiLanguage: 'en' });
    expect(invoked).toEqual([[contract.updateSettings.channel, { uiLanguage: 'en' }]]);
  });

  it('bundles the CLI as an ES module exporting main', async () => {
    const cli = (await import(pathToFileURL(join(out, 'cli', 'briefing.mjs')).href)) as {
      main: (argv: string[], io: { stdout(t: string): void; stderr(t: string): void }) => Promise<number>;
    };
    let printed = '';
    const code = await cli.main(['--version'], { stdout: (t) => void (printed += t), stderr: () => undefined });
    expect(code).toBe(0);
    expect(printed.trim()).toBe(packageJson.version);
  });
});
