// Runs in the main process: the Content Security Policy every app page is served with.
// Nothing remote: the app works offline and a compromised string cannot phone home.

/** Production policy, sent as a header on every app:// response. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  // The typesetting engine (harfbuzz) and PDF tooling compile WebAssembly.
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "font-src 'self' data:",
  "img-src 'self' data: blob:",
  "connect-src 'self' data: blob:",
  "media-src 'none'",
  "frame-src 'none'",
  "child-src 'none'",
  "object-src 'none'",
  "manifest-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The policy for a page from the local Vite dev server (development only): the same
 * rules plus what Vite's hot reload needs, an inline preamble and a websocket back to
 * the server that served the page.
 */
export function developmentContentSecurityPolicy(devOrigin: string): string {
  const socketOrigin = devOrigin.replace(/^http/, 'ws');
  return CONTENT_SECURITY_POLICY.replace(
    "script-src 'self' 'wasm-unsafe-eval'",
    "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
  )
    .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    .replace("connect-src 'self' data: blob:", `connect-src 'self' data: blob: ${socketOrigin}`);
}

/** Headers that go with the policy on every app response. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}
