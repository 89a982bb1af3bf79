// Runs in Node (main process and CLI): rolling backups of a workspace in a folder beside
// it (`<file>.backups/`): the last 10, plus the newest of each day for a month. Copies
// made before a migration are kept for good: older versions of the app can read only those.
// A backup is written and verified (it reads back as the revision it claims) before it
// counts; only then are older ones pruned, and the newest verified one never is.
import { basename, join } from 'node:path';
import { nodeFileSystem, type FileSystem } from '../files/file-system';
import { verifyJson, writeFileDurably } from '../files/write-file-durably';
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
export async function listBackups(file: string, fs: FileSystem = nodeFileSystem): Promise<Backup[]> {
  const folder = backupFolderOf(file);
  let names: string[];
  try {
    names = await fs.readdir(folder);
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

/** Copies `from` to `to` through the durable write, checked to read back as `revision`. */
async function verifiedCopy(from: string, to: string, revision: number | undefined, fs: FileSystem): Promise<void> {
  await writeFileDurably(to, await fs.readFile(from), { fs, verify: verifyJson(revision) });
}

/** Copies the workspace file (as it is on disk now, holding `revision`) into the backup folder. */
export async function takeBackup(file: string, revision: number, now: Date, fs: FileSystem = nodeFileSystem): Promise<Backup> {
  let takenAt = now;
  const existing = new Set((await listBackups(file, fs)).map((b) => basename(b.path)));
  let name = `${timestampForFileName(takenAt)}.r${revision}.json`;
  while (existing.has(name)) {
    takenAt = new Date(takenAt.getTime() + 1);
    name = `${timestampForFileName(takenAt)}.r${revision}.json`;
  }
  const path = join(backupFolderOf(file), name);
  await verifiedCopy(file, path, revision, fs);
  return { path, takenAt, revision };
}

/** Keeps a copy of a file about to be migrated, named after the version it has. */
export async function keepPreMigrationCopy(file: string, version: number, now: Date, fs: FileSystem = nodeFileSystem): Promise<string> {
  const path = join(backupFolderOf(file), `before-migration-from-v${version}-${timestampForFileName(now)}.json`);
  await verifiedCopy(file, path, undefined, fs); // an old format: it must parse, its revision may not exist yet
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

/**
 * Deletes the rolling backups the policy no longer keeps; returns their paths. Called only
 * with a backup just written and verified (`verified`), which is never deleted, so a good
 * backup always remains however many damaged ones are newer.
 */
export async function pruneBackups(file: string, now: Date, verified: string, fs: FileSystem = nodeFileSystem): Promise<string[]> {
  const backups = await listBackups(file, fs);
  if (!backups.some((backup) => backup.path === verified)) return [];
  const keep = backupsToKeep(backups, now);
  keep.add(verified);
  const removed: string[] = [];
  for (const backup of backups) {
    if (keep.has(backup.path)) continue;
    await fs.rm(backup.path, { force: true });
    removed.push(backup.path);
  }
  // Leftovers of a copy a crash interrupted: never renamed into place, never a backup.
  for (const name of await fs.readdir(backupFolderOf(file)).catch(() => [] as string[])) {
    if (name.startsWith('.') && name.endsWith('.tmp')) await fs.rm(join(backupFolderOf(file), name), { force: true });
  }
  return removed;
}
