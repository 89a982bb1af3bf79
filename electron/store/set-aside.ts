// Runs in Node (main process and CLI): move a damaged file out of the way without ever
// deleting it: it is renamed beside the original with the reason and the time, so the
// user (or support) can still look at it.
import { access, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { syncDirectory } from './durable-fs';

export function timestampForFileName(date: Date): string {
  return date.toISOString().replace(/:/g, '-').replace('.', '-');
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** Renames `path` to `<path>.<reason>-<time>` (plus a counter if taken) and returns the new path. */
export async function setAside(path: string, reason: string, now: Date): Promise<string> {
  const base = `${path}.${reason}-${timestampForFileName(now)}`;
  let target = base;
  for (let n = 2; await exists(target); n++) target = `${base}-${n}`;
  await rename(path, target);
  await syncDirectory(dirname(path));
  return target;
}
