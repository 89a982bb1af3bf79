// Runs in the renderer (jsdom): start-up as main.tsx runs it: with no preload, the web host
// is loaded and installed; the stored language is applied before the first paint.
import { act, screen, waitFor } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import arNav from '../../locales/ar/nav.json';
import zhCommon from '../../locales/zh-CN/common.json';
import zhNav from '../../locales/zh-CN/nav.json';
import { fail } from '../../core/ipc/ipc-result';
import { SETTINGS_STORAGE_KEY } from '../../renderer/hosts/local-storage-settings';
import { startApp } from '../../renderer/start-app';
import { fakeHost } from './support/fake-host';

let container: HTMLElement;
let root: Root | undefined;

beforeEach(() => {
  window.localStorage.clear();
  container = document.body.appendChild(document.createElement('div'));
});

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  container.remove();
});

/**
 * A window whose own properties are fresh but whose DOM is jsdom's: installWebHost defines
 * `briefing` for good, so each test gets its own window object without a host.
 */
function freshWindow(extra: Record<string, unknown> = {}): Window {
  const win = Object.create(window, {
    localStorage: { value: window.localStorage },
    document: { value: document },
    navigator: { value: window.navigator },
  }) as Window;
  Object.assign(win, extra);
  return win;
}

describe('start-up', () => {
  it('installs the web host when there is no preload, and opens in the stored language', async () => {
    window.localStorage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify({ uiLanguage: 'ar' }));
    const win = freshWindow();
    expect(Object.prototype.hasOwnProperty.call(win, 'briefing')).toBe(false);
    root = await startApp(win, container);
    expect(Object.prototype.hasOwnProperty.call(win, 'briefing')).toBe(true);
    await waitFor(() => expect(screen.getByRole('link', { name: arNav.library })).toBeTruthy());
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
  });

  it('uses a host that is already there (the Electron preload) and never the web host', async () => {
    const host = fakeHost({}, { uiLanguage: 'zh-CN' });
    const win = freshWindow({ briefing: host });
    root = await startApp(win, container);
    expect(win.briefing).toBe(host);
    expect(host.getSettings).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.getByRole('link', { name: zhNav.library })).toBeTruthy());
  });

  it('runs on the defaults and says so when the stored settings cannot be read', async () => {
    const host = fakeHost({ getSettings: async () => fail('internal', 'settings:get failed: EACCES') });
    root = await startApp(freshWindow({ briefing: host }), container);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(zhCommon.errors.settingsUnreadable);
    expect(alert.textContent).toContain('EACCES');
    expect(document.documentElement.lang).toBe('zh-CN');
  });
});
