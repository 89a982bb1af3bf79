// Runs in Node (main process and CLI): the one way the app writes a file: the workspace
// snapshot, the journal's rewrite, backups, settings, the recent list, exported PDFs and
// the CLI's outputs. A sibling temp file is written until every byte is on it (a short
// write is continued, a write that makes no progress throws), fsynced, checked (its size,
// and whatever `verify` checks in its bytes), and only then renamed over the target; then
// the folder is fsynced so the rename is on disk too. Either the old file or the complete
// new one, never half; a failure leaves the old file and no temp file behind. Every file is
// read back and compared with what was written (a SHA-1 of the bytes) before the rename.
import { createHash, type Hash } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { nodeFileSystem, type FileSystem, type WritableHandle } from './file-system';
import { WriteFailedError } from './write-failed-error';

export type FileData = string | Uint8Array | Iterable<string | Uint8Array>;

export interface DurableWriteOptions {
  /** Checks the temp file's bytes, as read back from disk, before the rename; throws when they are wrong. */
  verify?: (written: Buffer) => void;
  /** Permissions of a new file (default 0o600: workspaces hold staff-only notes). */
  mode?: number;
  fs?: FileSystem;
}

let sequence = 0;

/** The temp files this module writes next to `target`, so leftovers of a crash can be recognised. */
export function isTempFileOf(target: string, name: string): boolean {
  return name.startsWith(`.${basename(target)}.`) && name.endsWith('.tmp');
}

export async function syncDirectory(directory: string, fs: FileSystem = nodeFileSystem): Promise<void> {
  if (process.platform === 'win32') return; // folders cannot be opened for fsync there
  const handle = await fs.open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes all of `bytes` at `position`, continuing after short writes; throws when a write makes no progress. */
export async function writeAll(handle: WritableHandle, bytes: Uint8Array, position: number, path: string): Promise<void> {
  let done = 0;
  while (done < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, done, bytes.length - done, position + done);
    if (!(bytesWritten > 0)) {
      throw Object.assign(new Error(`no space left to write ${path} (${done} of ${bytes.length} bytes written)`), { code: 'ENOSPC' });
    }
    done += bytesWritten;
  }
}

function* pieces(data: FileData): Generator<Uint8Array> {
  if (typeof data === 'string') yield Buffer.from(data, 'utf8');
  else if (data instanceof Uint8Array) yield data;
  else for (const chunk of data) yield typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
}

const SLICE = 1024 * 1024;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Hashes a large buffer a slice at a time, letting other work run in between. */
async function digestOf(bytes: Uint8Array, hash: Hash = createHash('sha1')): Promise<string> {
  for (let offset = 0; offset < bytes.length; offset += SLICE) {
    hash.update(bytes.subarray(offset, offset + SLICE));
    if (offset > 0 && offset % (8 * SLICE) === 0) await yieldToEventLoop();
  }
  return hash.digest('hex');
}

/** Above this size a JSON file is not parsed again (a large workspace would stall the app for a second); its bytes are already proven equal to what was written, and its head names the revision. */
export const FULL_JSON_CHECK_LIMIT = 16 * 1024 * 1024;

/** A `verify` for JSON files: the text parses, and (when given) holds this revision. */
export function verifyJson(revision?: number): (written: Buffer) => void {
  return (written) => {
    if (written.length > FULL_JSON_CHECK_LIMIT) {
      const head = written.subarray(0, 4096).toString('utf8');
      const found = /"revision":(\d+)[,}]/.exec(head)?.[1];
      const last = written.toString('utf8', Math.max(0, written.length - 16)).trimEnd().at(-1);
      if (!head.startsWith('{') || last !== '}') throw new Error('the file written does not read back as a JSON object');
      if (revision !== undefined && Number(found) !== revision) throw new Error(`the file written reads back as revision ${String(found)}, not ${revision}`);
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(written.toString('utf8'));
    } catch (error) {
      throw new Error(`the file written does not read back as JSON (${(error as Error).message})`);
    }
    if (revision !== undefined && (value as { revision?: unknown } | null)?.revision !== revision) {
      throw new Error(`the file written reads back as revision ${String((value as { revision?: unknown } | null)?.revision)}, not ${revision}`);
    }
  };
}

/** Replaces `target` with `data`, durably and verified; resolves to the number of bytes written. Throws WriteFailedError. */
export async function writeFileDurably(target: string, data: FileData, options: DurableWriteOptions = {}): Promise<number> {
  const fs = options.fs ?? nodeFileSystem;
  const directory = dirname(target);
  sequence += 1;
  const temporary = join(directory, `.${basename(target)}.${process.pid}.${sequence}.tmp`);
  let size = 0;
  let renamed = false;
  const written = createHash('sha1');
  try {
    await fs.mkdir(directory, { recursive: true });
    const handle = await fs.open(temporary, 'w', options.mode ?? 0o600);
    try {
      for (const piece of pieces(data)) {
        await writeAll(handle, piece, size, temporary);
        written.update(piece);
        size += piece.length;
      }
      await handle.sync();
      const onDisk = (await handle.stat()).size;
      if (onDisk !== size) throw new Error(`the temp file holds ${onDisk} bytes, not the ${size} written`);
    } finally {
      await handle.close();
    }
    // Read back: the very bytes written (a torn or short write, or a file system that lost
    // some, shows here), then whatever the caller checks in them.
    const back = await fs.readFile(temporary);
    if (back.length !== size) throw new Error(`the temp file reads back as ${back.length} bytes, not the ${size} written`);
    if ((await digestOf(back)) !== written.digest('hex')) throw new Error('the temp file does not read back as written');
    options.verify?.(back);
    await fs.rename(temporary, target);
    renamed = true;
    await syncDirectory(directory, fs);
    return size;
  } catch (error) {
    if (!renamed) await fs.rm(temporary, { force: true }).catch(() => undefined); // else: left for the next open to clear
    throw new WriteFailedError(target, error);
  }
}
