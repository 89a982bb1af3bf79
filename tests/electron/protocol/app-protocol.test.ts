import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppProtocolHandler } from '../../../electron/protocol/app-protocol';
import { resolveAppFile } from '../../../electron/protocol/resolve-app-file';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security/content-security-policy';
import { protocol, resetFakeElectron } from '../fake-electron';
import { startTestApp } from '../start-test-app';

vi.mock('electron', () => import('../fake-electron'));

let root: string;
let serve: (url: string, method?: string) => Promise<Response>;

beforeAll(async () => {
  // A renderer build next to a file that must never be served.
  const base = await mkdtemp(join(tmpdir(), 'briefing-protocol-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await mkdir(join(root, 'fonts'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Briefing Desk</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'export {};');
  await writeFile(join(root, 'assets', 'app.css'), 'body{}');
  await writeFile(join(root, 'assets', 'harfbuzz.wasm'), new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  await writeFile(join(root, 'fonts', 'NotoSans.ttf'), 'ttf');
  await writeFile(join(root, 'fonts', 'NotoSansSC.woff2'), 'woff2');
  await writeFile(join(base, 'secret.txt'), 'TOP SECRET');
  await writeFile(join(base, 'renderer-evil.txt'), 'TOP SECRET');
  const handler = createAppProtocolHandler(root);
  serve = (url, method = 'GET') => handler(new Request(url, { method }));
});

beforeEach(() => resetFakeElectron());

describe('the app:// protocol', () => {
  it('serves the renderer build with the right types and the CSP on every response', async () => {
    const cases: [string, string][] = [
      ['app://briefing/index.html', 'text/html; charset=utf-8'],
      ['app://briefing/', 'text/html; charset=utf-8'],
      ['app://briefing/assets/app.js', 'text/javascript; charset=utf-8'],
      ['app://briefing/assets/app.css', 'text/css; charset=utf-8'],
      ['app://briefing/assets/harfbuzz.wasm', 'application/wasm'],
      ['app://briefing/fonts/NotoSans.ttf', 'font/ttf'],
      ['app://briefing/fonts/NotoSansSC.woff2', 'font/woff2'],
    ];
    for (const [url, type] of cases) {
      const response = await serve(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).toBe(type);
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options'), url).toBe('nosniff');
    }
    const wasm = new Uint8Array(await (await serve('app://briefing/assets/harfbuzz.wasm')).arrayBuffer());
    expect([...wasm.slice(0, 4)]).toEqual([0, 0x61, 0x73, 0x6d]);
  });

  it('refuses every way out of the renderer folder', async () => {
    const attempts = [
      'app://briefing/%2e%2e/secret.txt',
      'app://briefing/%2E%2E/%2E%2E/etc/passwd',
      'app://briefing/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://briefing/..%2fsecret.txt',
      'app://briefing/..%5csecret.txt',
      'app://briefing/assets%5c..%5c..%5csecret.txt',
      'app://briefing/%00index.html',
      'app://briefing/%E0%A4%A', // malformed escape
      'app://briefing/C:%2fWindows%2fwin.ini',
      'app://briefing/../secret.txt', // folded by the URL parser to /secret.txt: not in the folder
      'app://briefing/../renderer-evil.txt',
    ];
    for (const url of attempts) {
      const response = await serve(url);
      const body = await response.text();
      expect(body, url).not.toContain('TOP SECRET');
      // Either refused, or (for dot segments the URL parser already folded) answered
      // from inside the folder: a missing file, or the app shell for an extensionless path.
      if (response.status === 200) expect(body, url).toContain('<title>Briefing Desk</title>');
      else expect(response.status, url).toBeGreaterThanOrEqual(400);
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('resolves paths inside the folder only, whatever the encoding', () => {
    expect(resolveAppFile(root, '/assets/app.js')).toBe(join(root, 'assets', 'app.js'));
    expect(resolveAppFile(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, '/fonts/Noto%20Sans.ttf')).toBe(join(root, 'fonts', 'Noto Sans.ttf'));
    for (const path of ['/%2e%2e/secret.txt', '/..%2fsecret.txt', '/a/%2E%2E/%2E%2E/secret.txt', '/..%5csecret.txt', '/%00', '/%E0%A4%A', '/C:%2fx', '/../x', '/a/../../x']) {
      expect(resolveAppFile(root, path), path).toBeUndefined();
    }
  });

  it('answers only GET/HEAD for its own host, 404 for missing files, and the shell for app routes', async () => {
    expect((await serve('app://briefing/index.html', 'POST')).status).toBe(405);
    expect((await serve('app://elsewhere/index.html')).status).toBe(404);
    expect((await serve('app://briefing/assets/missing.js')).status).toBe(404);
    expect((await serve('app://briefing/assets')).status).toBe(200); // a folder: the app shell, not a listing
    const route = await serve('app://briefing/delegations/2024-04');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>Briefing Desk</title>');
    const head = await serve('app://briefing/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('is registered as a standard, secure scheme before ready, and handled after', async () => {
    const { appPath } = await startTestApp();
    expect(protocol.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) },
    ]);
    const privileges = protocol.privilegedSchemes[0]!.privileges!;
    expect(privileges.bypassCSP).toBeFalsy();
    expect(privileges.allowServiceWorkers).toBeFalsy();
    const handler = protocol.handlers.get('app')!;
    const response = await handler(new Request('app://briefing/assets/app.js'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('document.title = "ready";');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(appPath).toBeTruthy();
  });
});
