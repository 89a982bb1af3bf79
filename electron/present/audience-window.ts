// Runs in the main process: the projector's audience window. It opens full screen on the
// external display when there is one (moved there first, then made full screen, the order
// Windows and macOS need), else as a normal window beside the presenter; it follows a
// projector plugged in or removed mid-talk. Its page gets the main window's secure
// webPreferences without the preload: the audience route asks the host for nothing.
import { BrowserWindow, screen, type BrowserWindowConstructorOptions, type Display } from 'electron';
import type { AudienceStatus, OpenAudience } from '../../core/ipc/present-schemas';
import { audienceHash } from '../../core/ipc/present-schemas';
import { mainWindowOptions } from '../window/create-main-window';
import { audiencePlacement, windowBounds } from './audience-placement';

export interface AudienceWindowSetup {
  /** The presenter's window (the app window): the audience avoids its display. */
  presenter: () => BrowserWindow | undefined;
  /** The app's entry URL; the audience route is its hash. */
  entryUrl: string;
  title: string;
  devTools: boolean;
  /** Tells the presenter's page where the audience is now. */
  send: (status: AudienceStatus) => void;
}

export function audienceWindowOptions(setup: Pick<AudienceWindowSetup, 'title' | 'devTools'>): BrowserWindowConstructorOptions {
  const base = mainWindowOptions({ title: setup.title, preloadPath: '', devTools: setup.devTools });
  const { preload: _none, ...webPreferences } = base.webPreferences ?? {};
  return { ...base, minWidth: 320, minHeight: 240, backgroundColor: '#000000', webPreferences };
}

export interface AudienceWindows {
  open(request: OpenAudience): AudienceStatus;
  close(): AudienceStatus;
  status(): AudienceStatus;
}

export function createAudienceWindows(setup: AudienceWindowSetup): AudienceWindows {
  let window: BrowserWindow | undefined;
  let display: AudienceStatus['display'] = 'closed';

  const alive = () => (window && !window.isDestroyed() ? window : undefined);

  const presenterDisplay = (): Display => {
    const presenter = setup.presenter();
    return presenter && !presenter.isDestroyed() ? screen.getDisplayMatching(presenter.getBounds()) : screen.getPrimaryDisplay();
  };

  const place = () => {
    const target = alive();
    if (!target) return;
    const placement = audiencePlacement(screen.getAllDisplays(), presenterDisplay());
    if (placement.kind === 'external') {
      // Leave full screen first: a full-screen window cannot move to another display.
      if (target.isFullScreen()) target.setFullScreen(false);
      target.setBounds(placement.display.bounds);
      target.setFullScreen(true);
    } else {
      if (target.isFullScreen()) target.setFullScreen(false);
      target.setBounds(windowBounds(placement.display.workArea));
    }
    if (display !== placement.kind) {
      display = placement.kind;
      setup.send({ display });
    }
  };

  const displaysChanged = () => place();
  const stopFollowing = () => {
    screen.removeListener('display-added', displaysChanged);
    screen.removeListener('display-removed', displaysChanged);
  };

  return {
    open(request) {
      const url = `${setup.entryUrl}${audienceHash(request)}`;
      const existing = alive();
      if (existing) {
        void existing.loadURL(url).catch(() => undefined);
        place();
        existing.show();
        return { display };
      }
      const created = new BrowserWindow(audienceWindowOptions(setup));
      window = created;
      display = 'closed';
      created.once('ready-to-show', () => {
        if (!created.isDestroyed()) created.show();
      });
      created.on('closed', () => {
        if (window === created) window = undefined;
        stopFollowing();
        display = 'closed';
        setup.send({ display });
      });
      // The presenter gone, the talk is over: the room is not left with a stray window.
      setup.presenter()?.once('closed', () => alive()?.close());
      screen.on('display-added', displaysChanged);
      screen.on('display-removed', displaysChanged);
      place();
      created.loadURL(url).catch((error: unknown) => {
        console.error(`Briefing Desk could not load the audience view: ${error instanceof Error ? error.message : String(error)}`);
      });
      return { display };
    },
    close() {
      alive()?.close();
      return { display: 'closed' };
    },
    status: () => ({ display }),
  };
}
