// Runs in Node (main process and CLI): one writer per workspace file. The lock is a file
// beside the workspace, created exclusively, naming the process that holds it. A lock
// left by a process that has died (or whose pid now belongs to another process) is
// stale and taken over; a live one is respected.
import { readFileSync, unlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import { nodeFileSystem, type FileSystem } from '../files/file-system';
import { writeAll } from '../files/write-file-durably';

export interface LockOwner {
  pid: number;
  hostname: string;
  /** When the lock was taken. */
  since: string;
  /** The process's start time in clock ticks after boot (Linux), to tell a reused pid apart. */
  processStart?: number;
  purpose?: string;
}

export class WorkspaceLockedError extends Error {
  constructor(
    readonly file: string,
    readonly owner: LockOwner | undefined,
  ) {
    const who = owner
      ? owner.pid === process.pid && owner.hostname === hostname()
        ? 'this Briefing Desk window already has it open'
        : `process ${owner.pid} on ${owner.hostname} has had it open since ${owner.since}`
      : 'another process is opening it right now';
    super(`${file} is open in another Briefing Desk (${who}). Only one may write a workspace at a time; close it there, or open a copy.`);
  }
}

function processStartOf(pid: number): number | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime) counts from after the ")" that closes the command name.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const value = Number(fields[19]);
    return Number.isFinite(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(owner: LockOwner): boolean {
  if (owner.hostname !== hostname()) return true; // cannot see processes on another machine: respect the lock
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    // EPERM: the process exists but belongs to someone else
  }
  if (owner.processStart !== undefined) {
    const start = processStartOf(owner.pid);
    if (start !== undefined && start !== owner.processStart) return false; // the pid was reused
  }
  return true;
}

function parseOwner(text: string): LockOwner | undefined {
  try {
    const value = JSON.parse(text) as LockOwner;
    return typeof value.pid === 'number' && typeof value.hostname === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

export interface FileLock {
  readonly path: string;
  readonly owner: LockOwner;
  /** Whether a stale lock was taken over, and whose. */
  readonly tookOverFrom?: LockOwner;
  release(): Promise<void>;
}

let sequence = 0;

async function writeSmallFile(path: string, content: string, fs: FileSystem): Promise<void> {
  const handle = await fs.open(path, 'w', 0o600);
  try {
    await writeAll(handle, Buffer.from(content, 'utf8'), 0, path);
  } finally {
    await handle.close();
  }
}

/** Takes the lock `lockPath`, or throws WorkspaceLockedError naming the holder. */
export async function acquireLock(lockPath: string, file: string, purpose = 'workspace store', fs: FileSystem = nodeFileSystem): Promise<FileLock> {
  const readFile = async (path: string, _encoding: 'utf8') => (await fs.readFile(path)).toString('utf8');
  const owner: LockOwner = { pid: process.pid, hostname: hostname(), since: new Date().toISOString(), processStart: processStartOf(process.pid), purpose };
  const content = `${JSON.stringify(owner)}\n`;
  let tookOverFrom: LockOwner | undefined;
  for (let attempt = 0; attempt < 5; attempt++) {
    // Write the content first, then link it into place: the lock never exists half-written.
    const temporary = `${lockPath}.${process.pid}.${++sequence}.tmp`;
    try {
      await writeSmallFile(temporary, content, fs);
      await fs.link(temporary, lockPath);
      await fs.rm(temporary, { force: true }).catch(() => undefined); // a leftover is harmless: the lock is in place
      return makeLock(lockPath, owner, content, tookOverFrom, fs);
    } catch (error) {
      await fs.rm(temporary, { force: true }).catch(() => undefined);
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let existing: string;
    try {
      existing = await readFile(lockPath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue; // released meanwhile: try again
      throw error;
    }
    const holder = parseOwner(existing);
    const unreadableButOld = !holder && Date.now() - (await fs.stat(lockPath).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs > 10_000;
    if (holder ? isAlive(holder) : !unreadableButOld) throw new WorkspaceLockedError(file, holder);
    // Stale. Move it aside atomically, and make sure what was moved is the stale lock
    // judged above, not a fresh one another process created in between.
    const aside = `${lockPath}.stale-${process.pid}-${++sequence}`;
    try {
      await fs.rename(lockPath, aside);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    const moved = await readFile(aside, 'utf8').catch(() => '');
    if (moved !== existing) await fs.link(aside, lockPath).catch(() => undefined); // someone else's fresh lock: put it back
    else tookOverFrom = holder;
    await fs.rm(aside, { force: true });
  }
  throw new WorkspaceLockedError(file, undefined);
}

function makeLock(path: string, owner: LockOwner, content: string, tookOverFrom: LockOwner | undefined, fs: FileSystem): FileLock {
  // If the process exits without closing the store, leave no lock behind.
  const onExit = () => {
    try {
      if (readFileSync(path, 'utf8') === content) unlinkSync(path);
    } catch {
      // already gone
    }
  };
  process.on('exit', onExit);
  let released = false;
  return {
    path,
    owner,
    tookOverFrom,
    async release() {
      if (released) return;
      released = true;
      process.off('exit', onExit);
      const current = await fs.readFile(path).then(
        (bytes) => bytes.toString('utf8'),
        () => undefined,
      );
      if (current === content) await fs.unlink(path).catch(() => undefined);
    },
  };
}
