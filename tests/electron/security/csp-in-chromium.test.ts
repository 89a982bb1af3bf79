// The policy as Chromium enforces it: pages are served by the real app protocol handler
// (its headers included) into real Chromium, standing in https://briefing.test for
// app://briefing, so 'self' means the same thing.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAppProtocolHandler } from '../../../electron/protocol/app-protocol';
import { CHROMIUM_PATH } from '../../../scripts/chromium-path.mjs';

vi.mock('electron', () => import('../fake-electron'));

const ADD_WASM = [0, 97, 115, 109, 1, 0, 0, 0, 1, 7, 1, 96, 2, 127, 127, 1, 127, 3, 2, 1, 0, 7, 7, 1, 3, 97, 100, 100, 0, 0, 10, 9, 1, 7, 0, 32, 0, 32, 1, 106, 11];

const PROBE = `
const results = {};
results.inlineScript = window.inlineRan ? 'ran' : 'blocked';
try { eval('1'); results.eval = 'ran'; } catch { results.eval = 'blocked'; }
try { new Function('return 1')(); results.newFunction = 'ran'; } catch { results.newFunction = 'blocked'; }
try {
  const bytes = await (await fetch('/assets/add.wasm')).arrayBuffer();
  const { instance } = await WebAssembly.instantiate(bytes);
  results.wasm = instance.exports.add(2, 3);
} catch (error) { results.wasm = 'blocked: ' + error; }
try { await fetch('https://remote.example/data.json'); results.remoteFetch = 'ran'; } catch { results.remoteFetch = 'blocked'; }
const image = new Image();
results.remoteImage = await new Promise((done) => {
  image.onload = () => done('ran'); image.onerror = () => done('blocked');
  image.src = 'https://remote.example/pixel.png';
});
results.stylesheet = getComputedStyle(document.body).marginTop;
results.inlineStyleElement = getComputedStyle(document.getElementById('styled')).color;
results.styleAttributeInMarkup = getComputedStyle(document.getElementById('attributed')).color;
const viaCssom = document.getElementById('cssom');
viaCssom.style.color = 'rgb(0, 0, 255)';
results.styleViaCssom = getComputedStyle(viaCssom).color;
window.probe = results;
`;

const INDEX = `<!doctype html><html><head><title>probe</title>
<link rel="stylesheet" href="/assets/app.css">
<style>#styled { color: rgb(255, 0, 0); }</style>
</head><body>
<p id="styled">a</p><p id="attributed" style="color: rgb(0, 128, 0)">b</p><p id="cssom">c</p>
<script>window.inlineRan = true;</script>
<script type="module" src="/assets/probe.js"></script>
</body></html>`;

let browser: Browser;
let rendererRoot: string;

beforeAll(async () => {
  rendererRoot = join(await mkdtemp(join(tmpdir(), 'briefing-csp-')), 'renderer');
  await mkdir(join(rendererRoot, 'assets'), { recursive: true });
  await writeFile(join(rendererRoot, 'index.html'), INDEX);
  await writeFile(join(rendererRoot, 'assets', 'probe.js'), PROBE);
  await writeFile(join(rendererRoot, 'assets', 'app.css'), 'body { margin-top: 17px; }');
  await writeFile(join(rendererRoot, 'assets', 'add.wasm'), new Uint8Array(ADD_WASM));
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
});

describe('the app protocol policy in Chromium', () => {
  it('runs the app and its WebAssembly, and blocks inline code, eval and anything remote', async () => {
    const handler = createAppProtocolHandler(rendererRoot);
    const page = await browser.newPage();
    const remoteRequests: string[] = [];
    await page.route('https://briefing.test/**', async (route) => {
      const url = route.request().url().replace('https://briefing.test', 'app://briefing');
      const response = await handler(new Request(url, { method: route.request().method() }));
      await route.fulfill({
        status: response.status,
        headers: Object.fromEntries(response.headers),
        body: Buffer.from(await response.arrayBuffer()),
      });
    });
    // Were the policy to let a remote request through, it would succeed here.
    await page.route('https://remote.example/**', async (route) => {
      remoteRequests.push(route.request().url());
      await route.fulfill({ status: 200, headers: { 'access-control-allow-origin': '*' }, body: '{}' });
    });
    await page.goto('https://briefing.test/index.html');
    await page.waitForFunction(() => (window as unknown as { probe?: unknown }).probe !== undefined, undefined, { timeout: 15_000 });
    const probe = await page.evaluate(() => (window as unknown as { probe: Record<string, unknown> }).probe);
    expect(probe).toEqual({
      inlineScript: 'blocked',
      eval: 'blocked',
      newFunction: 'blocked',
      wasm: 5,
      remoteFetch: 'blocked',
      remoteImage: 'blocked',
      stylesheet: '17px',
      inlineStyleElement: 'rgb(0, 0, 0)',
      styleAttributeInMarkup: 'rgb(0, 0, 0)',
      styleViaCssom: 'rgb(0, 0, 255)',
    });
    expect(remoteRequests).toEqual([]);
    await page.close();
  });
});
