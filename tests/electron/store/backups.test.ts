import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFolderOf, backupsToKeep, KEEP_DAILY_FOR_DAYS, KEEP_LATEST, listBackups, pruneBackups, takeBackup, type Backup } from '../../../electron/store/backups';
import { timestampForFileName } from '../../../electron/store/set-aside';
import { tempFolder } from './store-test-helpers';

const now = new Date(2026, 3, 16, 18, 0, 0); // local time: the policy counts local days
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000);
const backup = (takenAt: Date, revision: number): Backup => ({ path: `/b/${takenAt.toISOString()}.r${revision}.json`, takenAt, revision });

describe('the backup policy', () => {
  it('keeps the last ten, and the newest of each day for a month', () => {
    const today = Array.from({ length: 30 }, (_, i) => backup(hoursAgo(i * 0.25), 1000 - i)); // every 15 minutes, today
    const earlier = Array.from({ length: 60 }, (_, d) => [backup(hoursAgo(24 * (d + 1)), 500 - d), backup(hoursAgo(24 * (d + 1) + 2), 400 - d)]).flat();
    const keep = backupsToKeep([...today, ...earlier], now);
    const kept = [...today, ...earlier].filter((b) => keep.has(b.path));
    expect(kept.filter((b) => today.includes(b))).toEqual(today.slice(0, KEEP_LATEST));
    const older = kept.filter((b) => earlier.includes(b));
    // one per earlier day (the newest of that day), for every day within the month, none beyond
    const withinMonth = earlier.filter((b) => b.revision > 400 && b.takenAt.getTime() >= now.getTime() - KEEP_DAILY_FOR_DAYS * 86_400_000);
    expect(older).toEqual(withinMonth);
    expect(older.length).toBe(KEEP_DAILY_FOR_DAYS);
  });

  it('keeps the last ten even when they are all old', () => {
    const old = Array.from({ length: 12 }, (_, i) => backup(hoursAgo(24 * 100 + i), i));
    expect(backupsToKeep(old, now).size).toBe(KEEP_LATEST);
  });

  it('prunes real files by that policy and leaves other files alone', async () => {
    const file = join(tempFolder(), 'workspace.json');
    const folder = backupFolderOf(file);
    mkdirSync(folder);
    for (let i = 0; i < 15; i++) writeFileSync(join(folder, `${timestampForFileName(hoursAgo(i))}.r${100 - i}.json`), '{}');
    writeFileSync(join(folder, 'before-migration-from-v1-2026-01-01T00-00-00-000Z.json'), '{}');
    writeFileSync(join(folder, 'notes.txt'), 'mine');
    const newest = join(folder, `${timestampForFileName(hoursAgo(0))}.r100.json`);
    const removed = await pruneBackups(file, now, newest);
    expect(removed.length).toBeGreaterThan(0);
    const left = readdirSync(folder);
    expect(left).toContain('before-migration-from-v1-2026-01-01T00-00-00-000Z.json');
    expect(left).toContain('notes.txt');
    const revisions = (await listBackups(file)).map((b) => b.revision);
    expect(revisions.slice(0, KEEP_LATEST)).toEqual(Array.from({ length: KEEP_LATEST }, (_, i) => 100 - i));
  });

  it('never overwrites a backup taken in the same millisecond', async () => {
    const file = join(tempFolder(), 'workspace.json');
    writeFileSync(file, '{"revision":7}');
    const first = await takeBackup(file, 7, now);
    const second = await takeBackup(file, 7, now);
    expect(first.path).not.toBe(second.path);
    expect((await listBackups(file)).length).toBe(2);
  });
});
