// Fault injection over the store's file-system seam (in the spirit of SQLite's I/O-error
// and disk-full tests). A counting dry run enumerates every call that changes the disk
// while a workspace is opened, edited, compacted, backed up, saved elsewhere and closed.
// Then, for each of those calls in turn, the same session runs with that one call failing
// with ENOSPC, with EIO, and (a write) writing only half. Twice per fault the folder is
// reopened as a crash would leave it: at the moment of the fault (a copy of the disk), and
// after the session carried on and closed. Every acknowledged command must be there, no
// refused one, the file must open without recovery, and no good backup may be gone or damaged.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { locateSegment } from '../../../core/model/lookups';
import { readSnapshot } from '../../../electron/store/load-workspace';
import { backupFolderOf } from '../../../electron/store/backups';
import { timestampForFileName } from '../../../electron/store/set-aside';
import { WorkspaceStore, type StoreOptions } from '../../../electron/store/workspace-store';
import { fixtureWorkspace } from '../../fixtures/workspace/fixture-workspace';
import { faultyFileSystem, modesFor, type FaultMode, type WriteCall } from './faulty-file-system';
import type { FileSystem } from '../../../electron/files/file-system';

// tmpfs where there is one: fsync is free there, and the bookkeeping is what is tested.
const base = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'briefing-faults-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const SEGMENT = 'seg-overview-intro';
const LANGUAGES = ['en', 'ru', 'fr', 'es', 'pt', 'ar'];
const START = Date.parse('2026-12-03T09:00:00.000Z');
const OLD_BACKUP = `${timestampForFileName(new Date(START - 24 * 3600 * 1000))}.r0.json`;

interface Change {
  language: string;
  text: string;
  /** The workspace files that must hold it. */
  files: string[];
}
interface Log {
  acked: Change[];
  refused: Change[];
}

let runs = 0;
function seedFolder(): string {
  const root = join(base, `run-${++runs}`);
  mkdirSync(backupFolderOf(join(root, 'workspace.json')), { recursive: true });
  const text = JSON.stringify(fixtureWorkspace());
  writeFileSync(join(root, 'workspace.json'), text);
  writeFileSync(join(backupFolderOf(join(root, 'workspace.json')), OLD_BACKUP), text); // a good backup from yesterday
  return root;
}

/** The session: open, edit, compact (with a backup), edit, save as, edit, close. Failures are caught, as the app does. */
async function session(root: string, fs: FileSystem): Promise<Log> {
  let tick = 0;
  const options: StoreOptions = {
    author: 'li.na',
    fs,
    now: () => new Date(START + 1000 * tick++),
    // Only explicit compactions, and a backup after each: the same calls in every run.
    idleCompactionMs: 1e9,
    compactAfterEntries: 1e9,
    compactAfterBytes: 1e12,
    backupEveryMs: 0,
    retryAfterFailureMs: 1e9,
  };
  const file = join(root, 'workspace.json');
  const log: Log = { acked: [], refused: [] };
  const open = () => WorkspaceStore.open(file, options);
  let store: WorkspaceStore;
  try {
    store = (await open().catch(open)).store; // the user tries again once
  } catch {
    return log;
  }
  await store.whenIdle(); // the backup taken on opening: the same order of calls in every run
  let n = 0;
  const edit = async () => {
    const language = LANGUAGES[n % LANGUAGES.length]!;
    const text = `change ${++n}`;
    const result = await store.apply({ type: 'setTranslation', segmentId: SEGMENT, language, text, status: 'translated' });
    (result.ok ? log.acked : log.refused).push({ language, text, files: [store.path] });
  };
  await edit();
  await edit();
  await edit();
  await store.compact().catch(() => undefined);
  await edit();
  await edit();
  try {
    const copy = join(root, 'elsewhere', 'copy.json');
    store = (await store.saveAs(copy)).store;
    for (const change of log.acked) change.files.push(copy);
  } catch {
    // the copy failed: the session carries on with the first file
  }
  await edit();
  await edit();
  await store.close().catch(() => undefined);
  return log;
}

function removeLocks(folder: string): void {
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.lock($|\.)/.test(entry.name)) rmSync(join(entry.parentPath, entry.name), { force: true });
  }
}

/** Reopens the workspaces in `root` as the app would after a crash, and checks everything. */
async function verify(root: string, log: Log, label: string, final: boolean): Promise<void> {
  removeLocks(root); // the crashed process is gone: its locks are stale
  const original = join(root, 'workspace.json');
  const files = new Set([original, ...log.acked.flatMap((c) => c.files)]);
  for (const file of files) {
    const { store, report } = await WorkspaceStore.open(file, { author: 'checker', now: () => new Date(START + 3600_000) });
    try {
      expect(report.outcome, `${label}: ${file} needed recovery`).toBe('opened');
      expect(report.setAside, `${label}: ${file}`).toEqual([]);
      const translations = locateSegment(store.doc, SEGMENT)!.segment.translations;
      const expected = new Map<string, string>();
      for (const change of log.acked) if (change.files.includes(file)) expected.set(change.language, change.text);
      for (const [language, text] of expected) expect(translations[language]?.text, `${label}: ${file} lost "${text}"`).toBe(text);
      if (final) {
        const present = new Set(Object.values(translations).map((t) => t?.text));
        for (const change of log.refused) expect(present.has(change.text), `${label}: refused "${change.text}" came back`).toBe(false);
      }
    } finally {
      await store.close();
    }
  }
  // No good backup gone, and no damaged one made.
  const backups = backupFolderOf(original);
  expect(readdirSync(backups), label).toContain(OLD_BACKUP);
  for (const name of readdirSync(backups)) {
    if (name.startsWith('.')) continue;
    const read = await readSnapshot(join(backups, name));
    expect(read.ok, `${label}: backup ${name} is damaged`).toBe(true);
  }
}

describe('the store under injected write faults', () => {
  it('loses nothing acknowledged whichever write fails, with ENOSPC, EIO or a short write', async () => {
    const dry = faultyFileSystem();
    const dryRoot = seedFolder();
    const dryLog = await session(dryRoot, dry.fs);
    expect(dryLog.refused).toEqual([]);
    expect(dryLog.acked.length).toBe(7);
    await verify(dryRoot, dryLog, 'dry run', true);
    const calls = dry.calls;
    const points: { call: WriteCall; mode: FaultMode }[] = calls.flatMap((call) => modesFor(call).map((mode) => ({ call, mode })));

    const covered = new Set<string>();
    for (const { call, mode } of points) {
      const root = seedFolder();
      const crash = `${root}-crash`;
      let atFault: Log | null = null;
      let log: Log = { acked: [], refused: [] };
      const faulty = faultyFileSystem({
        at: call.n,
        mode,
        onFault: () => {
          cpSync(root, crash, { recursive: true });
          atFault = structuredClone(log);
        },
      });
      const running = session(root, faulty.fs);
      log = await running;
      const label = `${mode} at call ${call.n} (${call.op} ${call.path.slice(root.length)})`;
      expect(faulty.fired, label).not.toBeNull();
      expect(faulty.fired!.op, label).toBe(call.op);
      covered.add(`${call.n}:${mode}`);
      // atFault holds the log as it was when the fault struck (a crash then); log, the whole session.
      if (atFault) await verify(crash, atFault, `${label}, crash at the fault`, false);
      await verify(root, log, `${label}, after carrying on`, true);
      rmSync(root, { recursive: true, force: true });
      rmSync(crash, { recursive: true, force: true });
    }
    const byOp = new Map<string, number>();
    for (const call of calls) byOp.set(call.op, (byOp.get(call.op) ?? 0) + 1);
    console.log(`fault injection: ${covered.size} of ${points.length} fault points covered (${calls.length} write calls: ${[...byOp].map(([op, count]) => `${op} ${count}`).join(', ')})`);
    expect(covered.size).toBe(points.length);
  }, 300_000);
});
