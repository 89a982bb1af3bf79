// Runs in the main process: no web contents may navigate away or open a window.
// The app is a single page; any navigation is either a clicked link (sent to the
// system browser when it is https) or something that must not happen.
import type { WebContents } from 'electron';
import { openExternalIfSafe } from './external-links';

export function guardNavigation(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    void openExternalIfSafe(event.url);
  });
  // Subframes too: the CSP allows no frames, this is the second lock on that door.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalIfSafe(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}
