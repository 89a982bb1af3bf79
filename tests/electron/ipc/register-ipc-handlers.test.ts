import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contract, METHOD_NAMES } from '../../../core/ipc/contract';
import { BrowserWindow, FakeWebFrameMain, invokeFrom, ipcMain, Menu, resetFakeElectron, shell } from '../fake-electron';
import { startTestApp } from '../start-test-app';

vi.mock('electron', () => import('../fake-electron'));

const SETTINGS_GET = contract.getSettings.channel;
const SETTINGS_UPDATE = contract.updateSettings.channel;

async function started() {
  const app = await startTestApp();
  const contents = app.window!.webContents;
  return { ...app, contents, frame: contents.mainFrame };
}

async function storedSettings(userData: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(join(userData, 'settings.json'), 'utf8'));
  } catch {
    return undefined;
  }
}

describe('IPC in the main process', () => {
  beforeEach(() => resetFakeElectron());

  it('registers exactly one handler per contract entry', async () => {
    await started();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(METHOD_NAMES.map((m) => contract[m].channel).sort());
  });

  it('answers a valid call from the app page', async () => {
    const { contents, frame, userData } = await started();
    expect(await invokeFrom(contents, frame, contract.getAppInfo.channel, undefined)).toEqual({
      ok: true,
      value: { name: 'Briefing Desk', version: '0.1.0', host: 'electron', platform: process.platform },
    });
    expect(await invokeFrom(contents, frame, SETTINGS_GET, undefined)).toEqual({ ok: true, value: { uiLanguage: 'zh-CN' } });
    expect(await invokeFrom(contents, frame, SETTINGS_UPDATE, { uiLanguage: 'ar' })).toEqual({ ok: true, value: { uiLanguage: 'ar' } });
    expect(await storedSettings(userData)).toEqual({ uiLanguage: 'ar' });
    expect(await invokeFrom(contents, frame, SETTINGS_GET, undefined)).toEqual({ ok: true, value: { uiLanguage: 'ar' } });
  });

  it('answers an invalid payload with a typed error, changes nothing, and keeps serving', async () => {
    const { contents, frame, userData } = await started();
    await invokeFrom(contents, frame, SETTINGS_UPDATE, { uiLanguage: 'en' });
    for (const payload of [{ uiLanguage: 'tlh' }, { uiLanguage: 'en', admin: true }, 'en', null, [1, 2]]) {
      const result = await invokeFrom(contents, frame, SETTINGS_UPDATE, payload);
      expect(result, JSON.stringify(payload)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
    expect(await invokeFrom(contents, frame, contract.getAppInfo.channel, { sneaky: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
    expect(await storedSettings(userData)).toEqual({ uiLanguage: 'en' });
    expect(await invokeFrom(contents, frame, SETTINGS_GET, undefined)).toEqual({ ok: true, value: { uiLanguage: 'en' } });
  });

  it('opens only https links, through the system browser', async () => {
    const { contents, frame } = await started();
    expect(await invokeFrom(contents, frame, contract.openExternal.channel, { url: 'https://www.npc.gov.cn/' })).toEqual({
      ok: true,
      value: { opened: true },
    });
    for (const url of ['http://www.npc.gov.cn/', 'javascript:alert(1)', 'file:///etc/passwd']) {
      expect(await invokeFrom(contents, frame, contract.openExternal.channel, { url }), url).toMatchObject({
        ok: false,
        error: { code: 'invalid-payload' },
      });
    }
    expect(shell.openExternal.mock.calls).toEqual([['https://www.npc.gov.cn/']]);
  });

  it('refuses callers that are not the app window top frame on the app origin', async () => {
    const { contents, frame, userData } = await started();
    const forbidden = { ok: false, error: { code: 'forbidden-sender' } };

    frame.url = 'https://evil.example/index.html';
    expect(await invokeFrom(contents, frame, SETTINGS_UPDATE, { uiLanguage: 'en' })).toMatchObject(forbidden);
    frame.url = 'app://other-host/index.html';
    expect(await invokeFrom(contents, frame, SETTINGS_UPDATE, { uiLanguage: 'en' })).toMatchObject(forbidden);
    frame.url = 'app://briefing/index.html';

    const subframe = new FakeWebFrameMain('app://briefing/index.html', frame);
    expect(await invokeFrom(contents, subframe, SETTINGS_UPDATE, { uiLanguage: 'en' })).toMatchObject(forbidden);
    expect(await invokeFrom(contents, null, SETTINGS_UPDATE, { uiLanguage: 'en' })).toMatchObject(forbidden);

    const stranger = new BrowserWindow({});
    await stranger.loadURL('app://briefing/index.html');
    expect(await invokeFrom(stranger.webContents, stranger.webContents.mainFrame, SETTINGS_UPDATE, { uiLanguage: 'en' })).toMatchObject(
      forbidden,
    );

    expect(await storedSettings(userData)).toBeUndefined();
    // The real page still gets answers.
    expect(await invokeFrom(contents, frame, SETTINGS_UPDATE, { uiLanguage: 'en' })).toMatchObject({ ok: true });
  });

  it('accepts the local dev server page only in development', async () => {
    const app = await startTestApp({ env: { BRIEFING_DEV_SERVER_URL: 'http://localhost:5173' } });
    const contents = app.window!.webContents;
    expect(await invokeFrom(contents, contents.mainFrame, SETTINGS_GET, undefined)).toMatchObject({ ok: true });
    contents.mainFrame.url = 'http://localhost:5174/';
    expect(await invokeFrom(contents, contents.mainFrame, SETTINGS_GET, undefined)).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
  });

  it('refuses everyone once the window is closed', async () => {
    const { window, contents, frame } = await started();
    window!.close();
    expect(await invokeFrom(contents, frame, SETTINGS_GET, undefined)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('rebuilds the menu in the new language when uiLanguage changes, and only then', async () => {
    const { contents, frame } = await started();
    const labels = () => Menu.applicationMenu!.template.map((item) => item.label);
    expect(labels()).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)']);
    const builds = Menu.setApplicationMenu.mock.calls.length;
    await invokeFrom(contents, frame, SETTINGS_UPDATE, { uiLanguage: 'en' });
    expect(labels()).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(Menu.setApplicationMenu.mock.calls.length).toBe(builds + 1);
    await invokeFrom(contents, frame, SETTINGS_UPDATE, { uiLanguage: 'en' });
    expect(Menu.setApplicationMenu.mock.calls.length).toBe(builds + 1);
  });

  it('keeps every update when calls overlap', async () => {
    const { contents, frame, userData } = await started();
    const languages = ['en', 'ar', 'zh-CN', 'en', 'ar'];
    const results = await Promise.all(languages.map((uiLanguage) => invokeFrom(contents, frame, SETTINGS_UPDATE, { uiLanguage })));
    expect(results.every((r) => (r as { ok: boolean }).ok)).toBe(true);
    expect(await storedSettings(userData)).toEqual({ uiLanguage: 'ar' });
  });
});
