// Runs in Node (tests): starts the real main-process code against the fake `electron`,
// with a real renderer folder and a real userData folder in a temp directory.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from '../../electron/app/start-app';
import { makeAppFolder } from './app-folder';
import { BrowserWindow, FakeWebContents, resetFakeElectron } from './fake-electron';

export interface TestAppOptions {
  isPackaged?: boolean;
  hasSingleInstanceLock?: boolean;
  /** Contents of settings.json before start, if any. */
  storedSettings?: unknown;
  env?: NodeJS.ProcessEnv;
  /** Make every page load fail with this message. */
  failLoadsWith?: string;
  /** Written where the app looks for its bundled sample workspace, before start. */
  sampleWorkspace?: unknown;
  /** Files to put in the user-data folder before start (name → contents). */
  userDataFiles?: Record<string, string>;
  /** Use this user-data folder (a second start on the same data) instead of a fresh one. */
  userData?: string;
}

export async function startTestApp(options: TestAppOptions = {}) {
  const root = await mkdtemp(join(tmpdir(), 'briefing-main-'));
  const appPath = await makeAppFolder(root);
  const userData = options.userData ?? join(root, 'user-data');
  if (options.storedSettings !== undefined) {
    await mkdir(userData, { recursive: true });
    await writeFile(join(userData, 'settings.json'), JSON.stringify(options.storedSettings));
  }
  if (options.sampleWorkspace !== undefined) {
    await mkdir(join(appPath, 'assets', 'sample-workspace'), { recursive: true });
    await writeFile(join(appPath, 'assets', 'sample-workspace', 'sample-workspace.json'), JSON.stringify(options.sampleWorkspace, null, 2));
  }
  for (const [name, contents] of Object.entries(options.userDataFiles ?? {})) {
    await mkdir(userData, { recursive: true });
    await writeFile(join(userData, name), contents);
  }
  resetFakeElectron({
    appPath,
    userData,
    hasSingleInstanceLock: options.hasSingleInstanceLock ?? true,
    isPackaged: options.isPackaged ?? false,
  });
  FakeWebContents.failLoadsWith = options.failLoadsWith;
  const running = await startApp(options.env ?? {});
  const window = BrowserWindow.instances[0];
  return { root, appPath, userData, running, window };
}
