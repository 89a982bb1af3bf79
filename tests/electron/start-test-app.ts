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
}

export async function startTestApp(options: TestAppOptions = {}) {
  const root = await mkdtemp(join(tmpdir(), 'briefing-main-'));
  const appPath = await makeAppFolder(root);
  const userData = join(root, 'user-data');
  if (options.storedSettings !== undefined) {
    await mkdir(userData, { recursive: true });
    await writeFile(join(userData, 'settings.json'), JSON.stringify(options.storedSettings));
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
