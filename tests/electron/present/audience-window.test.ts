import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, fakeDisplay, resetFakeElectron, screen } from '../fake-electron';
import { audiencePlacement, windowBounds } from '../../../electron/present/audience-placement';
import { createAudienceWindows } from '../../../electron/present/audience-window';
import type { AudienceStatus } from '../../../core/ipc/present-schemas';

vi.mock('electron', () => import('../fake-electron'));

const LAPTOP = fakeDisplay(1, 0, 1366, 768);
const PROJECTOR = fakeDisplay(2, 1366, 1920, 1080);

function setup() {
  const presenter = new BrowserWindow({});
  presenter.setBounds({ x: 100, y: 50, width: 1200, height: 700 });
  const sent: AudienceStatus[] = [];
  const audience = createAudienceWindows({
    presenter: () => presenter as never,
    entryUrl: 'app://briefing/index.html',
    title: 'Briefing Desk',
    devTools: false,
    send: (status) => sent.push(status),
  });
  const open = () => audience.open({ session: 'abcdef12-3456', uiLanguage: 'ar' });
  const audienceWindow = () => BrowserWindow.instances[1]!;
  return { presenter, audience, sent, open, audienceWindow };
}

describe('the audience window', () => {
  beforeEach(() => resetFakeElectron());

  it('with one display opens as a normal window beside the presenter, at the audience route, without the preload', () => {
    screen.displays = [LAPTOP];
    const { open, audienceWindow, sent } = setup();
    expect(open()).toEqual({ display: 'window' });
    const window = audienceWindow();
    expect(window.isFullScreen()).toBe(false);
    expect(window.getBounds()).toEqual(windowBounds(LAPTOP.workArea));
    expect(window.webContents.loadedUrl).toBe('app://briefing/index.html#/present/audience?session=abcdef12-3456&ui=ar');
    const prefs = window.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(prefs.preload).toBeUndefined();
    expect(sent).toEqual([{ display: 'window' }]);
  });

  it('with two displays moves to the one the presenter is not on, then goes full screen', () => {
    screen.displays = [LAPTOP, PROJECTOR];
    const { open, audienceWindow } = setup();
    expect(open()).toEqual({ display: 'external' });
    const window = audienceWindow();
    expect(window.getBounds()).toEqual(PROJECTOR.bounds);
    expect(window.isFullScreen()).toBe(true);
  });

  it('keeps off the presenter’s display even when the presenter sits on the second one', () => {
    screen.displays = [LAPTOP, PROJECTOR];
    const { presenter, open, audienceWindow } = setup();
    presenter.setBounds({ x: 1500, y: 100, width: 1200, height: 700 });
    open();
    expect(audienceWindow().getBounds()).toEqual(LAPTOP.bounds);
  });

  it('follows a projector plugged in mid-talk, and comes back to a window when it is removed', () => {
    screen.displays = [LAPTOP];
    const { open, audienceWindow, sent, audience } = setup();
    open();
    screen.plugIn(PROJECTOR);
    expect(audienceWindow().getBounds()).toEqual(PROJECTOR.bounds);
    expect(audienceWindow().isFullScreen()).toBe(true);
    expect(audience.status()).toEqual({ display: 'external' });
    screen.unplug(PROJECTOR.id);
    expect(audienceWindow().isFullScreen()).toBe(false);
    expect(audienceWindow().getBounds()).toEqual(windowBounds(LAPTOP.workArea));
    expect(sent).toEqual([{ display: 'window' }, { display: 'external' }, { display: 'window' }]);
  });

  it('stops following displays once closed, says so, and closes with the presenter', () => {
    screen.displays = [LAPTOP];
    const { open, audienceWindow, sent, presenter, audience } = setup();
    open();
    audience.close();
    expect(audienceWindow().isDestroyed()).toBe(true);
    expect(sent.at(-1)).toEqual({ display: 'closed' });
    expect(screen.listenerCount('display-added')).toBe(0);
    expect(screen.listenerCount('display-removed')).toBe(0);
    open();
    const second = BrowserWindow.instances[2]!;
    presenter.close();
    expect(second.isDestroyed()).toBe(true);
  });

  it('opening again reuses the open window', () => {
    screen.displays = [LAPTOP, PROJECTOR];
    const { open } = setup();
    open();
    open();
    expect(BrowserWindow.instances).toHaveLength(2);
  });
});

describe('audiencePlacement', () => {
  it('picks the first display that is not the presenter’s', () => {
    const third = fakeDisplay(3, 3286);
    expect(audiencePlacement([LAPTOP, PROJECTOR, third] as never, LAPTOP as never)).toMatchObject({ kind: 'external', display: { id: 2 } });
    expect(audiencePlacement([LAPTOP] as never, LAPTOP as never)).toMatchObject({ kind: 'window', display: { id: 1 } });
  });
  it('a window is never larger than the work area', () => {
    expect(windowBounds({ x: 0, y: 0, width: 800, height: 600 })).toEqual({ x: 0, y: 0, width: 800, height: 600 });
  });
});
