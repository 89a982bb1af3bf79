// Runs in Node (main process and CLI): the command journal on disk, beside the workspace
// file (`<file>.journal`). Each applied command is appended as one line and flushed
// (fdatasync) before it is acknowledged: a few hundred bytes instead of the whole file.
import { dirname } from 'node:path';
import { encodeJournalEntry, type NewJournalEntry } from '../../core/workspace/command-journal';
import { nodeFileSystem, type FileSystem, type WritableHandle } from '../files/file-system';
import { syncDirectory, writeAll, writeFileDurably } from '../files/write-file-durably';

export function journalPathOf(file: string): string {
  return `${file}.journal`;
}

/** The journal's text, or null when there is none. */
export async function readJournalText(path: string, fs: FileSystem = nodeFileSystem): Promise<string | null> {
  try {
    return (await fs.readFile(path)).toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Replaces the journal, durably and verified, with exactly these entries (none: an empty journal). */
export async function rewriteJournal(path: string, entries: readonly NewJournalEntry[], fs: FileSystem = nodeFileSystem): Promise<void> {
  await writeFileDurably(path, entries.map(encodeJournalEntry), { fs });
}

/**
 * Appends entries to the journal. A failed append is cut back to where the journal ended,
 * so the next line never follows a half-written one; if even that fails, the next append
 * tries the cut again first and refuses until it succeeds.
 */
export class JournalAppender {
  private handle: WritableHandle | null = null;

  private constructor(
    readonly path: string,
    private readonly fs: FileSystem,
    private size: number,
  ) {}

  static async open(path: string, fs: FileSystem = nodeFileSystem): Promise<JournalAppender> {
    const appender = new JournalAppender(path, fs, 0);
    await appender.reopen();
    return appender;
  }

  private async reopen(): Promise<WritableHandle> {
    const handle = await this.fs.open(this.path, 'a', 0o600);
    try {
      // While damaged, `size` is where the good part ends: the next append cuts back to it.
      if (!this.damaged) this.size = (await handle.stat()).size;
      await syncDirectory(dirname(this.path), this.fs); // the journal's own name must survive a crash too
    } catch (error) {
      await handle.close().catch(() => undefined);
      throw error;
    }
    this.handle = handle;
    return handle;
  }

  /** Set while a failed append could not be cut back: appending now would follow garbage. */
  damaged = false;

  get bytes(): number {
    return this.size;
  }

  /** Resolves once the entry is on disk. On failure the journal is cut back to where it was. */
  async append(entry: NewJournalEntry): Promise<number> {
    const handle = this.handle ?? (await this.reopen());
    if (this.damaged) {
      await handle.truncate(this.size);
      await handle.datasync();
      this.damaged = false;
    }
    const line = Buffer.from(encodeJournalEntry(entry), 'utf8');
    try {
      // The journal is opened for appending: the position is ignored, every write lands at the end.
      await writeAll(handle, line, this.size, this.path);
      await handle.datasync();
      this.size += line.length;
      return line.length;
    } catch (error) {
      try {
        await handle.truncate(this.size);
        await handle.datasync();
      } catch {
        this.damaged = true;
      }
      throw error;
    }
  }

  /** Replaces the journal with exactly these entries (after a snapshot); appends continue on the new one. */
  async replaceWith(entries: readonly NewJournalEntry[]): Promise<void> {
    await this.close();
    await rewriteJournal(this.path, entries, this.fs);
    this.damaged = false; // a new, whole file: nothing to cut back
  }

  async close(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    await handle?.close();
  }
}

/** Cuts the journal to its first `length` bytes (a line a crash left unfinished, never acknowledged). */
export async function cutJournal(path: string, length: number, fs: FileSystem = nodeFileSystem): Promise<void> {
  const handle = await fs.open(path, 'r+');
  try {
    await handle.truncate(length);
    await handle.datasync();
  } finally {
    await handle.close();
  }
}
