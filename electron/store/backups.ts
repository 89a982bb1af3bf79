// Runs in Node (main process and CLI): rolling backups of a workspace in a folder beside
// it (`<file>.backups/`): the last 10, plus the newest of each day for a month. Copies
// made before a migration are kept for good: older versions of the app can read only those.
import { copyFile, mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { syncDirectory } from './durable-fs';
import { timestampForFileName } from './set-aside';

export const KEEP_LATEST = 10;
export const KEEP_DAILY_FOR_DAYS = 31;

export interface Backup {
  path: string;
  takenAt: Date;
  revision: number;
}

const NAME = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.r(\d+)\.json$/;

export function backupFolderOf(file: string): string {
  return `${file}.backups`;
}

function parseName(name: string): { takenAt: Date; revision: number } | undefined {
  const match = NAME.exec(name);
  if (!match) return undefined;
  const [date, time] = match[1]!.split('T') as [string, string];
  const [h, m, s, ms] = time.replace('Z', '').split('-');
  const takenAt = new Date(`${date}T${h}:${m}:${s}.${ms}Z`);
  return Number.isNaN(takenAt.getTime()) ? undefined : { takenAt, revision: Number(match[2]) };
}

/** The rolling backups of `file`, newest first. */
export async function listBackups(file: string): Promise<Backup[]> {
  const folder = backupFolderOf(file);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .map((name) => ({ name, parsed: parseName(name) }))
    .filter((entry): entry is { name: string; parsed: { takenAt: Date; revision: number } } => !!entry.parsed)
    .map(({ name, parsed }) => ({ path: join(folder, name), ...parsed }))
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || b.revision - a.revision);
}

/** Copies through a temp name, so a crash never leaves half a backup that looks like a whole one. */
async function durableCopy(from: string, to: string): Promise<void> {
  const temporary = join(dirname(to), `.${basename(to)}.${process.pid}.tmp`);
  try {
    await copyFile(from, temporary);
    const handle = await open(temporary, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, to);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncDirectory(dirname(to));
}

/** Copies the workspace file (as it is on disk now) into the backup folder. */
export async function takeBackup(file: string, revision: number, now: Date): Promise<Backup> {
  const folder = backupFolderOf(file);
  await mkdir(folder, { recursive: true });
  let takenAt = now;
  const existing = new Set((await listBackups(file)).map((b) => basename(b.path)));
  let name = `${timestampForFileName(takenAt)}.r${revision}.json`;
  while (existing.has(name)) {
    takenAt = new Date(takenAt.getTime() + 1);
    name = `${timestampForFileName(takenAt)}.r${revision}.json`;
  }
  const path = join(folder, name);
  await durableCopy(file, path);
  return { path, takenAt, revision };
}

/** Keeps a copy of a file about to be migrated, named after the version it has. */
export async function keepPreMigrationCopy(file: string, version: number, now: Date): Promise<string> {
  const folder = backupFolderOf(file);
  await mkdir(folder, { recursive: true });
  const path = join(folder, `before-migration-from-v${version}-${timestampForFileName(now)}.json`);
  await durableCopy(file, path);
  return path;
}

function localDay(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}

/** Which backups the policy keeps: the newest KEEP_LATEST, and the newest of each day within KEEP_DAILY_FOR_DAYS. */
export function backupsToKeep(backups: readonly Backup[], now: Date): Set<string> {
  const sorted = [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const keep = new Set(sorted.slice(0, KEEP_LATEST).map((b) => b.path));
  const days = new Set<string>();
  const oldest = now.getTime() - KEEP_DAILY_FOR_DAYS * 24 * 60 * 60 * 1000;
  for (const backup of sorted) {
    const day = localDay(backup.takenAt);
    if (days.has(day)) continue;
    days.add(day);
    if (backup.takenAt.getTime() >= oldest) keep.add(backup.path);
  }
  return keep;
}

/** Deletes the rolling backups the policy no longer keeps; returns their paths. */
export async function pruneBackups(file: string, now: Date): Promise<string[]> {
  const backups = await listBackups(file);
  const keep = backupsToKeep(backups, now);
  const removed: string[] = [];
  // Leftovers of a copy a crash interrupted: never renamed into place, never a backup.
  for (const name of await readdir(backupFolderOf(file)).catch(() => [] as string[])) {
    if (name.startsWith('.') && name.endsWith('.tmp')) await rm(join(backupFolderOf(file), name), { force: true });
  }
  for (const backup of backups) {
    if (keep.has(backup.path)) continue;
    await rm(backup.path, { force: true });
    removed.push(backup.path);
  }
  return removed;
}
