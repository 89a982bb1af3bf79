// Runs in the main process: replace a file so that a crash or power cut leaves either
// the old contents or the new, never half of each: write a sibling temp file, fsync
// it, rename it over the target, then fsync the folder so the rename itself is durable.
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let sequence = 0;

async function syncDirectory(directory: string): Promise<void> {
  if (process.platform === 'win32') return; // directories cannot be opened for fsync there
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function atomicWriteFile(target: string, contents: string): Promise<void> {
  const directory = dirname(target);
  await mkdir(directory, { recursive: true });
  sequence += 1;
  const temporary = join(directory, `.${basename(target)}.${process.pid}.${sequence}.tmp`);
  const handle = await open(temporary, 'w', 0o600);
  try {
    await handle.writeFile(contents, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncDirectory(directory);
}
