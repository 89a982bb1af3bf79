// Runs in the renderer (jsdom): the browser host opens the audience view as a same-origin
// window at the audience route, says when it was blocked, notices when the user closes it,
// and closes it at the end of the talk; payloads go through the contract.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWebHost } from '../../../renderer/hosts/web-host';
import type { AudienceWindowHandle } from '../../../renderer/hosts/web-present-host';

afterEach(() => vi.useRealTimers());

function host(open: (hash: string) => AudienceWindowHandle | null) {
  return createWebHost({ storage: window.localStorage, platform: 'TestOS', openWindow: () => null, openAudience: open });
}

describe('the browser host’s audience window', () => {
  it('opens the audience route with the session and UI language, and closes it at the end', async () => {
    const handle = { closed: false, close: vi.fn(() => void (handle.closed = true)) };
    const open = vi.fn(() => handle);
    const api = host(open);
    expect(await api.presentOpenAudience({ session: 'abcdef12-3456', uiLanguage: 'ar' })).toEqual({ ok: true, value: { display: 'window' } });
    expect(open).toHaveBeenCalledWith('#/present/audience?session=abcdef12-3456&ui=ar');
    expect(await api.presentCloseAudience()).toEqual({ ok: true, value: { display: 'closed' } });
    expect(handle.close).toHaveBeenCalled();
  });

  it('says "closed" when the browser blocked the pop-up', async () => {
    const api = host(() => null);
    expect(await api.presentOpenAudience({ session: 'abcdef12-3456', uiLanguage: 'en' })).toEqual({ ok: true, value: { display: 'closed' } });
  });

  it('tells the page when the user closes the audience window', async () => {
    vi.useFakeTimers();
    const handle = { closed: false, close: vi.fn() };
    const api = host(() => handle);
    const heard: unknown[] = [];
    api.onHostEvent('presentAudience', (status) => heard.push(status));
    await api.presentOpenAudience({ session: 'abcdef12-3456', uiLanguage: 'zh-CN' });
    vi.advanceTimersByTime(1_000);
    expect(heard).toEqual([]);
    handle.closed = true;
    vi.advanceTimersByTime(600);
    expect(heard).toEqual([{ display: 'closed' }]);
    vi.advanceTimersByTime(5_000);
    expect(heard).toHaveLength(1);
  });

  it('refuses a session id that is not one (nothing opens)', async () => {
    const open = vi.fn(() => null);
    const api = host(open);
    const result = await api.presentOpenAudience({ session: '../../etc', uiLanguage: 'en' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('invalid-payload');
    expect(open).not.toHaveBeenCalled();
  });
});
