import { beforeEach, describe, expect, it, vi } from 'vitest';
import { app, FakeWebContents, fakeEvent, resetFakeElectron, shell } from '../fake-electron';
import { startTestApp } from '../start-test-app';

vi.mock('electron', () => import('../fake-electron'));

const NOT_FOR_THE_BROWSER = [
  'http://example.org/',
  'javascript:alert(1)',
  'file:///etc/passwd',
  'app://briefing/other.html',
  'https://user:pw@example.org/',
  'data:text/html,<script>1</script>',
  'not a url',
];

describe('navigation and new windows', () => {
  beforeEach(() => resetFakeElectron());

  it('the app window never navigates; an https link goes to the system browser', async () => {
    const { window } = await startTestApp();
    const contents = window!.webContents;

    const link = fakeEvent({ url: 'https://www.npc.gov.cn/' });
    contents.emit('will-navigate', link);
    expect(link.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(shell.openExternal).toHaveBeenCalledWith('https://www.npc.gov.cn/'));

    for (const url of NOT_FOR_THE_BROWSER) {
      const event = fakeEvent({ url });
      contents.emit('will-navigate', event);
      expect(event.defaultPrevented, url).toBe(true);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('window.open is always denied; only https is handed on', async () => {
    const { window } = await startTestApp();
    const open = window!.webContents.windowOpenHandler!;
    expect(open({ url: 'https://example.org/report' })).toEqual({ action: 'deny' });
    for (const url of NOT_FOR_THE_BROWSER) expect(open({ url }), url).toEqual({ action: 'deny' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(shell.openExternal.mock.calls).toEqual([['https://example.org/report']]);
  });

  it('subframes cannot navigate and webviews cannot attach', async () => {
    const { window } = await startTestApp();
    const contents = window!.webContents;
    const subframe = fakeEvent({ url: 'https://example.org/', isMainFrame: false });
    contents.emit('will-frame-navigate', subframe);
    expect(subframe.defaultPrevented).toBe(true);
    const webview = fakeEvent();
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.defaultPrevented).toBe(true);
  });

  it('every other web contents gets the same guards', async () => {
    await startTestApp();
    const other = new FakeWebContents();
    app.emit('web-contents-created', fakeEvent(), other);
    const event = fakeEvent({ url: 'https://example.org/' });
    other.emit('will-navigate', event);
    expect(event.defaultPrevented).toBe(true);
    expect(other.windowOpenHandler!({ url: 'http://example.org/' })).toEqual({ action: 'deny' });
    const webview = fakeEvent();
    other.emit('will-attach-webview', webview, {}, {});
    expect(webview.defaultPrevented).toBe(true);
  });
});
