// Runs in Node: `npm run bench:ui`. The built browser host (dist/renderer, served by
// `vite preview`) in Debian's Chromium on synthetic workspaces of 5,000 and 20,000
// segments, as a user meets it: import the file (open), first paint of the Library when
// coming from another screen, keystrokes in the search box and in a translation field
// (time from the key event to the next painted frame, p95), the search's answer after the
// last keystroke, the commit of one edit (leaving the field until the row shows the saved
// translation) and the DOM nodes of the Library. Targets: open < 3 s, keystroke < 50 ms,
// commit < 100 ms, DOM < 5,000 nodes at 20,000 segments. Build first (`npm run build:renderer`).
// The last line is `RESULT segments=20000 open_ms= search_p95_ms= type_p95_ms= commit_ms= dom_nodes=`.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { syntheticWorkspace } from '../core/workspace/synthetic-workspace';

const PORT = Number(process.env.BRIEFING_BENCH_PORT ?? process.env.BRIEFING_E2E_PORT ?? 4340);
const BASE = `http://localhost:${PORT}`;
const SIZES = (process.env.BRIEFING_BENCH_SIZES ?? '5000,20000').split(',').map(Number);
const TARGETS = { openMs: 3000, keystrokeMs: 50, commitMs: 100, domNodes: 5000 };

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
};

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer on ${BASE}`);
}

/** Installs a recorder in the page: each keydown's time to the next painted frame. */
async function recordKeystrokes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __keyLatencies: number[] };
    w.__keyLatencies = [];
    document.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => setTimeout(() => w.__keyLatencies.push(performance.now() - start), 0));
      },
      { capture: true },
    );
  });
}

const takeLatencies = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __keyLatencies: number[] };
    const taken = w.__keyLatencies;
    w.__keyLatencies = [];
    return taken;
  });

/** Presses keys one at a time at a typist's pace, so each is measured on its own. */
async function typeSlowly(page: Page, text: string): Promise<void> {
  for (const char of text) {
    await page.keyboard.type(char);
    await page.waitForTimeout(160);
  }
}

interface Figures {
  segments: number;
  openMs: number;
  libraryPaintMs: number;
  searchP95: number;
  searchAnswerMs: number;
  typeP95: number;
  commitMs: number;
  domNodes: number;
}

async function measure(browser: import('@playwright/test').Browser, segments: number, folder: string): Promise<Figures> {
  const file = join(folder, `synthetic-${segments}.json`);
  writeFileSync(file, JSON.stringify(syntheticWorkspace({ segments, seed: 7 })));
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript('globalThis.__name = (f) => f;'); // tsx names functions; the page has no helper for it
  const page = await context.newPage();
  await page.addInitScript(() => localStorage.setItem('briefing-desk.settings', JSON.stringify({ uiLanguage: 'en' })));
  await page.goto(`${BASE}/#/library`);
  await page.locator('.library-outline').waitFor({ timeout: 60_000 });

  // Open: from the file chosen to the Library showing the new workspace's outline.
  await page.locator('.file-menu-button').click();
  const chooser = page.waitForEvent('filechooser');
  await page.locator('[data-action="open"]').click();
  const started = Date.now();
  await (await chooser).setFiles(file);
  await page.locator('.switcher-title', { hasText: `${segments} segments` }).waitFor({ timeout: 120_000 });
  await page.locator('.library-outline .outline-item').first().waitFor({ timeout: 120_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  const openMs = Date.now() - started;

  // First paint of the Library, coming from the Glossary.
  await page.goto(`${BASE}/#/glossary`);
  await page.locator('[data-view="glossary"]').waitFor();
  const paintStart = Date.now();
  await page.goto(`${BASE}/#/library`);
  await page.locator('.library-outline .outline-item').first().waitFor();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  const libraryPaintMs = Date.now() - paintStart;
  const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);

  await recordKeystrokes(page);

  // Search: keystrokes, then the answer once typing stops.
  const search = page.locator('[data-filter="query"]');
  await search.click();
  await takeLatencies(page);
  await typeSlowly(page, 'lawyers');
  const searchLatencies = await takeLatencies(page);
  await search.fill('');
  await page.waitForTimeout(400);
  await search.click();
  const answerStart = Date.now();
  await page.keyboard.type('residents');
  await page.locator('.filter-summary', { hasText: /matching/i }).waitFor();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  const searchAnswerMs = Date.now() - answerStart;
  await search.fill('');
  await page.waitForTimeout(400);

  // Typing in a translation field, then the commit of that edit when the field is left.
  const editor = page.locator('.segment-editor').first();
  await editor.click();
  await page.keyboard.press('End');
  await takeLatencies(page);
  await typeSlowly(page, ' revised text');
  const typeLatencies = await takeLatencies(page);
  const row = page.locator('.segment-row[data-segment-id]').first();
  const rowId = await row.getAttribute('data-segment-id');
  const commitMs = await page.evaluate(
    (id) =>
      new Promise<number>((resolve, reject) => {
        const row = document.querySelector(`.segment-row[data-segment-id="${id}"]`)!;
        const field = row.querySelector<HTMLTextAreaElement>('.segment-editor')!;
        const start = performance.now();
        const done = () => {
          const meta = document.querySelector(`.segment-row[data-segment-id="${id}"] .segment-meta`);
          if (meta?.textContent?.includes('browser')) {
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
          }
        };
        const observer = new MutationObserver(done);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        setTimeout(() => reject(new Error('the edit was not committed within 30 s')), 30_000);
        field.blur();
      }),
    rowId,
  );
  await context.close();
  return {
    segments,
    openMs,
    libraryPaintMs,
    searchP95: percentile(searchLatencies, 95),
    searchAnswerMs,
    typeP95: percentile(typeLatencies, 95),
    commitMs,
    domNodes,
  };
}

async function main() {
  if (!existsSync('dist/renderer/index.html')) throw new Error('dist/renderer is missing: run `npm run build:renderer` first');
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
  const folder = mkdtempSync(join(tmpdir(), 'bench-ui-'));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  try {
    await waitForServer();
    const results: Figures[] = [];
    for (const segments of SIZES) {
      const f = await measure(browser, segments, folder);
      results.push(f);
      console.log(
        `${segments} segments: open ${f.openMs} ms (target <${TARGETS.openMs}), Library first paint ${f.libraryPaintMs} ms, ` +
          `search keystroke p95 ${f.searchP95.toFixed(1)} ms, search answer ${f.searchAnswerMs} ms, ` +
          `typing keystroke p95 ${f.typeP95.toFixed(1)} ms (target <${TARGETS.keystrokeMs}), commit ${f.commitMs.toFixed(0)} ms (target <${TARGETS.commitMs}), ` +
          `DOM ${f.domNodes} nodes (target <${TARGETS.domNodes})`,
      );
    }
    const last = results.at(-1)!;
    console.log(
      `RESULT segments=${last.segments} open_ms=${last.openMs} search_p95_ms=${last.searchP95.toFixed(1)} type_p95_ms=${last.typeP95.toFixed(1)} commit_ms=${last.commitMs.toFixed(0)} dom_nodes=${last.domNodes}`,
    );
  } finally {
    await browser.close();
    rmSync(folder, { recursive: true, force: true });
    if (server.pid) process.kill(-server.pid);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
