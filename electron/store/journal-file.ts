// Runs in Node (main process and CLI): the command journal on disk, beside the workspace
// file (`<file>.journal`). Each applied command is appended as one line and flushed
// (fdatasync) before it is acknowledged: a few hundred bytes instead of the whole file.
import { open, readFile, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { encodeJournalEntry, type JournalEntry } from '../../core/workspace/command-journal';
import { syncDirectory, writeFileDurably } from './durable-fs';

export function journalPathOf(file: string): string {
  return `${file}.journal`;
}

/** The journal's text, or null when there is none. */
export async function readJournalText(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Replaces the journal, durably, with exactly these entries (none: an empty journal). */
export async function rewriteJournal(path: string, entries: readonly JournalEntry[]): Promise<void> {
  await writeFileDurably(path, entries.map(encodeJournalEntry));
}

export class JournalAppender {
  private constructor(
    readonly path: string,
    private handle: FileHandle,
    private size: number,
  ) {}

  static async open(path: string): Promise<JournalAppender> {
    const handle = await open(path, 'a', 0o600);
    const { size } = await handle.stat();
    await syncDirectory(dirname(path)); // the journal's own name must survive a crash too
    return new JournalAppender(path, handle, size);
  }

  /** Set when a failed append could not be cut back: further appends would follow garbage. */
  damaged = false;

  get bytes(): number {
    return this.size;
  }

  /** Resolves once the entry is on disk. On failure the journal is cut back to where it was. */
  async append(entry: JournalEntry): Promise<number> {
    const line = encodeJournalEntry(entry);
    const before = this.size;
    try {
      const { bytesWritten } = await this.handle.write(line, null, 'utf8');
      if (bytesWritten !== Buffer.byteLength(line)) throw new Error(`only ${bytesWritten} bytes of the journal entry were written`);
      await this.handle.datasync();
      this.size += bytesWritten;
      return bytesWritten;
    } catch (error) {
      await this.handle.truncate(before).catch(() => void (this.damaged = true));
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
