// Runs in the main process: the one exception to "pages come from app://": a Vite dev
// server on this machine, and only in an unpackaged (development) run.
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1']);

/** The dev server's origin when `raw` may be loaded, otherwise undefined. */
export function allowedDevServerOrigin(raw: string | undefined, isPackaged: boolean): string | undefined {
  if (isPackaged || !raw) return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' || !LOOPBACK_HOSTS.has(url.hostname)) return undefined;
    if (url.username || url.password) return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}
