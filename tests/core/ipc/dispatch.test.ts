import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/ipc/dispatch';
import type { Handlers } from '../../../core/ipc/contract';
import { createSettingsHandlers } from '../../../core/settings/settings-handlers';

function memoryHandlers(): Handlers & { stored: { value: unknown } } {
  const stored = { value: undefined as unknown };
  return {
    stored,
    getAppInfo: () => ({ name: 'Briefing Desk', version: '0.0.0', host: 'web', platform: 'test' }),
    ...createSettingsHandlers({ read: () => stored.value, write: (s) => void (stored.value = s) }),
    openExternal: () => ({ opened: true }),
    // The workspace actions have their own tests (workspace-contract.test.ts).
    getWorkspace: () => Promise.reject(new Error('not used here')),
    applyCommand: () => Promise.reject(new Error('not used here')),
    workspaceFile: () => Promise.reject(new Error('not used here')),
    // So do the pack export actions (tests/electron/packs, tests/renderer/packs).
    exportPacks: () => Promise.reject(new Error('not used here')),
    cancelPackExport: () => ({ cancelled: false }),
    openPackFile: () => ({ opened: false }),
    showPackInFolder: () => ({ shown: false }),
    // The projector's window has its own tests (tests/electron/present, tests/e2e/present).
    presentOpenAudience: () => ({ display: 'closed' }),
    presentCloseAudience: () => ({ display: 'closed' }),
    // The calendar export has its own (tests/electron/itinerary).
    exportCalendar: () => ({ status: 'cancelled' }),
  };
}

describe('dispatch', () => {
  it('runs a valid call and returns its validated answer', async () => {
    const handlers = memoryHandlers();
    expect(await dispatch(handlers, 'updateSettings', { uiLanguage: 'en' })).toEqual({
      ok: true,
      value: { uiLanguage: 'en' },
    });
    expect(handlers.stored.value).toEqual({ uiLanguage: 'en' });
    expect(await dispatch(handlers, 'getSettings', undefined)).toEqual({ ok: true, value: { uiLanguage: 'en' } });
  });

  it('rejects an invalid payload with the path of each problem, and does not run the handler', async () => {
    const handlers = memoryHandlers();
    const result = await dispatch(handlers, 'updateSettings', { uiLanguage: 'xx', extra: 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-payload');
    expect(result.error.issues?.map((i) => i.path).sort()).toEqual(['(payload)', 'uiLanguage'].sort());
    expect(handlers.stored.value).toBeUndefined();
  });

  it('refuses links that are not https', async () => {
    const handlers = memoryHandlers();
    for (const url of ['http://example.org', 'javascript:alert(1)', 'file:///etc/passwd', 'https://u:p@example.org']) {
      const result = await dispatch(handlers, 'openExternal', { url });
      expect(result.ok, url).toBe(false);
    }
    expect(await dispatch(handlers, 'openExternal', { url: 'https://example.org/x' })).toEqual({
      ok: true,
      value: { opened: true },
    });
  });

  it('names an unknown method, and reports a handler that throws or answers wrongly', async () => {
    const handlers = memoryHandlers();
    expect(await dispatch(handlers, 'deleteEverything', undefined)).toMatchObject({
      ok: false,
      error: { code: 'unknown-method' },
    });
    expect(await dispatch(handlers, 'toString', undefined)).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    const throwing = { ...handlers, getAppInfo: () => { throw new Error('disk on fire'); } };
    expect(await dispatch(throwing, 'getAppInfo', undefined)).toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('disk on fire') },
    });
    const wrong = { ...handlers, getSettings: () => ({ uiLanguage: 'klingon' }) } as unknown as Handlers;
    expect(await dispatch(wrong, 'getSettings', undefined)).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('falls back to defaults field by field for damaged stored settings', async () => {
    const handlers = memoryHandlers();
    handlers.stored.value = { uiLanguage: 42 };
    expect(await dispatch(handlers, 'getSettings', undefined)).toEqual({ ok: true, value: { uiLanguage: 'zh-CN' } });
  });
});
