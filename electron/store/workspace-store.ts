// Runs in the main process: the one writer of a workspace file. lowdb's Low holds the
// document; every command is validated and applied by core (the same code the browser
// host runs), appended to the journal and flushed before it is acknowledged; the
// snapshot is rewritten in the background when the journal grows or the user pauses.
// Opening validates the file, recovers from a backup if it is damaged, migrates old
// versions and replays the journal, and reports what it did.
import { basename, dirname, join, resolve } from 'node:path';
import { Low } from 'lowdb';
import { applyCommand, ChangeContextSchema, parseCommand } from '../../core/model/apply-command';
import type { CommandErrorCode } from '../../core/model/command-result';
import { toPathIssues, type PathIssue } from '../../core/model/issue-path';
import { createEmptyWorkspace, WorkspaceSchema, type Workspace } from '../../core/model/workspace';
import type { JournalEntry } from '../../core/workspace/command-journal';
import { isDamage } from '../../core/workspace/read-workspace-text';
import { nodeFileSystem, type FileSystem } from '../files/file-system';
import { isTempFileOf } from '../files/write-file-durably';
import { keepPreMigrationCopy, listBackups, pruneBackups, takeBackup } from './backups';
import { DurableWorkspaceFile } from './durable-workspace-file';
import { acquireLock, type FileLock } from './file-lock';
import { cutJournal, JournalAppender, journalPathOf, readJournalText, rewriteJournal } from './journal-file';
import { applyJournal, readSnapshot } from './load-workspace';
import { StorageProblems, type StorageProblem } from './storage-problem';
import type { OpenReport } from './open-report';
import { setAside } from './set-aside';
import { StoreClosedError, WorkspaceNotFoundError, WorkspaceTooNewError, WorkspaceUnrecoverableError } from './store-errors';
import { CURRENT_SCHEMA_VERSION } from '../../core/model/schema-version';
import { WriteFailedError } from '../files/write-failed-error';

export interface StoreOptions {
  /** Who changes things (recorded on every translation and source text); a command may name someone else. */
  author: string;
  /** Create the file when it does not exist, with `initial` or an empty workspace of this title. */
  create?: { title: string; initial?: Workspace };
  now?: () => Date;
  /** Rewrite the snapshot after this long without commands. */
  idleCompactionMs?: number;
  /** ... or as soon as the journal has this many entries or bytes. */
  compactAfterEntries?: number;
  compactAfterBytes?: number;
  /** At most one rolling backup per this interval while editing (plus one on open and close). */
  backupEveryMs?: number;
  /** After a failed snapshot, try again after this long (or at the next pause in editing). */
  retryAfterFailureMs?: number;
  /** The file-system calls the store makes (a test hands in one that fails on purpose). */
  fs?: FileSystem;
}

export type StoreErrorCode = CommandErrorCode | 'write-failed' | 'closed';
export type StoreResult = { ok: true; revision: number; doc: Workspace } | { ok: false; error: { code: StoreErrorCode; message: string; issues: PathIssue[] } };

const DEFAULTS = { idleCompactionMs: 2_000, compactAfterEntries: 1_000, compactAfterBytes: 16 * 1024 * 1024, backupEveryMs: 10 * 60 * 1000, retryAfterFailureMs: 15_000 };

function localDay(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}

async function removeLeftoverTempFiles(file: string, fs: FileSystem): Promise<void> {
  const folder = dirname(file);
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    // Unfinished writes of this workspace or its journal: never renamed into place, so never acknowledged.
    if (isTempFileOf(file, name) || isTempFileOf(journalPathOf(file), name)) await fs.rm(join(folder, name), { force: true });
  }
}

async function fileSize(path: string, fs: FileSystem): Promise<number> {
  return (await fs.stat(path).catch(() => ({ size: 0 }))).size;
}

type Settings = typeof DEFAULTS;

export class WorkspaceStore {
  private queue: Promise<unknown> = Promise.resolve();
  /** Journal entries newer than the snapshot on disk. */
  private unsnapshotted: JournalEntry[] = [];
  private compaction: Promise<void> | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private backupInFlight: Promise<void> = Promise.resolve();
  private lastBackupAt = 0;
  private lastSnapshotFailureAt = 0;
  /** The revision the workspace file on disk holds, and its size. */
  private snapshotRevision: number;
  private snapshotBytes = 0;
  private closed = false;
  /** Set in the queue when the store stops taking commands (closing, or handing over to Save As). */
  private closing = false;
  private listeners = new Set<(doc: Workspace) => void>();
  private readonly settings: Settings;
  private readonly now: () => Date;
  private readonly problems: StorageProblems;

  private constructor(
    readonly path: string,
    private readonly db: Low<Workspace>,
    private appender: JournalAppender,
    private readonly lock: FileLock,
    private readonly author: string,
    private readonly fs: FileSystem,
    onDisk: { revision: number; bytes: number; pending: JournalEntry[] },
    options: StoreOptions,
  ) {
    this.settings = { ...DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([k, v]) => k in DEFAULTS && v !== undefined)) };
    this.now = options.now ?? (() => new Date());
    this.snapshotRevision = onDisk.revision;
    this.snapshotBytes = onDisk.bytes;
    this.unsnapshotted = onDisk.pending;
    this.problems = new StorageProblems(path);
  }

  /** Opens `path` for writing, or throws: locked, not found, too new, damaged beyond its backups, or a write it needed failed. */
  static async open(path: string, options: StoreOptions): Promise<{ store: WorkspaceStore; report: OpenReport }> {
    const fs = options.fs ?? nodeFileSystem;
    const file = resolve(path);
    if (options.create) await fs.mkdir(dirname(file), { recursive: true });
    else if (!(await fs.stat(dirname(file)).catch(() => null))?.isDirectory()) throw new WorkspaceNotFoundError(file);
    const lock = await acquireLock(`${file}.lock`, file, undefined, fs);
    try {
      return await WorkspaceStore.openLocked(file, lock, options);
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  private static async openLocked(file: string, lock: FileLock, options: StoreOptions): Promise<{ store: WorkspaceStore; report: OpenReport }> {
    const fs = options.fs ?? nodeFileSystem;
    const now = options.now ?? (() => new Date());
    const report: OpenReport = { path: file, outcome: 'opened', migratedFrom: null, setAside: [], journal: { replayed: 0, droppedUnfinishedEntry: false }, notices: [] };
    if (lock.tookOverFrom) report.notices.push(`${basename(file)} was left locked by process ${lock.tookOverFrom.pid}, which is no longer running; the lock was taken over.`);
    await removeLeftoverTempFiles(file, fs);
    const loaded = await loadOrRecover(file, options, report, fs, now);
    const replayed = await replayOnOpen(file, loaded, report, fs, now);

    // Write the snapshot now when opening changed the document. A plain file whose snapshot
    // cannot be written (a full disk) still opens: its journal keeps every change, and the
    // next successful snapshot catches up. A new, recovered or migrated one needs the write.
    const db = new Low<Workspace>(new DurableWorkspaceFile(file, fs), replayed.doc);
    let snapshotError: unknown = null;
    let onDisk = { revision: loaded.diskRevision ?? replayed.doc.revision, bytes: 0, pending: replayed.pending };
    if (replayed.writeSnapshot) {
      try {
        await db.write();
        onDisk = { revision: replayed.doc.revision, bytes: 0, pending: [] };
      } catch (error) {
        if (loaded.diskRevision === null || loaded.migratedFrom !== null) throw error;
        snapshotError = error;
      }
    }
    const journalPath = journalPathOf(file);
    if (!replayed.journalIsClean && onDisk.pending.length === 0) {
      // Everything in it is now in the snapshot. If emptying it fails, its entries are older
      // than the snapshot and skipped on replay; appending after them is still right.
      await rewriteJournal(journalPath, [], fs).catch(() => undefined);
    }
    const appender = await JournalAppender.open(journalPath, fs);
    onDisk.bytes = await fileSize(file, fs);
    const store = new WorkspaceStore(file, db, appender, lock, options.author, fs, onDisk, options);
    if (snapshotError) {
      store.problems.failed('snapshot', snapshotError);
      store.lastSnapshotFailureAt = Date.now();
      report.notices.push(`${basename(file)} could not be rewritten (${(snapshotError as Error).message}); its changes are kept in the journal beside it.`);
    }
    store.backupInFlight = store.backupIfDue('open');
    return { store, report };
  }

  /** The current document. Never mutated: each command produces a new one. */
  get doc(): Workspace {
    return this.db.data;
  }

  get revision(): number {
    return this.db.data.revision;
  }

  /** What could not be written, the most serious first; null when every write has caught up. */
  get storageProblem(): StorageProblem | null {
    return this.problems.worst;
  }

  /** Resolves when the background writes under way (the backup after opening, a snapshot) are done. */
  async whenIdle(): Promise<void> {
    await this.backupInFlight;
    await this.compaction;
  }

  /** Called whenever the storage problem changes (null: all caught up). */
  onStorageProblem(listener: (problem: StorageProblem | null) => void): () => void {
    return this.problems.listen(listener);
  }

  /** Called after every applied command with the new document. */
  onChange(listener: (doc: Workspace) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Validates and applies a command, and resolves once it is on disk. A refused command
   * leaves the document and every file exactly as they were. A command whose journal line
   * cannot be written is refused too (`write-failed`): nothing is acknowledged that is not
   * on disk, and the next command tries again.
   */
  apply(command: unknown, by: string = this.author): Promise<StoreResult> {
    return this.enqueue(async (): Promise<StoreResult> => {
      if (this.closing) return { ok: false, error: { code: 'closed', message: new StoreClosedError(this.path).message, issues: [] } };
      const parsed = parseCommand(command);
      if (!parsed.ok) return parsed;
      const context = { at: this.now().toISOString(), by };
      if (!ChangeContextSchema.safeParse(context).success) return { ok: false, error: { code: 'invalid-command', message: `"${by}" is not a valid author name`, issues: [] } };
      const result = applyCommand(this.db.data, parsed.command, context);
      if (!result.ok) return result;
      const entry: JournalEntry = { v: CURRENT_SCHEMA_VERSION, rev: result.doc.revision, at: context.at, by, command: parsed.command };
      try {
        await this.appender.append(entry);
      } catch (error) {
        const failure = error instanceof WriteFailedError ? error : new WriteFailedError(this.appender.path, error);
        this.problems.failed('change', failure);
        return { ok: false, error: { code: 'write-failed', message: `The change was not saved: ${failure.message}`, issues: [] } };
      }
      this.problems.succeeded('change');
      this.db.data = result.doc;
      this.unsnapshotted.push(entry);
      for (const listener of this.listeners) listener(result.doc);
      this.scheduleCompaction();
      return { ok: true, revision: result.doc.revision, doc: result.doc };
    });
  }

  private scheduleCompaction(): void {
    clearTimeout(this.idleTimer);
    if (this.closed) return;
    // After a failed snapshot (a full disk), wait before writing the whole file again.
    const backoff = this.problems.has('snapshot') ? Math.max(0, this.lastSnapshotFailureAt + this.settings.retryAfterFailureMs - Date.now()) : 0;
    if (backoff === 0 && (this.unsnapshotted.length >= this.settings.compactAfterEntries || this.appender.bytes >= this.settings.compactAfterBytes)) {
      void this.compactInBackground();
      return;
    }
    // Rewriting a large snapshot costs about a second per 70 MB: wait for a longer pause then.
    const delay = Math.max(this.settings.idleCompactionMs, (this.snapshotBytes / (1024 * 1024)) * 500, backoff);
    this.idleTimer = setTimeout(() => void this.compactInBackground(), delay);
    this.idleTimer.unref?.();
  }

  private compactInBackground(): Promise<void> {
    this.compaction ??= this.writeSnapshot()
      .then(() => this.problems.succeeded('snapshot'))
      .catch((error: unknown) => {
        this.problems.failed('snapshot', error);
        this.lastSnapshotFailureAt = Date.now();
        if (!this.closing) this.scheduleCompaction(); // try again later: the journal keeps everything meanwhile
      })
      .finally(() => void (this.compaction = null));
    return this.compaction;
  }

  /** Writes the snapshot now (after a running one), so the workspace file alone holds everything. Throws when it cannot. */
  async compact(): Promise<void> {
    await this.compaction;
    await this.compactInBackground();
    const failed = this.problems.has('snapshot');
    if (failed) throw failed.error;
  }

  /**
   * The snapshot, then the journal. The journal is shortened only after the new snapshot
   * has been written, read back and verified, and renamed into place; if anything fails
   * before that, the journal still holds every change and nothing is lost.
   */
  private async writeSnapshot(): Promise<void> {
    await this.backupInFlight;
    if (this.unsnapshotted.length === 0) return;
    const revision = this.db.data.revision;
    // Low.write() takes this.db.data now; the document is immutable, so later commands do
    // not disturb the snapshot being written while they append to the journal.
    await this.db.write();
    this.snapshotRevision = revision;
    this.snapshotBytes = await fileSize(this.path, this.fs);
    await this.enqueue(async () => {
      const newer = this.unsnapshotted.filter((entry) => entry.rev > revision);
      await this.appender.replaceWith(newer);
      this.unsnapshotted = newer;
    });
    if (this.now().getTime() - this.lastBackupAt >= this.settings.backupEveryMs) {
      this.backupInFlight = this.backupIfDue('interval');
      await this.backupInFlight;
    }
  }

  /** A rolling backup when the newest one is older than the document, or from another day. Never throws: a failure is reported. */
  private async backupIfDue(reason: 'open' | 'interval' | 'close'): Promise<void> {
    try {
      const now = this.now();
      const newest = (await listBackups(this.path, this.fs))[0];
      const snapshotRevision = this.snapshotRevision;
      const due = !newest || newest.revision !== snapshotRevision || localDay(newest.takenAt) !== localDay(now);
      if (due) {
        const taken = await takeBackup(this.path, snapshotRevision, now, this.fs);
        // Older backups go only now that the new one is on disk and verified.
        await pruneBackups(this.path, now, taken.path, this.fs);
        this.lastBackupAt = now.getTime();
      } else if (reason === 'open') this.lastBackupAt = newest.takenAt.getTime();
      this.problems.succeeded('backup');
    } catch (error) {
      this.problems.failed('backup', error);
    }
  }

  /** Writes a copy to `target` and continues there; this store is closed. */
  async saveAs(target: string): Promise<{ store: WorkspaceStore; report: OpenReport }> {
    const file = resolve(target);
    await this.fs.mkdir(dirname(file), { recursive: true });
    if (file === this.path) {
      await this.compact();
      return { store: this, report: { path: file, outcome: 'opened', migratedFrom: null, setAside: [], journal: { replayed: 0, droppedUnfinishedEntry: false }, notices: [] } };
    }
    const lock = await acquireLock(`${file}.lock`, file, undefined, this.fs);
    // From here on commands are refused: one accepted now would land in the old file only.
    const doc = await this.enqueue(async () => {
      this.closing = true;
      return this.db.data;
    });
    try {
      const existing = await readSnapshot(file);
      if (existing.ok) await takeBackup(file, existing.doc.revision, this.now(), this.fs); // the file being replaced stays recoverable
      if ((await readJournalText(journalPathOf(file), this.fs)) !== null) await setAside(journalPathOf(file), 'replaced', this.now(), this.fs);
      await new DurableWorkspaceFile(file, this.fs).write(doc);
    } catch (error) {
      this.closing = false; // the copy failed: carry on with this file
      await lock.release();
      throw error;
    }
    await this.close();
    try {
      return await WorkspaceStore.openLocked(file, lock, { author: this.author, now: this.now, fs: this.fs, ...this.settings });
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  /** Finishes pending work, writes the snapshot, and releases the file. What cannot be written stays in the journal. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.enqueue(async () => void (this.closing = true));
    clearTimeout(this.idleTimer);
    try {
      await this.compaction;
      if (this.unsnapshotted.length) await this.compactInBackground();
      await this.backupInFlight;
      await this.backupIfDue('close');
      // A refused line that could not be cut off must not come back at the next open.
      if (this.appender.damaged) await this.appender.replaceWith(this.unsnapshotted).catch(() => undefined);
      await this.appender.close();
    } finally {
      await this.lock.release();
    }
  }
}

interface Loaded {
  doc: Workspace;
  /** The revision of the readable workspace file on disk; null when there is none (new, or recovered from a backup). */
  diskRevision: number | null;
  migratedFrom: number | null;
  created: boolean;
  writeSnapshot: boolean;
}

/** The file as it reads, migrated if old; else a new workspace; else the newest backup that reads. */
async function loadOrRecover(file: string, options: StoreOptions, report: OpenReport, fs: FileSystem, now: () => Date): Promise<Loaded> {
  const name = basename(file);
  const snapshot = await readSnapshot(file);
  if (snapshot.ok) {
    if (snapshot.migratedFrom === null) return { doc: snapshot.doc, diskRevision: snapshot.doc.revision, migratedFrom: null, created: false, writeSnapshot: false };
    report.migratedFrom = snapshot.migratedFrom;
    report.preMigrationCopy = await keepPreMigrationCopy(file, snapshot.migratedFrom, now(), fs);
    report.notices.push(`${name} was written in format version ${snapshot.migratedFrom} and has been updated; the original is kept as ${report.preMigrationCopy}.`);
    return { doc: snapshot.doc, diskRevision: snapshot.doc.revision, migratedFrom: snapshot.migratedFrom, created: false, writeSnapshot: true };
  }
  if (snapshot.problem.kind === 'not-found' && options.create) {
    const doc = options.create.initial ?? createEmptyWorkspace({ title: options.create.title, at: now().toISOString() });
    const valid = WorkspaceSchema.safeParse(doc);
    if (!valid.success) throw new Error(`The initial contents for ${name} are not a valid workspace: ${toPathIssues(valid.error.issues)[0]!.path}: ${valid.error.issues[0]!.message}`);
    report.outcome = 'created';
    return { doc, diskRevision: null, migratedFrom: null, created: true, writeSnapshot: true };
  }
  if (!isDamage(snapshot.problem.kind) && snapshot.problem.kind !== 'not-found') throw new WorkspaceTooNewError(file, snapshot.problem);
  // Damaged (or gone while its backups remain): load the newest backup that reads.
  const tried: { path: string; problem: string }[] = [];
  let recovered: { doc: Workspace; path: string; revision: number; takenAt: Date } | undefined;
  for (const backup of await listBackups(file, fs)) {
    const candidate = await readSnapshot(backup.path);
    if (candidate.ok) {
      recovered = { doc: candidate.doc, path: backup.path, revision: candidate.doc.revision, takenAt: backup.takenAt };
      break;
    }
    tried.push({ path: backup.path, problem: candidate.problem.message });
  }
  if (!recovered) {
    if (snapshot.problem.kind === 'not-found') throw new WorkspaceNotFoundError(file);
    throw new WorkspaceUnrecoverableError(file, snapshot.problem, tried);
  }
  if (snapshot.problem.kind !== 'not-found') {
    const movedTo = await setAside(file, `damaged-${snapshot.problem.kind}`, now(), fs);
    report.setAside.push({ original: file, movedTo, reason: snapshot.problem.message });
    report.notices.push(`${snapshot.problem.message}. It was set aside as ${basename(movedTo)}.`);
  } else report.notices.push(`${name} was missing.`);
  report.outcome = 'recovered';
  report.recoveredFrom = { backup: recovered.path, revision: recovered.revision, takenAt: recovered.takenAt.toISOString() };
  report.notices.push(`The backup of ${recovered.takenAt.toISOString()} (revision ${recovered.revision}) was loaded in its place.`);
  return { doc: recovered.doc, diskRevision: null, migratedFrom: null, created: false, writeSnapshot: true };
}

interface Replayed {
  doc: Workspace;
  writeSnapshot: boolean;
  journalIsClean: boolean;
  /** Journal entries newer than the file on disk: what the journal must keep until a snapshot holds them. */
  pending: JournalEntry[];
}

/** The journal: changes acknowledged after the snapshot was last written. */
async function replayOnOpen(file: string, loaded: Loaded, report: OpenReport, fs: FileSystem, now: () => Date): Promise<Replayed> {
  const journalPath = journalPathOf(file);
  if (loaded.created) {
    if ((await readJournalText(journalPath, fs)) !== null) {
      const movedTo = await setAside(journalPath, 'orphaned', now(), fs);
      report.setAside.push({ original: journalPath, movedTo, reason: 'a journal without its workspace file' });
    }
    return { doc: loaded.doc, writeSnapshot: true, journalIsClean: true, pending: [] };
  }
  const { doc, journal } = await applyJournal(file, loaded.doc, fs);
  if (journal.tooNew) throw new WorkspaceTooNewError(file, journal.tooNew);
  report.journal = { replayed: journal.applied, droppedUnfinishedEntry: journal.tornTail, ...(journal.unusable ? { problem: journal.unusable } : {}) };
  if (journal.applied > 0) report.notices.push(`${journal.applied} change${journal.applied === 1 ? '' : 's'} made since the file was last written ${journal.applied === 1 ? 'was' : 'were'} restored from the journal.`);
  if (journal.tornTail) {
    report.notices.push('A change that was being saved when the app stopped had not been confirmed and was left out.');
    // Cut it off now, so a new line never follows it (which would read as damage).
    await cutJournal(journalPath, journal.goodBytes, fs);
  }
  if (journal.unusable) {
    // The readable part goes into the snapshot before the journal is set aside (never deleted).
    if (loaded.writeSnapshot || journal.applied > 0) await new DurableWorkspaceFile(file, fs).write(doc);
    const movedTo = await setAside(journalPath, 'unusable-journal', now(), fs);
    report.setAside.push({ original: journalPath, movedTo, reason: journal.unusable });
    report.notices.push(`Some changes could not be restored: ${journal.unusable}. The journal was set aside as ${basename(movedTo)}.`);
    return { doc, writeSnapshot: false, journalIsClean: true, pending: [] };
  }
  const onDisk = loaded.diskRevision;
  const pending = onDisk === null ? [] : journal.entries.filter((entry) => entry.rev > onDisk);
  return { doc, writeSnapshot: loaded.writeSnapshot || journal.applied > 0, journalIsClean: journal.clean, pending };
}
