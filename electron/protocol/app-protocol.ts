// Runs in the main process: the privileged app:// scheme that serves the renderer
// build from disk (or from inside app.asar), never from the network.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { protocol } from 'electron';
import { securityHeaders } from '../security/content-security-policy';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { mimeTypeFor } from './mime-types';
import { resolveAppFile } from './resolve-app-file';

/** Must run before the app is ready: Chromium fixes scheme privileges at startup. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard: real origin, relative URLs and localStorage; secure: counts as a
      // secure context (WebAssembly streaming, crypto.subtle); supportFetchAPI: the
      // renderer fetches fonts and wasm from it. No service workers, no CSP bypass.
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true, stream: true },
    },
  ]);
}

function plainResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The request handler on its own, so it can be exercised without a browser. */
export function createAppProtocolHandler(rendererRoot: string) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plainResponse(405, 'Method not allowed');
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plainResponse(400, 'Bad request');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plainResponse(404, 'Not found');
    // The URL parser folds plain "../" segments; encoded ones ("%2e%2e", "%2f") survive
    // into the pathname and are refused by resolveAppFile after decoding.
    let file = resolveAppFile(rendererRoot, url.pathname);
    if (!file) return plainResponse(403, 'Forbidden');
    if (!(await isFile(file))) {
      // Paths without an extension are client-side routes: answer with the app shell.
      if (extname(file) !== '') return plainResponse(404, 'Not found');
      file = resolveAppFile(rendererRoot, '/index.html');
      if (!file || !(await isFile(file))) return plainResponse(404, 'Not found');
    }
    const body = request.method === 'HEAD' ? null : await readFile(file);
    return new Response(body, {
      status: 200,
      headers: { ...securityHeaders(), 'Content-Type': mimeTypeFor(file) },
    });
  };
}

/** Serves `rendererRoot` (dist/renderer) on app://briefing/. Call after app ready. */
export function handleAppProtocol(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot));
}
