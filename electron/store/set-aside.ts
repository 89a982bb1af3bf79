// Runs in Node (main process and CLI): move a damaged file out of the way without ever
// deleting it: it is renamed beside the original with the reason and the time, so the
// user (or support) can still look at it.
import { dirname } from 'node:path';
import { nodeFileSystem, type FileSystem } from '../files/file-system';
import { syncDirectory } from '../files/write-file-durably';

export function timestampForFileName(date: Date): string {
  return date.toISOString().replace(/:/g, '-').replace('.', '-');
}

async function exists(path: string, fs: FileSystem): Promise<boolean> {
  return fs.stat(path).then(
    () => true,
    () => false,
  );
}

/** Renames `path` to `<path>.<reason>-<time>` (plus a counter if taken) and returns the new path. */
export async function setAside(path: string, reason: string, now: Date, fs: FileSystem = nodeFileSystem): Promise<string> {
  const base = `${path}.${reason}-${timestampForFileName(now)}`;
  let target = base;
  for (let n = 2; await exists(target, fs); n++) target = `${base}-${n}`;
  await fs.rename(path, target);
  await syncDirectory(dirname(path), fs);
  return target;
}
