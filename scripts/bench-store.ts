// Runs in Node: `npm run bench:store`. Generated workspaces of 5,000 and 50,000 segments
// in seven languages: time to open and validate, and the time for one command to be
// applied and durably written (median and p95). Targets: open of 50,000 < 1.5 s; command
// p95 < 30 ms at 5,000 and < 150 ms at 50,000. The last line is `RESULT ...`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from '../core/model/commands';
import { allSegments } from '../core/model/walk-segments';
import type { Workspace } from '../core/model/workspace';
import { syntheticWorkspace } from '../core/workspace/synthetic-workspace';
import { workspaceJsonChunks } from '../core/workspace/workspace-json-chunks';
import { writeFileDurably } from '../electron/files/write-file-durably';
import { WorkspaceStore } from '../electron/store/workspace-store';

const COMMANDS = 300;
const TARGETS = { open50k: 1500, p95At5k: 30, p95At50k: 150 };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** A realistic mix: mostly translation edits, some source edits, block changes and additions. */
function commandMix(doc: Workspace, count: number, seed: number): Command[] {
  let state = seed;
  const next = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const segments = [...allSegments(doc)].map((p) => p.segment.id);
  const blocks = doc.library.sections.flatMap((s) => s.blocks.map((b) => b.id));
  const sections = doc.library.sections.map((s) => s.id);
  const languages = doc.languages.targets.map((l) => l.code);
  const at = '2026-04-16T09:00:00.000Z';
  return Array.from({ length: count }, (_, i): Command => {
    const roll = next();
    const segmentId = segments[Math.floor(next() * segments.length)]!;
    if (roll < 0.7) return { type: 'setTranslation', segmentId, language: languages[Math.floor(next() * languages.length)]!, text: `Revised translation ${i}, with 2,570 suggestions.`, status: 'translated' };
    if (roll < 0.8) return { type: 'setSource', segmentId, text: `修订后的原文${i}，共2,570条建议。` };
    if (roll < 0.9) return { type: 'update', collection: 'blocks', id: blocks[Math.floor(next() * blocks.length)]!, patch: { visibility: next() < 0.5 ? 'internal' : 'public' } };
    return {
      type: 'add',
      collection: 'blocks',
      parentId: sections[Math.floor(next() * sections.length)]!,
      index: 0,
      value: { id: `bench-block-${seed}-${i}`, kind: 'paragraph', visibility: 'public', text: { id: `bench-seg-${seed}-${i}`, source: { text: `新增段落${i}`, changedBy: 'bench', changedAt: at }, translations: {} } },
    };
  });
}

interface Figures {
  segments: number;
  megabytes: number;
  openMs: number;
  openRuns: number[];
  median: number;
  p95: number;
  max: number;
  p95WhileCompacting: number;
  compactMs: number;
}

async function measure(segments: number, folder: string): Promise<Figures> {
  const file = join(folder, `workspace-${segments}.json`);
  const doc = syntheticWorkspace({ segments, seed: segments });
  await writeFileDurably(file, workspaceJsonChunks(doc));
  const megabytes = statSync(file).size / 1024 / 1024;

  // Open + validate (lock, read, JSON.parse, schema and integrity, journal), each time in
  // a fresh process as when the app starts: cold code, a clean heap.
  const openRuns: number[] = [];
  for (let run = 0; run < 3; run++) {
    const output = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--open-only', file], { encoding: 'utf8' });
    openRuns.push(Number(/OPEN (\S+)/.exec(output)?.[1]));
  }

  const { store } = await WorkspaceStore.open(file, { author: 'bench', idleCompactionMs: 60_000, compactAfterEntries: 100_000 });
  const commands = commandMix(store.doc, COMMANDS + 60, segments);
  const times: number[] = [];
  for (const command of commands.slice(0, COMMANDS)) {
    const started = performance.now();
    const result = await store.apply(command);
    times.push(performance.now() - started);
    if (!result.ok) throw new Error(`bench command refused: ${result.error.message}`);
  }
  // Commands while the snapshot is being rewritten in the background.
  const compacting = store.compact();
  const duringCompaction: number[] = [];
  for (const command of commands.slice(COMMANDS)) {
    const started = performance.now();
    const result = await store.apply(command);
    duringCompaction.push(performance.now() - started);
    if (!result.ok) throw new Error(`bench command refused: ${result.error.message}`);
  }
  await compacting;
  const compactStarted = performance.now();
  await store.compact();
  const compactMs = performance.now() - compactStarted;
  await store.close();

  times.sort((a, b) => a - b);
  duringCompaction.sort((a, b) => a - b);
  return {
    segments,
    megabytes,
    openMs: [...openRuns].sort((a, b) => a - b)[1]!,
    openRuns,
    median: percentile(times, 50),
    p95: percentile(times, 95),
    max: times[times.length - 1]!,
    p95WhileCompacting: percentile(duringCompaction, 95),
    compactMs,
  };
}

async function openOnly(file: string): Promise<void> {
  const started = performance.now();
  const { store } = await WorkspaceStore.open(file, { author: 'bench' });
  const elapsed = performance.now() - started;
  await store.close();
  console.log(`OPEN ${elapsed.toFixed(1)}`);
}

const openOnlyAt = process.argv.indexOf('--open-only');
if (openOnlyAt >= 0) {
  await openOnly(process.argv[openOnlyAt + 1]!);
} else {
  await main();
}

async function main(): Promise<void> {
const folder = mkdtempSync(join(tmpdir(), 'briefing-bench-'));
try {
  const results: Figures[] = [];
  for (const segments of [5_000, 50_000]) {
    const f = await measure(segments, folder);
    results.push(f);
    console.log(
      `${segments.toLocaleString('en')} segments × 7 languages (${f.megabytes.toFixed(1)} MB): open+validate median ${f.openMs.toFixed(0)} ms (runs ${f.openRuns.map((t) => t.toFixed(0)).join(', ')}); ` +
        `command applied+flushed median ${f.median.toFixed(2)} ms, p95 ${f.p95.toFixed(2)} ms, max ${f.max.toFixed(2)} ms over ${COMMANDS}; ` +
        `p95 while the snapshot is rewritten ${f.p95WhileCompacting.toFixed(2)} ms; snapshot rewrite ${f.compactMs.toFixed(0)} ms`,
    );
  }
  const [small, large] = results as [Figures, Figures];
  const met = large.openMs < TARGETS.open50k && small.p95 < TARGETS.p95At5k && large.p95 < TARGETS.p95At50k;
  console.log(
    `RESULT open5k=${small.openMs.toFixed(0)}ms open50k=${large.openMs.toFixed(0)}ms (target <${TARGETS.open50k}) ` +
      `cmd5k_median=${small.median.toFixed(2)}ms cmd5k_p95=${small.p95.toFixed(2)}ms (target <${TARGETS.p95At5k}) ` +
      `cmd50k_median=${large.median.toFixed(2)}ms cmd50k_p95=${large.p95.toFixed(2)}ms (target <${TARGETS.p95At50k}) ` +
      `compact50k=${large.compactMs.toFixed(0)}ms targets=${met ? 'met' : 'MISSED'}`,
  );
  process.exitCode = met ? 0 : 1;
} finally {
  rmSync(folder, { recursive: true, force: true });
}
}
