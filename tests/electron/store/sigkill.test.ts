// A real child process writing through the store is killed with SIGKILL at random
// moments, hundreds of times. Every command it acknowledged must be in the workspace
// afterwards, and the workspace must always open, without recovery, set-aside files or
// journal damage (a crash may only cut off the one unacknowledged entry).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateSegment } from '../../../core/model/lookups';
import type { Workspace } from '../../../core/model/workspace';
import { loadWorkspaceForReading } from '../../../electron/store/load-workspace';
import { WorkspaceStore } from '../../../electron/store/workspace-store';
import { fixtureWorkspace } from '../../fixtures/workspace/fixture-workspace';

const KILLS_PER_WORKER = 110; // two workers: 220 kills
const here = dirname(fileURLToPath(import.meta.url));
let folder: string;
let bundle: string;
let initial: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'briefing-sigkill-'));
  bundle = join(folder, 'writer.mjs');
  initial = join(folder, 'initial.json');
  writeFileSync(initial, JSON.stringify(fixtureWorkspace()));
  // One bundle, so each of the hundreds of children starts in milliseconds.
  await build({ entryPoints: [join(here, 'sigkill-writer.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: bundle, logLevel: 'error' });
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function random(seed: number) {
  let a = seed;
  return () => {
    a = (a * 1103515245 + 12345) % 2 ** 31;
    return a / 2 ** 31;
  };
}

interface Run {
  acked: number[];
  ready?: { revision: number; outcome: string; setAside: number };
  stderr: string;
  exitedOnItsOwn: boolean;
}

async function runAndKill(file: string, next: () => number): Promise<Run> {
  const run: Run = { acked: [], stderr: '', exitedOnItsOwn: false };
  const child = spawn(process.execPath, [bundle, file, initial], { stdio: ['ignore', 'pipe', 'pipe'] });
  let buffered = '';
  let killTimer: ReturnType<typeof setTimeout> | undefined;
  const kill = () => child.kill('SIGKILL');
  child.stdout.on('data', (data: Buffer) => {
    buffered += data.toString();
    let newline: number;
    while ((newline = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      const [word, a, b, c] = line.split(' ');
      if (word === 'ACK') run.acked.push(Number(a));
      if (word === 'READY') {
        run.ready = { revision: Number(a), outcome: b!, setAside: Number(c) };
        // Most kills land while commands stream; the rest during start-up (set below).
        killTimer ??= setTimeout(kill, next() * 40);
      }
    }
  });
  child.stderr.on('data', (data: Buffer) => void (run.stderr += data.toString()));
  // One kill in six lands at a random moment of start-up: lock, read, replay, open-time writes.
  if (next() < 1 / 6) killTimer = setTimeout(kill, next() * 120);
  const exit = await new Promise<{ signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (_code, signal) => resolve({ signal })));
  clearTimeout(killTimer);
  run.exitedOnItsOwn = exit.signal !== 'SIGKILL';
  return run;
}

function expectHolds(doc: Workspace, acked: Set<number>, where: string) {
  const maxAcked = Math.max(0, ...acked);
  expect(doc.revision, where).toBeGreaterThanOrEqual(maxAcked);
  const terms = new Set(doc.glossary.terms.map((t) => t.id));
  const missing = [...acked].filter((rev) => rev % 2 === 0 && !terms.has(`k${rev}`));
  expect(missing, `${where}: acknowledged terms missing`).toEqual([]);
  const lastTranslation = Math.max(0, ...[...acked].filter((rev) => rev % 2 === 1));
  const text = locateSegment(doc, 'seg-overview-intro')!.segment.translations.en!.text;
  if (lastTranslation > 0) expect(Number(/^value (\d+)$/.exec(text)?.[1]), `${where}: translation`).toBeGreaterThanOrEqual(lastTranslation);
}

async function worker(name: string, seed: number) {
  const file = join(folder, name, 'workspace.json');
  const next = random(seed);
  const acked = new Set<number>();
  let kills = 0;
  let startupKills = 0;
  for (let i = 0; i < KILLS_PER_WORKER; i++) {
    const run = await runAndKill(file, next);
    expect(run.exitedOnItsOwn, `child ${i} exited on its own: ${run.stderr}`).toBe(false);
    kills++;
    if (!run.ready) startupKills++;
    if (run.ready) {
      expect(run.ready.outcome, `run ${i} had to recover`).not.toBe('recovered');
      expect(run.ready.setAside, `run ${i} set files aside`).toBe(0);
    }
    for (const rev of run.acked) acked.add(rev);
    const loaded = await loadWorkspaceForReading(file);
    if (!loaded.ok) {
      expect(loaded.problem.kind, `after kill ${i}: ${loaded.problem.message}`).toBe('not-found');
      expect(acked.size).toBe(0); // only before the very first workspace was written
      continue;
    }
    expect(loaded.journal.unusable, `after kill ${i}`).toBeUndefined();
    expectHolds(loaded.doc, acked, `after kill ${i}`);
  }
  // Finally the app opens it, writes it out whole, and the file alone has everything.
  const { store } = await WorkspaceStore.open(file, { author: 'check' });
  await store.close();
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Workspace;
  expectHolds(raw, acked, 'final snapshot');
  return { kills, startupKills, acked: acked.size };
}

describe('the store under SIGKILL', () => {
  it('keeps every acknowledged command through 200+ kills at random moments', async () => {
    const results = await Promise.all([worker('a', 7), worker('b', 11)]);
    const kills = results.reduce((n, r) => n + r.kills, 0);
    expect(kills).toBeGreaterThanOrEqual(200);
    expect(results.every((r) => r.startupKills > 5)).toBe(true);
    expect(results.every((r) => r.acked > 150)).toBe(true); // the kills really interrupted a busy writer
  }, 120_000);
});
