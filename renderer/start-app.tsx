// Runs in the renderer: start-up in order: find the host, read the stored settings, set up
// the UI strings in the stored language, then render. Kept apart from main.tsx for tests.
/// <reference path="./briefing-window.d.ts" />
import { createRoot, type Root } from 'react-dom/client';
import type { BriefingApi } from '../core/ipc/contract';
import { DEFAULT_UI_LANGUAGE } from '../core/i18n/ui-languages';
import type { IpcError } from '../core/ipc/ipc-result';
import { App } from './app/app';
import { createI18n } from './i18n/create-i18n';

export async function resolveHost(win: Window): Promise<BriefingApi> {
  if (win.briefing) return win.briefing;
  // Only a plain browser gets here; Electron's bundle never loads the web host's chunk.
  const { installWebHost } = await import('./hosts/web-host');
  return installWebHost(win);
}

export async function startApp(win: Window, container: HTMLElement): Promise<Root> {
  const api = await resolveHost(win);
  let language = DEFAULT_UI_LANGUAGE;
  let startupError: IpcError | null = null;
  try {
    const settings = await api.getSettings();
    if (settings.ok) language = settings.value.uiLanguage;
    else startupError = settings.error;
  } catch (thrown) {
    startupError = { code: 'internal', message: thrown instanceof Error ? thrown.message : String(thrown) };
  }
  const i18n = createI18n(language, win.document.documentElement);
  const root = createRoot(container);
  root.render(<App api={api} i18n={i18n} startupError={startupError} />);
  return root;
}
