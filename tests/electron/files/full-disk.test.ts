// The store and the CLI on a real full disk: a 2 MB tmpfs mounted by the test (root on
// Linux, as in CI), filled with a spare file. This is the issue's own report: a 455 KB
// workspace, about 250 KB free, 300 acknowledged edits, then a compaction. Where mounting
// is not permitted the tests are skipped with the reason.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateSegment } from '../../../core/model/lookups';
import type { Workspace } from '../../../core/model/workspace';
import { main } from '../../../electron/cli/main';
import { backupFolderOf } from '../../../electron/store/backups';
import { journalPathOf } from '../../../electron/store/journal-file';
import { readSnapshot } from '../../../electron/store/load-workspace';
import { WorkspaceStore } from '../../../electron/store/workspace-store';

const repo = join(__dirname, '..', '..', '..');
const SAMPLE = join(repo, 'assets', 'sample-workspace', 'sample-workspace.json');
let mountPoint = '';
let skipReason: string | undefined;

beforeAll(() => {
  if (process.platform !== 'linux') return void (skipReason = 'mounting a small tmpfs needs Linux');
  if (process.getuid?.() !== 0) return void (skipReason = 'mounting a small tmpfs needs root (CI runs as root)');
  mountPoint = mkdtempSync(join(tmpdir(), 'briefing-full-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m,mode=0700', 'tmpfs', mountPoint], { stdio: 'pipe' });
  } catch (error) {
    skipReason = `mount is not permitted here: ${String((error as { stderr?: Buffer }).stderr ?? error).trim()}`;
    rmdirSync(mountPoint);
    mountPoint = '';
  }
});

afterAll(() => {
  if (!mountPoint) return;
  try {
    execFileSync('umount', [mountPoint], { stdio: 'pipe' });
  } finally {
    rmSync(mountPoint, { recursive: true, force: true });
  }
});

function freeBytes(): number {
  const stats = statfsSync(mountPoint);
  return stats.bavail * stats.bsize;
}

/** Takes all but `leave` bytes of the free space. */
function fill(path: string, leave: number): void {
  writeFileSync(path, Buffer.alloc(Math.max(0, freeBytes() - leave)));
}

const SEGMENT = 'seg-overview-intro';
const textOf = (doc: Workspace, language: string) => locateSegment(doc, SEGMENT)!.segment.translations[language]?.text;

describe('on a full disk (a 2 MB tmpfs)', () => {
  it('keeps every acknowledged edit when the snapshot does not fit, refuses what it cannot save, and catches up when space is freed', async (context) => {
    if (skipReason) return context.skip(skipReason);
    const folder = join(mountPoint, 'store');
    mkdirSync(folder);
    const file = join(folder, 'workspace.json');
    const original = readFileSync(SAMPLE);
    writeFileSync(file, original);
    let tick = Date.parse('2026-12-03T09:00:00.000Z');
    const options = { author: 'li.na', now: () => new Date((tick += 1000)), idleCompactionMs: 1e9, compactAfterEntries: 1e9, retryAfterFailureMs: 1e9 };
    const { store } = await WorkspaceStore.open(file, options);
    await store.whenIdle();
    const backups = readdirSync(backupFolderOf(file));
    expect(backups).toHaveLength(1); // the backup taken on opening
    const spare = join(mountPoint, 'spare');
    fill(spare, 250 * 1024);

    // 300 edits, each acknowledged only once on disk.
    let last = '';
    for (let i = 1; i <= 300; i++) {
      last = `edit ${i} ${'x'.repeat(200)}`;
      const result = await store.apply({ type: 'setTranslation', segmentId: SEGMENT, language: 'en', text: last, status: 'translated' });
      expect(result.ok, `edit ${i}`).toBe(true);
    }
    const problems: (string | null)[] = [];
    store.onStorageProblem((problem) => problems.push(problem ? `${problem.operation}:${problem.reason}` : null));
    await expect(store.compact()).rejects.toThrow(/disk is full/);
    expect(problems).toEqual(['snapshot:disk-full']);
    // Nothing was replaced or shortened: the old file, the whole journal, the good backup.
    expect(readFileSync(file).equals(original)).toBe(true);
    expect(readFileSync(journalPathOf(file), 'utf8').trim().split('\n')).toHaveLength(300);
    expect(readdirSync(backupFolderOf(file))).toEqual(backups);
    expect((await readSnapshot(join(backupFolderOf(file), backups[0]!))).ok).toBe(true);
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    // Edits go on into the journal until it too is full; then they are refused, not acknowledged.
    let refused: { code: string; message: string } | undefined;
    for (let i = 301; i <= 2000 && !refused; i++) {
      const text = `edit ${i} ${'y'.repeat(2000)}`;
      const result = await store.apply({ type: 'setTranslation', segmentId: SEGMENT, language: 'en', text, status: 'translated' });
      if (result.ok) last = text;
      else refused = result.error;
    }
    expect(refused).toMatchObject({ code: 'write-failed', message: expect.stringContaining('disk is full') });
    expect(store.storageProblem).toMatchObject({ operation: 'change', reason: 'disk-full' });
    expect(problems.at(-1)).toBe('change:disk-full');
    await store.close(); // its snapshot fails too; the journal keeps everything

    // Reopened on the still-full disk: every acknowledged edit is there.
    const again = await WorkspaceStore.open(file, options);
    expect(again.report.outcome).toBe('opened');
    expect(textOf(again.store.doc, 'en')).toBe(last);
    expect(again.store.storageProblem).toMatchObject({ operation: 'snapshot', reason: 'disk-full' });

    // Space freed: the next snapshot catches up, the journal empties, the notice clears.
    rmSync(spare);
    const cleared: (string | null)[] = [];
    again.store.onStorageProblem((problem) => cleared.push(problem ? problem.operation : null));
    await again.store.compact();
    expect(cleared).toEqual([null]);
    expect(again.store.storageProblem).toBeNull();
    expect(readFileSync(journalPathOf(file), 'utf8')).toBe('');
    const onDisk = await readSnapshot(file);
    expect(onDisk.ok && textOf(onDisk.doc, 'en')).toBe(last);
    await again.store.close();
    for (const name of readdirSync(backupFolderOf(file))) expect((await readSnapshot(join(backupFolderOf(file), name))).ok, name).toBe(true);
    rmSync(folder, { recursive: true });
  }, 60_000);

  it('briefing typeset: exit 1, one line, and no file left when the PDF does not fit', async (context) => {
    if (skipReason) return context.skip(skipReason);
    const folder = join(mountPoint, 'cli');
    mkdirSync(folder);
    const spare = join(mountPoint, 'spare-cli');
    fill(spare, 8 * 1024);
    let stdout = '';
    let stderr = '';
    const code = await main(['typeset', join(repo, 'tests/fixtures/typeset/outreach-ar.json'), '-o', join(folder, 'ar.pdf')], {
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
    });
    rmSync(spare);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^briefing typeset: could not write ar\.pdf: the disk is full .*nothing was written\n$/);
    expect(readdirSync(folder)).toEqual([]);
  }, 60_000);
});
