// Runs in Node: `npm run bench:typeset`. Times our typesetting engine against headless
// Chromium's page.pdf() on the same generated trilingual document (zh, ar, en: headings,
// paragraphs, lists, tables; no two paragraphs alike), at 40 and 160 A4 pages: median of
// seven runs after a warm-up, for both, taken in turns (one of ours, one of Chromium's)
// so that both meet the same machine: on a shared machine the speed of a core wanders by
// a third from one minute to the next. Each side's spread is printed beside its median.
// The last line is the RESULT line for 160 pages.
//
// Our engine runs as the app ships it: bundled by esbuild (into node_modules/.cache, so
// that it finds its fonts and wasm in node_modules) and executed by plain Node in a child
// process of its own, so that its time and memory are its own and not the benchmark's
// bookkeeping or the Chromium driver's. peak_rss_mb is the peak resident
// memory of a process that typesets the 160-page document once: loading the fonts and
// wasm, layout, PDF writing. The peak over the warm-up and timed runs (which also counts
// garbage V8 has not collected yet) is printed on its own line.
// Paragraphs are justified in all three languages, so the Chinese is broken by total fit,
// the English by total fit with hyphenation and the Arabic with kashida; the cost of
// hyphenation and of total fit is printed from the same document set with each turned
// off (the document's `typography` switches), in the same kind of child process, in CPU
// time (the whole process's, the deflate thread's included), three rounds in turns.
// Our PDF writer compresses its streams on a second thread (electron/fonts/
// deflate-thread.ts), as the app does; Chromium prints with several processes.
// A figure, not a test: it is not part of `npm test`.
import { execFileSync, fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fontFilePath, loadEngineAssets } from '../electron/fonts/load-engine-assets.ts';
import { layout } from '../core/typeset/typeset.ts';
import { CHROMIUM_PATH } from './chromium-path.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 7;
const MARGIN_IN = `${(56 / 72).toFixed(4)}in`; // the documents' 56 pt margin
const SIZES = [40, 160];
const CHROMIUM = CHROMIUM_PATH;

// --- The document ----------------------------------------------------------------------
// Sentences written for the benchmark from the outreach point's facts. A paragraph picks
// several of them in an order and with figures that depend on its number, so none repeats.
const SENTENCES = {
  en: [
    (n) => `Since July 2021 the district has served as outreach point number ${n % 9 + 1} on the visitors' map.`,
    (n) => `Residents sent ${120 + (n * 37) % 900} comments on the draft discussed in session ${n}.`,
    (n) => `The ${43} liaison stations met ${n % 12 + 2} times this quarter to collect views.`,
    () => 'Lawyers from the district association counted their opinion work as pro bono hours.',
    (n) => `Officers explained article ${n % 80 + 1} of the draft before asking people what they thought.`,
    () => 'Views from office towers with many foreign firms reach the Commission through four collection points.',
    (n) => `Report ${n} went to the Legislative Affairs Commission within ${n % 20 + 5} days.`,
    () => 'Deputies visit their stations every month, their voters every quarter, and report every year.',
    (n) => `In consultation ${n}, ${n % 30 + 12} participants compared the draft with practice in the courts.`,
    () => 'The law school of the University of International Business and Economics reviewed the summary.',
  ],
  zh: [
    (n) => `第${n}次征询会上，${n % 40 + 10}位居民围绕草案第${n % 60 + 1}条发表了意见。`,
    () => '联络员在征求意见前先向群众讲解草案的主要内容，做到普法与征询相结合。',
    (n) => `本季度全区43个立法联络站共收到建议${200 + (n * 53) % 800}条。`,
    () => '律师协会的24个专业委员会把参与立法意见征集计入公益服务时长。',
    (n) => `第${n}份报告在${n % 15 + 3}个工作日内报送全国人大常委会法工委。`,
    () => '涉外信息采集点设在外籍人士较多的社区和商务楼宇，方便外资企业反映诉求。',
    (n) => `代表们每月进站、每季度进家、每年述职，累计接待群众${n * 7 + 300}人次。`,
    () => '对外经济贸易大学法学院作为专家顾问单位，对意见汇总稿进行把关。',
    (n) => `截至第${n}期简报，联系点已就25部法律草案提出建议2570条。`,
    () => '居民反映的问题经过梳理，转化为具体的立法建议。',
  ],
  ar: [
    (n) => `في جلسة الاستشارة رقم ${n} ناقش ${n % 40 + 10} من السكان المادة ${n % 60 + 1} من مشروع القانون.`,
    () => 'يشرح موظفو الاتصال مشروع القانون للناس قبل أن يطلبوا آراءهم.',
    (n) => `تلقت محطات الاتصال الـ43 هذا الربع ${200 + (n * 53) % 800} اقتراحًا.`,
    () => 'يحتسب المحامون مشاركتهم في جمع الآراء ضمن ساعات العمل التطوعي.',
    (n) => `أُرسل التقرير رقم ${n} إلى لجنة الشؤون التشريعية خلال ${n % 15 + 3} أيام عمل.`,
    () => 'تقع نقاط جمع المعلومات الخاصة بالأجانب في أحياء ومكاتب يكثر فيها المقيمون الأجانب.',
    (n) => `يزور النواب محطاتهم كل شهر، وقد استقبلوا ${n * 7 + 300} زائرًا حتى الآن.`,
    () => 'تراجع كلية الحقوق في جامعة الأعمال والاقتصاد الدولية (UIBE) ملخص الآراء.',
    (n) => `حتى النشرة رقم ${n} قدّمت النقطة 2570 اقتراحًا على 25 مشروع قانون.`,
    () => 'تتحول مشكلات السكان اليومية إلى اقتراحات تشريعية محددة.',
  ],
};
const HEADINGS = {
  en: (n) => `Section ${n}: consultation and feedback`,
  zh: (n) => `第${n}节  征询与反馈`,
  ar: (n) => `القسم ${n}: الاستشارة والتغذية الراجعة`,
};
const TABLE_HEADERS = {
  en: ['Station', 'Suggestions', 'Adopted', 'Note'],
  zh: ['联络站', '建议数', '采纳数', '备注'],
  ar: ['المحطة', 'الاقتراحات', 'المعتمدة', 'ملاحظة'],
};
const TABLE_NOTES = {
  en: ['office towers', 'residential community', 'courts and procuratorate', 'lawyers'],
  zh: ['商务楼宇', '居民社区', '司法机关', '律师协会'],
  ar: ['مبانٍ مكتبية', 'حي سكني', 'المحاكم والنيابة', 'المحامون'],
};
const LANGS = ['zh', 'ar', 'en'];

function paragraph(lang, n) {
  const pool = SENTENCES[lang];
  const count = 4 + (n % 3);
  const parts = [];
  for (let i = 0; i < count; i++) parts.push(pool[(n * 7 + i * 3) % pool.length](n * 10 + i));
  return parts.join(lang === 'zh' ? '' : ' ');
}

function section(n) {
  const lang = LANGS[n % 3];
  const blocks = [{ type: 'heading', level: 2, lang, text: HEADINGS[lang](n) }];
  for (let p = 0; p < 3; p++) blocks.push({ type: 'paragraph', lang, align: 'justify', text: paragraph(lang, n * 3 + p) });
  blocks.push({
    type: 'list',
    lang,
    ordered: n % 2 === 0,
    items: [0, 1, 2, 3].map((i) => SENTENCES[lang][(n + i * 4) % 10](n * 100 + i)),
  });
  if (n % 2 === 1) {
    blocks.push({
      type: 'table',
      lang,
      header: TABLE_HEADERS[lang],
      widths: [2, 1, 1, 2],
      rows: [0, 1, 2, 3, 4].map((r) => [
        `${TABLE_HEADERS[lang][0]} ${n * 5 + r + 1}`,
        String(40 + ((n * 31 + r * 17) % 400)),
        String(3 + ((n * 7 + r) % 40)),
        TABLE_NOTES[lang][(n + r) % 4],
      ]),
    });
  }
  return blocks;
}

function benchDocument(sections) {
  const blocks = [{ type: 'heading', level: 1, text: 'Chaoyang outreach point · 朝阳基层立法联系点 · نقطة الاتصال التشريعية' }];
  for (let n = 1; n <= sections; n++) blocks.push(...section(n));
  return {
    title: 'Benchmark: trilingual briefing',
    lang: 'en',
    header: 'Chaoyang District People’s Congress · 朝阳区人大常委会',
    footer: '{page} / {pages}',
    blocks,
  };
}

// --- Chromium's equivalent ---------------------------------------------------------------
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const dirOf = (lang) => (lang === 'ar' ? 'rtl' : 'ltr');

function html(doc) {
  const font = (family, key, weight) =>
    `@font-face{font-family:'${family}';src:url('${pathToFileURL(fontFilePath(key)).href}');font-weight:${weight}}`;
  const body = doc.blocks
    .map((b) => {
      const attrs = b.lang ? ` lang="${b.lang}" dir="${dirOf(b.lang)}"` : '';
      if (b.type === 'heading') return `<h${b.level}${attrs}>${escape(b.text)}</h${b.level}>`;
      if (b.type === 'paragraph') return `<p${attrs}>${escape(b.text)}</p>`;
      if (b.type === 'list') {
        const tag = b.ordered ? 'ol' : 'ul';
        return `<${tag}${attrs}>${b.items.map((i) => `<li>${escape(i)}</li>`).join('')}</${tag}>`;
      }
      if (b.type === 'table') {
        const total = b.widths.reduce((a, c) => a + c, 0);
        const cols = b.widths.map((w) => `<col style="width:${((100 * w) / total).toFixed(2)}%">`).join('');
        const head = `<thead><tr>${b.header.map((h) => `<th>${escape(h)}</th>`).join('')}</tr></thead>`;
        const rows = b.rows.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('');
        return `<table${attrs}><colgroup>${cols}</colgroup>${head}<tbody>${rows}</tbody></table>`;
      }
      return '';
    })
    .join('\n');
  return `<!doctype html><html lang="${doc.lang}"><head><meta charset="utf-8"><title>${escape(doc.title)}</title><style>
${font('Noto Sans', 'NotoSans-Regular', 400)}${font('Noto Sans', 'NotoSans-Bold', 700)}
${font('Noto Sans SC', 'NotoSansSC-Regular', 400)}${font('Noto Sans SC', 'NotoSansSC-Bold', 700)}
${font('Noto Naskh Arabic', 'NotoNaskhArabic-Regular', 400)}${font('Noto Naskh Arabic', 'NotoNaskhArabic-Bold', 700)}
@page{size:A4;margin:56pt}
body{margin:0;font-family:'Noto Sans','Noto Sans SC','Noto Naskh Arabic';font-size:10.5pt;line-height:1.48;color:#1f2126}
:lang(zh){font-family:'Noto Sans SC','Noto Sans';line-height:1.75;text-align:justify}
:lang(ar){font-family:'Noto Naskh Arabic','Noto Sans';line-height:2}
h1{font-size:19pt;color:#12335f;margin:0 0 8pt}h2{font-size:14.5pt;color:#12335f;margin:14pt 0 6pt;break-after:avoid}
p{margin:7pt 0 0;orphans:2;widows:2;text-align:justify;hyphens:auto}ul,ol{margin:7pt 0 0;padding-inline-start:20pt}li{margin-top:3pt}
table{width:100%;border-collapse:collapse;margin-top:10pt;font-size:9.5pt;table-layout:fixed}
thead{display:table-header-group}tr{break-inside:avoid}
th{background:#ebf0f7;text-align:start;border-top:0.8pt solid #404d61;border-bottom:0.6pt solid #404d61;padding:4pt 5pt}
td{border-bottom:0.4pt solid #b8bdc7;padding:4pt 5pt;vertical-align:top}
</style></head><body>${body}</body></html>`;
}

// --- Timing --------------------------------------------------------------------------------
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The number of sections that makes the document `pages` pages long (untimed). */
async function sectionsFor(pages, assets) {
  const count = async (s) => (await layout(benchDocument(s), assets)).document.pages.length;
  let s = Math.max(1, Math.round(pages * 1.6));
  let p = await count(s);
  s = Math.max(1, Math.round((s * pages) / p));
  p = await count(s);
  while (p < pages) p = await count(++s);
  while (s > 1 && (await count(s - 1)) >= pages) s--;
  return s;
}

// The child: `node engine.mjs <time|once> <doc.json>` prints one JSON report.
const CHILD_SOURCE = `
import { readFileSync } from 'node:fs';
import { loadEngineAssets } from './electron/fonts/load-engine-assets.ts';
import { typeset } from './core/render/typeset-to-pdf.ts';
const [mode, file] = process.argv.slice(2);
const doc = JSON.parse(readFileSync(file, 'utf8'));
const assets = loadEngineAssets();
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
if (mode === 'serve') {
  // One typesetting per message from the parent, which times Chromium in between.
  process.on('message', async () => {
    const t = performance.now();
    const c = process.cpuUsage();
    const out = await typeset(doc, assets);
    const used = process.cpuUsage(c);
    process.send({ ms: performance.now() - t, cpuMs: (used.user + used.system) / 1000, bytes: out.pdf.length, pages: out.pages });
  });
  process.send({ ready: true });
  await new Promise(() => {});
}
let result;
const times = [];
const cpu = [];
for (let i = 0; i < (mode === 'once' ? 1 : ${RUNS + 1}); i++) {
  const t = performance.now();
  const c = process.cpuUsage();
  result = await typeset(doc, assets);
  times.push(performance.now() - t);
  const used = process.cpuUsage(c);
  cpu.push((used.user + used.system) / 1000);
}
if (mode !== 'once') {
  times.shift(); // the warm-up
  cpu.shift();
}
process.stdout.write(JSON.stringify({
  ms: median(times), cpuMs: median(cpu), bytes: result.pdf.length, pages: result.pages, peakRssMb: process.resourceUsage().maxRSS / 1024,
}));
`;

async function bundleEngine() {
  const { build } = await import('esbuild');
  const outfile = join(root, 'node_modules', '.cache', 'bench-typeset', 'engine.mjs');
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    stdin: { contents: CHILD_SOURCE, resolveDir: root, sourcefile: 'bench-engine.mjs', loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

function runChild(engine, mode, file) {
  return JSON.parse(execFileSync(process.execPath, [engine, mode, file], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }));
}

async function main() {
  const assets = loadEngineAssets();
  const dir = mkdtempSync(join(tmpdir(), 'bench-typeset-'));
  const docs = [];
  for (const pages of SIZES) {
    const sections = await sectionsFor(pages, assets);
    const doc = benchDocument(sections);
    const file = join(dir, `doc-${pages}.json`);
    writeFileSync(file, JSON.stringify(doc));
    docs.push({ target: pages, doc, file });
  }
  const engine = await bundleEngine();

  // What hyphenation and total fit cost: the largest document again with each turned off.
  const largest = docs[docs.length - 1];
  const variant = (typography, name) => {
    const file = join(dir, `doc-${name}.json`);
    writeFileSync(file, JSON.stringify({ ...largest.doc, typography }));
    return file;
  };
  const files = {
    full: largest.file,
    noHyphens: variant({ hyphenate: false }, 'no-hyphens'),
    firstFit: variant({ lineBreaking: 'first-fit', hyphenate: false }, 'first-fit'),
  };
  // Three rounds, the three kinds in turns within each, so that a slow spell of the
  // machine falls on all of them; the median round of each kind is kept.
  const rounds = { full: [], noHyphens: [], firstFit: [] };
  for (let round = 0; round < 3; round++) for (const [kind, file] of Object.entries(files)) rounds[kind].push(runChild(engine, 'time', file));
  const medianRun = (runs) => [...runs].sort((a, b) => a.cpuMs - b.cpuMs)[1];
  const full = medianRun(rounds.full);
  const noHyphens = medianRun(rounds.noHyphens);
  const firstFit = medianRun(rounds.firstFit);
  // In CPU time (median), which a busy machine disturbs less than the wall clock.
  const cost = (ms, base) => `${(ms - base).toFixed(1)} ms CPU (${(((ms - base) / base) * 100).toFixed(1)}%)`;

  const once = runChild(engine, 'once', docs[docs.length - 1].file);
  console.error(`ours: one ${once.pages}-page document in a fresh process: ${once.ms.toFixed(1)} ms cold, peak RSS ${once.peakRssMb.toFixed(1)} MB`);

  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  // Ours and Chromium take turns, run by run, so that both meet the same machine: on a
  // shared machine the speed of a core wanders by a third from one minute to the next.
  const ours = [];
  const theirs = [];
  try {
    for (const [i, { doc, file }] of docs.entries()) {
      const child = fork(engine, ['serve', file], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      const replies = [];
      let wake;
      child.on('message', (message) => {
        replies.push(message);
        wake?.();
      });
      const reply = async () => {
        while (replies.length === 0) await new Promise((resolve) => (wake = resolve));
        return replies.shift();
      };
      await reply(); // ready
      const typesetOnce = async () => {
        child.send('run');
        return reply();
      };
      const htmlFile = join(dir, `doc-${i}.html`);
      writeFileSync(htmlFile, html(doc));
      const page = await browser.newPage();
      await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      const print = () =>
        page.pdf({
          format: 'A4',
          displayHeaderFooter: true,
          headerTemplate: `<div style="font-size:8.5pt;width:100%;margin:0 56pt;color:#61666f;font-family:'Noto Sans SC'">${escape(doc.header)}</div>`,
          footerTemplate: '<div style="font-size:8.5pt;width:100%;text-align:center;color:#61666f"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
          margin: { top: MARGIN_IN, bottom: MARGIN_IN, left: MARGIN_IN, right: MARGIN_IN },
        });
      await typesetOnce(); // warm-ups
      await print();
      const oursRuns = [];
      const theirRuns = [];
      let last;
      let bytes = 0;
      for (let run = 0; run < RUNS; run++) {
        last = await typesetOnce();
        oursRuns.push(last);
        const t = performance.now();
        bytes = (await print()).length;
        theirRuns.push(performance.now() - t);
      }
      child.kill();
      await page.close();
      const mine = { ms: median(oursRuns.map((r) => r.ms)), cpuMs: median(oursRuns.map((r) => r.cpuMs)), bytes: last.bytes, pages: last.pages };
      ours.push(mine);
      theirs.push({ ms: median(theirRuns), bytes });
      const spread = (values) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;
      console.error(`ours: ${mine.pages} pages in ${mine.ms.toFixed(1)} ms (median of ${RUNS}, ${spread(oursRuns.map((r) => r.ms))}); chromium: ${median(theirRuns).toFixed(1)} ms (${spread(theirRuns)})`);
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }

  for (let i = 0; i < docs.length; i++) {
    const o = ours[i];
    const c = theirs[i];
    console.log(
      `pages=${o.pages} ours_ms=${o.ms.toFixed(1)} chromium_ms=${c.ms.toFixed(1)} speedup=${(c.ms / o.ms).toFixed(2)} ours_bytes=${o.bytes} chromium_bytes=${c.bytes}`,
    );
  }
  const small = ours[0];
  const large = ours[ours.length - 1];
  console.log(`cost of hyphenation: ${cost(full.cpuMs, noHyphens.cpuMs)} over total fit without it (${noHyphens.cpuMs.toFixed(1)} ms CPU, ${noHyphens.pages} pages; with it ${full.cpuMs.toFixed(1)} ms CPU)`);
  console.log(`cost of total fit: ${cost(noHyphens.cpuMs, firstFit.cpuMs)} over first fit (${firstFit.cpuMs.toFixed(1)} ms CPU, ${firstFit.pages} pages)`);
  console.log(`linearity: ${large.pages}-page time / ${small.pages}-page time = ${(large.ms / small.ms).toFixed(2)} (target ≤ 4.4)`);
  const c = theirs[theirs.length - 1];
  console.log(
    `RESULT pages=${large.pages} ours_ms=${large.ms.toFixed(1)} chromium_ms=${c.ms.toFixed(1)} speedup=${(c.ms / large.ms).toFixed(2)} ours_bytes=${large.bytes} chromium_bytes=${c.bytes} peak_rss_mb=${once.peakRssMb.toFixed(1)}`,
  );
}

await main();
