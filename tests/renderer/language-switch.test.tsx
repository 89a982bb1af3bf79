// Runs in the renderer (jsdom): the interface-language switch stores the choice through the
// host, then relabels the app and sets <html lang dir>; a refused save changes nothing.
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import arNav from '../../locales/ar/nav.json';
import enNav from '../../locales/en/nav.json';
import zhNav from '../../locales/zh-CN/nav.json';
import zhSettings from '../../locales/zh-CN/settings.json';
import { fail } from '../../core/ipc/ipc-result';
import { fakeHost } from './support/fake-host';
import { renderApp } from './support/render-app';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

async function choose(name: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole('radio', { name: new RegExp(name) }));
  });
}

describe('language switch', () => {
  it('sets lang and dir on <html> from the start language', () => {
    renderApp(fakeHost(), { language: 'ar' });
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByRole('link', { name: arNav.library })).toBeTruthy();
  });

  it('stores English through updateSettings, then shows English labels, left to right', async () => {
    const host = fakeHost();
    renderApp(host, { hash: '#/settings' });
    expect(document.documentElement.lang).toBe('zh-CN');
    expect((screen.getByRole('radio', { name: /简体中文/ }) as HTMLInputElement).checked).toBe(true);

    await choose('English');
    expect(host.updateSettings).toHaveBeenCalledWith({ uiLanguage: 'en' });
    expect(host.stored.uiLanguage).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.dir).toBe('ltr');
    expect(screen.getByRole('link', { name: enNav.library })).toBeTruthy();
    expect((screen.getByRole('radio', { name: /English/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('turns the page right-to-left for Arabic, and back for Chinese', async () => {
    const host = fakeHost();
    renderApp(host, { hash: '#/settings' });
    await choose('العربية');
    expect(host.updateSettings).toHaveBeenLastCalledWith({ uiLanguage: 'ar' });
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByRole('link', { name: arNav.settings })).toBeTruthy();

    await choose('简体中文');
    expect(host.updateSettings).toHaveBeenLastCalledWith({ uiLanguage: 'zh-CN' });
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(screen.getByRole('link', { name: zhNav.settings })).toBeTruthy();
  });

  it('keeps the current language and says why when the host refuses to save', async () => {
    const host = fakeHost({ updateSettings: async () => fail('internal', 'settings:update failed: read-only disk') });
    renderApp(host, { hash: '#/settings' });
    await choose('English');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(zhSettings.language.saveFailed);
    expect(alert.textContent).toContain('read-only disk');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(screen.getByRole('link', { name: zhNav.library })).toBeTruthy();
    expect((screen.getByRole('radio', { name: /简体中文/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('shows which host and version it runs on in About', async () => {
    renderApp(fakeHost(), { hash: '#/settings' });
    expect(await screen.findByText('9.8.7')).toBeTruthy();
    expect(screen.getByText(zhSettings.about.hosts.electron)).toBeTruthy();
  });
});
