// Runs in Node: `npm run bench:pack`. Times our pack export against headless Chromium
// printing an HTML rendering of the same pack. Two packs of the sample workspace's envoys'
// visit, side by side zh | ar: the delegates' handout and the staff brief.
//
// Ours: the whole export minus the file write, as the app and the CLI run it (the export
// job's plan, then its typesetter's work): the document composed from the workspace, laid
// out, written as PDF with Node's zlib. Median of fifteen runs after
// ten warm-ups (three left the JIT half way and the median wandered by a third), in this process (the engine and its fonts are loaded once per process, as in
// the app and the CLI).
// Chromium: the pack builder's preview HTML (core/packs/document-to-html.ts, the same
// document) with the preview's stylesheet and print rules, the same Noto fonts, loaded once;
// then page.pdf() timed, median of fifteen after ten warm-ups. Only the printing is timed, not
// the page load, so Chromium is not charged for parsing HTML or loading fonts.
// The last line is the RESULT line for the handout (target: under 300 ms warm, speedup ≥ 2).
// A figure, not a test: it is not part of `npm test`.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildPackDocument } from '../core/packs/build-pack-document';
import { documentToHtml } from '../core/packs/document-to-html';
import { previewTypographyRule } from '../core/packs/html/preview-typography';
import { renderHtmlString } from '../core/packs/html/render-html-string';
import type { PackRequest } from '../core/packs/pack-request';
import { typesetPack } from '../core/ipc/pack-typeset';
import type { FontKey } from '../core/typeset/fonts/font-catalogue';
import { fontFilePath, loadEngineAssets } from '../electron/fonts/load-engine-assets';
import { loadWorkspaceForReading } from '../electron/store/load-workspace';
import { CHROMIUM_PATH } from './chromium-path.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 15;
const WARM_UPS = 10;
const CHROMIUM = CHROMIUM_PATH;
const NOW = new Date('2026-04-10T08:00:00Z');

const PACKS: { name: string; request: PackRequest }[] = [
  { name: 'handout', request: { visitId: 'vis-envoys-visit', template: 'handout', languages: ['ar'], layout: 'side-by-side' } },
  { name: 'staff brief', request: { visitId: 'vis-envoys-visit', template: 'staff', languages: ['ar'], layout: 'side-by-side' } },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timeIt<T>(fn: () => Promise<T>): Promise<{ ms: number; first: number; last: T }> {
  const start = performance.now();
  let last = await fn();
  const first = performance.now() - start;
  for (let i = 1; i < WARM_UPS; i++) last = await fn(); // warm: the JIT has compiled the hot paths
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    last = await fn();
    times.push(performance.now() - t);
  }
  return { ms: median(times), first, last };
}

/** The preview's stylesheet, made for paper: A4 sheets, sizes in points, no screen chrome. */
function printHtml(body: string, lang: string, dir: string, title: string): string {
  const face = (family: string, key: FontKey, weight: number) =>
    `@font-face{font-family:'${family}';src:url('${pathToFileURL(fontFilePath(key)).href}');font-weight:${weight}}`;
  // The preview's stylesheet reads the engine's typography from custom properties.
  const previewCss = `${previewTypographyRule()}\n${readFileSync(join(root, 'renderer', 'packs', 'packs.css'), 'utf8')}`;
  return `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>${title.replace(/</g, '&lt;')}</title><style>
${face('Noto Sans', 'NotoSans-Regular', 400)}${face('Noto Sans', 'NotoSans-Bold', 700)}
${face('Noto Sans SC', 'NotoSansSC-Regular', 400)}${face('Noto Sans SC', 'NotoSansSC-Bold', 700)}
${face('Noto Naskh Arabic', 'NotoNaskhArabic-Regular', 400)}${face('Noto Naskh Arabic', 'NotoNaskhArabic-Bold', 700)}
${previewCss}
@page{size:A4;margin:0}
html,body{margin:0;background:#fff}
body{font-family:'Noto Sans','Noto Sans SC','Noto Naskh Arabic'}
:lang(zh){font-family:'Noto Sans SC','Noto Sans'}
:lang(ar){font-family:'Noto Naskh Arabic','Noto Sans'}
.pv-document{inline-size:auto;display:block;font-size:10.5pt;--space-5:0}
.pv-sheet{box-shadow:none;min-block-size:297mm;box-sizing:border-box;padding:56pt 66pt;break-after:page}
tr,.pv-card{break-inside:avoid}
</style></head><body>${body}</body></html>`;
}

async function main(): Promise<void> {
  const loaded = await loadWorkspaceForReading(join(root, 'assets', 'sample-workspace', 'sample-workspace.json'));
  if (!loaded.ok) throw new Error(loaded.problem.message);
  const workspace = loaded.doc;
  const assets = loadEngineAssets(); // with Node's zlib, as the app and the CLI have it

  const ours: { name: string; ms: number; bytes: number; pages: number }[] = [];
  for (const { name, request } of PACKS) {
    const { ms, first, last } = await timeIt(async () => {
      // The export job's two steps: the plan (the document composed), then the typesetter's work.
      const build = buildPackDocument(workspace, request, { now: NOW });
      if (!build.ok) throw new Error(`${name}: translations missing`);
      return typesetPack(build.document, assets);
    });
    ours.push({ name, ms, bytes: last.pdf.length, pages: last.pages });
    console.error(`ours: ${name}: ${last.pages} pages, ${last.pdf.length} bytes, ${ms.toFixed(1)} ms (median of ${RUNS}, warm; the first run in this process took ${first.toFixed(0)} ms)`);
  }

  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const dir = mkdtempSync(join(tmpdir(), 'bench-pack-'));
  const theirs: { ms: number; bytes: number }[] = [];
  try {
    for (const { name, request } of PACKS) {
      const build = buildPackDocument(workspace, request, { now: NOW });
      if (!build.ok) throw new Error(`${name}: translations missing`);
      const preview = documentToHtml(build.document);
      const file = join(dir, `${name.replace(/\W+/g, '-')}.html`);
      writeFileSync(file, printHtml(renderHtmlString(preview.root), build.document.lang ?? 'en', build.document.lang === 'ar' ? 'rtl' : 'ltr', build.document.title));
      const page = await browser.newPage();
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      const { ms, last } = await timeIt(() => page.pdf({ format: 'A4', printBackground: true, margin: { top: '0', bottom: '0', left: '0', right: '0' } }));
      theirs.push({ ms, bytes: last.length });
      console.error(`chromium: ${name}: ${last.length} bytes, ${ms.toFixed(1)} ms (median of ${RUNS}, page loaded beforehand)`);
      await page.close();
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }

  ours.forEach((o, i) => {
    const c = theirs[i]!;
    console.log(`${o.name}: pages=${o.pages} ours_ms=${o.ms.toFixed(1)} chromium_ms=${c.ms.toFixed(1)} speedup=${(c.ms / o.ms).toFixed(2)} ours_bytes=${o.bytes} chromium_bytes=${c.bytes}`);
  });
  const [o, c] = [ours[0]!, theirs[0]!];
  console.log(`target: handout under 300 ms warm (${o.ms < 300 ? 'met' : 'NOT met'}), speedup ≥ 2 (${c.ms / o.ms >= 2 ? 'met' : 'NOT met'})`);
  console.log(`RESULT ours_ms=${o.ms.toFixed(1)} chromium_ms=${c.ms.toFixed(1)} speedup=${(c.ms / o.ms).toFixed(2)} ours_bytes=${o.bytes} chromium_bytes=${c.bytes}`);
}

await main();
