// Runs in Node (tests): fault injection over the store's file-system seam (in the spirit
// of SQLite's I/O-error and disk-full tests). A counting dry run enumerates every call that changes the disk
// while a workspace is opened, edited, compacted, backed up, saved elsewhere and closed.
// Then, for each of those calls in turn, the same session runs with that one call failing
// with ENOSPC, with EIO, and (a write) writing only half. Twice per fault the folder is
// reopened as a crash would leave it: at the moment of the fault (a copy of the disk), and
// after the session carried on and closed. Every acknowledged command must be there, no
// refused one, the file must open without recovery, and no good backup may be gone or damaged.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect } from 'vitest';
import { locateSegment } from '../../../core/model/lookups';
import { loadWorkspaceForReading, readSnapshot } from '../../../electron/store/load-workspace';
import { backupFolderOf } from '../../../electron/store/backups';
import { timestampForFileName } from '../../../electron/store/set-aside';
import { WorkspaceStore, type StoreOptions } from '../../../electron/store/workspace-store';
import { encodeJournalEntry } from '../../../core/workspace/command-journal';
import { journalPathOf } from '../../../electron/store/journal-file';
import { fixtureWorkspace, V1_FIXTURE } from '../../fixtures/workspace/fixture-workspace';
import { faultyFileSystem, modesFor, type FaultMode, type WriteCall } from './faulty-file-system';
import type { FileSystem } from '../../../electron/files/file-system';

// tmpfs where there is one: fsync is free there, and the bookkeeping is what is tested.
const base = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'briefing-faults-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const SEGMENT = 'seg-overview-intro';
/** A segment of the v1 fixture once migrated (its ids are derived from its blocks'). */
const V1_SEGMENT = 'network-intro-text';
const LANGUAGES = ['en', 'ru', 'fr', 'es', 'pt', 'ar'];
const V1_LANGUAGES = ['en', 'ru', 'ar']; // the prototype's targets
const FILE = 'workspace.json';
const COPY = join('elsewhere', 'copy.json');
const START = Date.parse('2026-12-03T09:00:00.000Z');
const OLD_BACKUP = `${timestampForFileName(new Date(START - 24 * 3600 * 1000))}.r0.json`;

interface Change {
  language: string;
  text: string;
  /** The workspace files that must hold it, relative to the session's folder. */
  files: string[];
}
interface Log {
  acked: Change[];
  refused: Change[];
  /** Being saved, not yet acknowledged: after a crash it may or may not be there. */
  inFlight?: Change;
}

/**
 * The folder each session starts from: a workspace, a good backup from yesterday, and
 * - `journal`: two changes of an earlier session still only in the journal (opening replays them and rewrites the file);
 * - `v1`: a file in the prototype format (opening keeps a copy, migrates and rewrites it).
 */
export type Start = 'journal' | 'v1';
interface Seed {
  segment: string;
  languages: string[];
  /** Acknowledged by the earlier session. */
  acked: Change[];
}
const FIXTURE_TEXT = JSON.stringify(fixtureWorkspace());
let runs = 0;
function seedFolder(start: Start): { root: string; seed: Seed } {
  const root = join(base, `run-${++runs}`);
  const file = join(root, 'workspace.json');
  mkdirSync(backupFolderOf(file), { recursive: true });
  if (start === 'v1') {
    const text = readFileSync(V1_FIXTURE, 'utf8');
    writeFileSync(file, text);
    writeFileSync(join(backupFolderOf(file), OLD_BACKUP), text);
    return { root, seed: { segment: V1_SEGMENT, languages: V1_LANGUAGES, acked: [] } };
  }
  const text = FIXTURE_TEXT;
  writeFileSync(file, text);
  writeFileSync(join(backupFolderOf(file), OLD_BACKUP), text);
  const earlier = ['ru', 'fr'].map((language, i) => ({ language, text: `earlier ${i + 1}`, files: [FILE] }));
  const lines = earlier.map((change, i) =>
    encodeJournalEntry({ rev: i + 1, at: '2026-12-02T17:00:00.000Z', by: 'li.na', command: { type: 'setTranslation', segmentId: SEGMENT, language: change.language, text: change.text, status: 'translated' } }),
  );
  writeFileSync(journalPathOf(file), lines.join(''));
  return { root, seed: { segment: SEGMENT, languages: LANGUAGES, acked: earlier } };
}

/** The session: open, edit, compact (with a backup), edit, save as, edit, close. Failures are caught, as the app does. */
async function session(root: string, seed: Seed, fs: FileSystem, log: Log = { acked: structuredClone(seed.acked), refused: [] }): Promise<Log> {
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
    const language = seed.languages[n % seed.languages.length]!;
    const text = `change ${++n}`;
    log.inFlight = { language, text, files: [relative(root, store.path)] };
    const result = await store.apply({ type: 'setTranslation', segmentId: seed.segment, language, text, status: 'translated' });
    (result.ok ? log.acked : log.refused).push(log.inFlight);
    delete log.inFlight;
  };
  await edit();
  await edit();
  await edit();
  await store.compact().catch(() => undefined);
  await edit();
  await edit();
  try {
    store = (await store.saveAs(join(root, COPY))).store;
    for (const change of log.acked) change.files.push(COPY);
    // The copy's first backup runs in the background: waiting for it keeps the order of
    // calls the same in every run (a busy machine let an edit's fdatasync overtake its mkdir).
    await store.whenIdle();
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
async function verify(root: string, segment: string, log: Log, label: string, final: boolean): Promise<void> {
  removeLocks(root); // the crashed process is gone: its locks are stale
  const original = join(root, FILE);
  const files = new Set([FILE, ...log.acked.flatMap((c) => c.files)]);
  for (const name of files) {
    const file = join(root, name);
    // After carrying on: opened by the store, as the app would. The crash copies (about
    // 500 of them): read as the store reads them, without writing, which keeps this test fast.
    const opened = final ? await WorkspaceStore.open(file, { author: 'checker', now: () => new Date(START + 3600_000) }) : null;
    try {
      let doc;
      if (opened) {
        expect(opened.report.outcome, `${label}: ${file} needed recovery`).toBe('opened');
        expect(opened.report.setAside, `${label}: ${file}`).toEqual([]);
        doc = opened.store.doc;
      } else {
        const read = await loadWorkspaceForReading(file);
        if (!read.ok) throw new Error(`${label}: ${file} does not open: ${read.problem.message}`);
        expect(read.journal.unusable, `${label}: ${file}`).toBeUndefined();
        doc = read.doc;
      }
      const translations = locateSegment(doc, segment)!.segment.translations;
      const expected = new Map<string, string>();
      for (const change of log.acked) if (change.files.includes(name)) expected.set(change.language, change.text);
      for (const [language, text] of expected) {
        const found = translations[language]?.text;
        if (!final && log.inFlight?.language === language && found === log.inFlight.text) continue; // written, not yet acknowledged
        expect(found, `${label}: ${file} lost "${text}"`).toBe(text);
      }
      if (final) {
        const present = new Set(Object.values(translations).map((t) => t?.text));
        for (const change of log.refused) expect(present.has(change.text), `${label}: refused "${change.text}" came back`).toBe(false);
      }
    } finally {
      await opened?.store.close();
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

/** Runs the session once per fault point of a counting dry run; returns how many were covered of how many. */
export async function runFaultInjection(start: Start): Promise<{ covered: number; points: number }> {
  {
    {
      const dry = faultyFileSystem();
      const first = seedFolder(start);
      const dryLog = await session(first.root, first.seed, dry.fs);
      expect(dryLog.refused).toEqual([]);
      expect(dryLog.acked.length).toBe(first.seed.acked.length + 7);
      await verify(first.root, first.seed.segment, dryLog, 'dry run', true);
      const calls = dry.calls;
      const points: { call: WriteCall; mode: FaultMode }[] = calls.flatMap((call) => modesFor(call).map((mode) => ({ call, mode })));

      const covered = new Set<string>();
      for (const { call, mode } of points) {
        const { root, seed } = seedFolder(start);
        const crash = `${root}-crash`;
        let atFault: Log | null = null;
        const log: Log = { acked: structuredClone(seed.acked), refused: [] }; // filled in by the session as it goes
        const faulty = faultyFileSystem({
          at: call.n,
          mode,
          onFault: () => {
            cpSync(root, crash, { recursive: true });
            atFault = structuredClone(log);
          },
        });
        await session(root, seed, faulty.fs, log);
        const label = `${start}: ${mode} at call ${call.n} (${call.op} ${call.path.slice(root.length)})`;
        expect(faulty.fired, label).not.toBeNull();
        expect(faulty.fired!.op, label).toBe(call.op);
        covered.add(`${call.n}:${mode}`);
        // atFault: the log when the fault struck (a crash then); log: the whole session, carried on and closed.
        if (atFault) await verify(crash, seed.segment, atFault, `${label}, crash at the fault`, false);
        await verify(root, seed.segment, log, `${label}, after carrying on`, true);
        rmSync(root, { recursive: true, force: true });
        rmSync(crash, { recursive: true, force: true });
      }
      const byOp = new Map<string, number>();
      for (const call of calls) byOp.set(call.op, (byOp.get(call.op) ?? 0) + 1);
      console.log(`fault injection (${start}): ${covered.size} of ${points.length} fault points covered (${calls.length} write calls: ${[...byOp].map(([op, count]) => `${op} ${count}`).join(', ')})`);
      return { covered: covered.size, points: points.length };
    }
  }
}
