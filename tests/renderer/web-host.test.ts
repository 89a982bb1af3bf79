// Runs in the renderer (jsdom): the browser host goes through the real contract and
// dispatch(), keeps settings in localStorage, and copies values both ways like IPC.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import packageJson from '../../package.json';
import { SETTINGS_STORAGE_KEY } from '../../renderer/hosts/local-storage-settings';
import { createWebHost, installWebHost, type WebHostEnvironment } from '../../renderer/hosts/web-host';

function environment(overrides: Partial<WebHostEnvironment> = {}): WebHostEnvironment & { openWindow: ReturnType<typeof vi.fn> } {
  return { storage: window.localStorage, platform: 'TestOS', openWindow: vi.fn(() => null), ...overrides } as never;
}

beforeEach(() => window.localStorage.clear());
afterEach(() => window.localStorage.clear());

describe('web host', () => {
  it('describes itself as the web host, with the package version', async () => {
    const api = createWebHost(environment());
    expect(await api.getAppInfo()).toEqual({
      ok: true,
      value: { name: 'Briefing Desk', version: packageJson.version, host: 'web', platform: 'TestOS' },
    });
  });

  it('starts from the defaults and keeps a change in localStorage, where the next start finds it', async () => {
    const api = createWebHost(environment());
    expect(await api.getSettings()).toEqual({ ok: true, value: { uiLanguage: 'zh-CN' } });
    expect(await api.updateSettings({ uiLanguage: 'ar' })).toEqual({ ok: true, value: { uiLanguage: 'ar' } });
    expect(JSON.parse(window.localStorage.getItem(SETTINGS_STORAGE_KEY)!)).toEqual({ uiLanguage: 'ar' });
    const afterReload = createWebHost(environment());
    expect(await afterReload.getSettings()).toEqual({ ok: true, value: { uiLanguage: 'ar' } });
  });

  it('rejects an invalid payload through the contract and stores nothing', async () => {
    const api = createWebHost(environment());
    const result = await api.updateSettings({ uiLanguage: 'tlh' } as never);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(window.localStorage.getItem(SETTINGS_STORAGE_KEY)).toBeNull();
  });

  it('reads a damaged stored entry as the defaults', async () => {
    window.localStorage.setItem(SETTINGS_STORAGE_KEY, '{not json');
    expect(await createWebHost(environment()).getSettings()).toEqual({ ok: true, value: { uiLanguage: 'zh-CN' } });
  });

  it('copies values across the boundary, so neither side can change the other’s objects', async () => {
    const stored: { value: unknown } = { value: undefined };
    const storage = {
      getItem: () => (stored.value === undefined ? null : JSON.stringify(stored.value)),
      setItem: (_key: string, value: string) => void (stored.value = JSON.parse(value)),
    } as unknown as Storage;
    const api = createWebHost(environment({ storage }));
    const patch = { uiLanguage: 'en' as const };
    const first = await api.updateSettings(patch);
    patch.uiLanguage = 'ar' as never;
    if (first.ok) (first.value as { uiLanguage: string }).uiLanguage = 'ar';
    expect(await api.getSettings()).toEqual({ ok: true, value: { uiLanguage: 'en' } });
    // A payload structuredClone cannot copy fails the way IPC would, before any handler runs.
    await expect(api.updateSettings({ uiLanguage: 'en', fn: () => 1 } as never)).rejects.toThrow();
  });

  it('opens https links in a new tab without opener, and refuses anything else', async () => {
    const env = environment();
    const api = createWebHost(env);
    expect(await api.openExternal({ url: 'https://www.npc.gov.cn/' })).toEqual({ ok: true, value: { opened: true } });
    expect(env.openWindow).toHaveBeenCalledWith('https://www.npc.gov.cn/', '_blank', 'noopener,noreferrer');
    const refused = await api.openExternal({ url: 'javascript:alert(1)' });
    expect(refused.ok).toBe(false);
    expect(env.openWindow).toHaveBeenCalledTimes(1);
  });

  it('installs itself only where no host exists, and cannot be replaced afterwards', async () => {
    const bare = { localStorage: window.localStorage, navigator: { platform: 'X' }, open: vi.fn() } as unknown as Window;
    const api = installWebHost(bare);
    expect(bare.briefing).toBe(api);
    expect(() => Object.assign(bare, { briefing: {} })).toThrow();
    expect(installWebHost(bare)).toBe(api);

    const electronLike = { briefing: { marker: true } } as unknown as Window;
    expect(installWebHost(electronLike)).toEqual({ marker: true });
  });
});
