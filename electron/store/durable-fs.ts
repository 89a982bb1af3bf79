// Runs in Node (main process and CLI): file writes that survive a crash or a power cut:
// a sibling temp file, written and fsynced, renamed over the target, then the folder
// fsynced so the rename itself is on disk. Either the old file or the new one, never half.
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let sequence = 0;

export async function syncDirectory(directory: string): Promise<void> {
  if (process.platform === 'win32') return; // folders cannot be opened for fsync there
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The temp files this module writes next to `target`, so leftovers of a crash can be recognised. */
export function isTempFileOf(target: string, name: string): boolean {
  return name.startsWith(`.${basename(target)}.`) && name.endsWith('.tmp');
}

/** Replaces `target` with the concatenated `chunks`, durably. Awaits between chunks, so a large write does not stall the process. */
export async function writeFileDurably(target: string, chunks: Iterable<string>): Promise<void> {
  const directory = dirname(target);
  await mkdir(directory, { recursive: true });
  sequence += 1;
  const temporary = join(directory, `.${basename(target)}.${process.pid}.${sequence}.tmp`);
  const handle = await open(temporary, 'w', 0o600);
  try {
    for (const chunk of chunks) await handle.write(chunk, null, 'utf8');
    await handle.sync();
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw error;
  }
  try {
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncDirectory(directory);
}
