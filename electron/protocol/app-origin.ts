// Runs in the main process: where the app's own pages live. One origin, so the CSP,
// the navigation guard and the IPC sender check all agree on what "the app" is.
export const APP_SCHEME = 'app';
export const APP_HOST = 'briefing';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True when `url` is a page served by the app protocol. Node's URL reports `origin`
 * as "null" for non-special schemes, so scheme and host are compared instead. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
