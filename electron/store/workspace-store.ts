// Runs in the main process: the one writer of a workspace file. lowdb's Low holds the
// document; every command is validated and applied by core (the same code the browser
// host runs), appended to the journal and flushed before it is acknowledged; the
// snapshot is rewritten in the background when the journal grows or the user pauses.
// Opening validates the file, recovers from a backup if it is damaged, migrates old
// versions and replays the journal, and reports what it did.
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Low } from 'lowdb';
import { applyCommand, ChangeContextSchema, parseCommand } from '../../core/model/apply-command';
import type { CommandErrorCode } from '../../core/model/command-result';
import { toPathIssues, type PathIssue } from '../../core/model/issue-path';
import { createEmptyWorkspace, WorkspaceSchema, type Workspace } from '../../core/model/workspace';
import { createSerialQueue } from '../../core/serial-queue';
import type { JournalEntry } from '../../core/workspace/command-journal';
import { isDamage } from '../../core/workspace/read-workspace-text';
import { keepPreMigrationCopy, listBackups, pruneBackups, takeBackup } from './backups';
import { isTempFileOf } from './durable-fs';
import { DurableWorkspaceFile } from './durable-workspace-file';
import { acquireLock, type FileLock } from './file-lock';
import { JournalAppender, journalPathOf, readJournalText, rewriteJournal } from './journal-file';
import { applyJournal, readSnapshot } from './load-workspace';
import type { OpenReport } from './open-report';
import { setAside } from './set-aside';
import { StoreClosedError, WorkspaceNotFoundError, WorkspaceTooNewError, WorkspaceUnrecoverableError } from './store-errors';

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
}

export type StoreErrorCode = CommandErrorCode | 'write-failed' | 'closed';
export type StoreResult = { ok: true; revision: number; doc: Workspace } | { ok: false; error: { code: StoreErrorCode; message: string; issues: PathIssue[] } };

const DEFAULTS = { idleCompactionMs: 2_000, compactAfterEntries: 1_000, compactAfterBytes: 16 * 1024 * 1024, backupEveryMs: 10 * 60 * 1000 };

function localDay(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}

async function removeLeftoverTempFiles(file: string): Promise<void> {
  const folder = dirname(file);
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    // Unfinished writes of this workspace or its journal: never renamed into place, so never acknowledged.
    if (isTempFileOf(file, name) || isTempFileOf(journalPathOf(file), name)) await rm(join(folder, name), { force: true });
  }
}

export class WorkspaceStore {
  private readonly queue = createSerialQueue();
  private unsnapshotted: JournalEntry[] = [];
  private compaction: Promise<void> | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private backupInFlight: Promise<void> = Promise.resolve();
  private lastBackupAt = 0;
  /** The revision the workspace file on disk holds, and its size. */
  private snapshotRevision: number;
  private snapshotBytes = 0;
  private closed = false;
  /** Set in the queue when the store stops taking commands (closing, or handing over to Save As). */
  private closing = false;
  private failure: Error | null = null;
  private listeners = new Set<(doc: Workspace) => void>();
  private readonly settings: typeof DEFAULTS;
  private readonly now: () => Date;
  /** The last error of a background compaction; the journal still holds everything. */
  lastCompactionError: Error | null = null;

  private constructor(
    readonly path: string,
    private readonly db: Low<Workspace>,
    private appender: JournalAppender,
    private readonly lock: FileLock,
    private readonly author: string,
    options: StoreOptions,
  ) {
    this.settings = { ...DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([k, v]) => k in DEFAULTS && v !== undefined)) };
    this.now = options.now ?? (() => new Date());
    this.snapshotRevision = db.data.revision;
  }

  /** Opens `path` for writing, or throws: locked, not found, too new, or damaged beyond its backups. */
  static async open(path: string, options: StoreOptions): Promise<{ store: WorkspaceStore; report: OpenReport }> {
    const file = resolve(path);
    if (options.create) await mkdir(dirname(file), { recursive: true });
    else if (!(await stat(dirname(file)).catch(() => null))?.isDirectory()) throw new WorkspaceNotFoundError(file);
    const lock = await acquireLock(`${file}.lock`, file);
    try {
      return await WorkspaceStore.openLocked(file, lock, options);
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  private static async openLocked(file: string, lock: FileLock, options: StoreOptions): Promise<{ store: WorkspaceStore; report: OpenReport }> {
    const now = options.now ?? (() => new Date());
    const name = basename(file);
    const journalPath = journalPathOf(file);
    const report: OpenReport = { path: file, outcome: 'opened', migratedFrom: null, setAside: [], journal: { replayed: 0, droppedUnfinishedEntry: false }, notices: [] };
    if (lock.tookOverFrom) report.notices.push(`${name} was left locked by process ${lock.tookOverFrom.pid}, which is no longer running; the lock was taken over.`);
    await removeLeftoverTempFiles(file);

    const snapshot = await readSnapshot(file);
    let doc: Workspace;
    let writeSnapshot = false;
    let created = false;
    if (snapshot.ok) {
      doc = snapshot.doc;
      if (snapshot.migratedFrom !== null) {
        report.migratedFrom = snapshot.migratedFrom;
        report.preMigrationCopy = await keepPreMigrationCopy(file, snapshot.migratedFrom, now());
        report.notices.push(`${name} was written in format version ${snapshot.migratedFrom} and has been updated; the original is kept as ${report.preMigrationCopy}.`);
        writeSnapshot = true;
      }
    } else if (snapshot.problem.kind === 'not-found' && options.create) {
      doc = options.create.initial ?? createEmptyWorkspace({ title: options.create.title, at: now().toISOString() });
      const valid = WorkspaceSchema.safeParse(doc);
      if (!valid.success) throw new Error(`The initial contents for ${name} are not a valid workspace: ${toPathIssues(valid.error.issues)[0]!.path}: ${valid.error.issues[0]!.message}`);
      report.outcome = 'created';
      created = true;
      writeSnapshot = true;
    } else if (!isDamage(snapshot.problem.kind) && snapshot.problem.kind !== 'not-found') {
      throw new WorkspaceTooNewError(file, snapshot.problem);
    } else {
      // Damaged (or gone while its backups remain): load the newest backup that reads.
      const tried: { path: string; problem: string }[] = [];
      let recovered: { doc: Workspace; path: string; revision: number; takenAt: Date } | undefined;
      for (const backup of await listBackups(file)) {
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
        const movedTo = await setAside(file, `damaged-${snapshot.problem.kind}`, now());
        report.setAside.push({ original: file, movedTo, reason: snapshot.problem.message });
        report.notices.push(`${snapshot.problem.message}. It was set aside as ${basename(movedTo)}.`);
      } else report.notices.push(`${name} was missing.`);
      report.outcome = 'recovered';
      report.recoveredFrom = { backup: recovered.path, revision: recovered.revision, takenAt: recovered.takenAt.toISOString() };
      report.notices.push(`The backup of ${recovered.takenAt.toISOString()} (revision ${recovered.revision}) was loaded in its place.`);
      doc = recovered.doc;
      writeSnapshot = true;
    }

    // The journal: changes acknowledged after the snapshot was last written.
    let journalIsClean = true;
    if (created) {
      if ((await readJournalText(journalPath)) !== null) {
        const movedTo = await setAside(journalPath, 'orphaned', now());
        report.setAside.push({ original: journalPath, movedTo, reason: 'a journal without its workspace file' });
      }
    } else {
      const replayed = await applyJournal(file, doc);
      doc = replayed.doc;
      const journal = replayed.journal;
      report.journal = { replayed: journal.applied, droppedUnfinishedEntry: journal.tornTail, ...(journal.unusable ? { problem: journal.unusable } : {}) };
      if (journal.applied > 0) writeSnapshot = true;
      if (journal.applied > 0) report.notices.push(`${journal.applied} change${journal.applied === 1 ? '' : 's'} made since the file was last written ${journal.applied === 1 ? 'was' : 'were'} restored from the journal.`);
      if (journal.tornTail) report.notices.push('A change that was being saved when the app stopped had not been confirmed and was left out.');
      journalIsClean = journal.clean;
      if (journal.unusable) {
        if (writeSnapshot) await new DurableWorkspaceFile(file).write(doc);
        writeSnapshot = false;
        const movedTo = await setAside(journalPath, 'unusable-journal', now());
        report.setAside.push({ original: journalPath, movedTo, reason: journal.unusable });
        report.notices.push(`Some changes could not be restored: ${journal.unusable}. The journal was set aside as ${basename(movedTo)}.`);
        journalIsClean = true;
      }
    }
    const db = new Low<Workspace>(new DurableWorkspaceFile(file), doc);
    if (writeSnapshot) await db.write();
    if (!journalIsClean) await rewriteJournal(journalPath, []); // everything in it is now in the snapshot
    const appender = await JournalAppender.open(journalPath);
    const store = new WorkspaceStore(file, db, appender, lock, options.author, options);
    store.snapshotBytes = (await stat(file)).size;
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

  /** Called after every applied command with the new document. */
  onChange(listener: (doc: Workspace) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    return this.queue.run(task);
  }

  /**
   * Validates and applies a command, and resolves once it is on disk. A refused command
   * leaves the document and every file exactly as they were.
   */
  apply(command: unknown, by: string = this.author): Promise<StoreResult> {
    return this.enqueue(async (): Promise<StoreResult> => {
      if (this.closing) return { ok: false, error: { code: 'closed', message: new StoreClosedError(this.path).message, issues: [] } };
      if (this.failure) return { ok: false, error: { code: 'write-failed', message: `Changes to ${this.path} can no longer be saved: ${this.failure.message}`, issues: [] } };
      const parsed = parseCommand(command);
      if (!parsed.ok) return parsed;
      const context = { at: this.now().toISOString(), by };
      if (!ChangeContextSchema.safeParse(context).success) return { ok: false, error: { code: 'invalid-command', message: `"${by}" is not a valid author name`, issues: [] } };
      const result = applyCommand(this.db.data, parsed.command, context);
      if (!result.ok) return result;
      const entry: JournalEntry = { rev: result.doc.revision, at: context.at, by, command: parsed.command };
      try {
        await this.appender.append(entry);
      } catch (error) {
        if (this.appender.damaged) this.failure = error as Error;
        return { ok: false, error: { code: 'write-failed', message: `The change could not be saved to ${this.path}: ${(error as Error).message}`, issues: [] } };
      }
      this.db.data = result.doc;
      this.unsnapshotted.push(entry);
      for (const listener of this.listeners) listener(result.doc);
      this.scheduleCompaction();
      return { ok: true, revision: result.doc.revision, doc: result.doc };
    });
  }

  private scheduleCompaction(): void {
    clearTimeout(this.idleTimer);
    if (this.unsnapshotted.length >= this.settings.compactAfterEntries || this.appender.bytes >= this.settings.compactAfterBytes) {
      void this.compactInBackground();
      return;
    }
    // Rewriting a large snapshot costs about a second per 70 MB: wait for a longer pause then.
    const delay = Math.max(this.settings.idleCompactionMs, (this.snapshotBytes / (1024 * 1024)) * 500);
    this.idleTimer = setTimeout(() => void this.compactInBackground(), delay);
    this.idleTimer.unref?.();
  }

  private compactInBackground(): Promise<void> {
    this.compaction ??= this.writeSnapshot()
      .then(() => void (this.lastCompactionError = null))
      .catch((error: Error) => void (this.lastCompactionError = error))
      .finally(() => void (this.compaction = null));
    return this.compaction;
  }

  /** Writes the snapshot now (after a running one), so the workspace file alone holds everything. */
  async compact(): Promise<void> {
    await this.compaction;
    await this.compactInBackground();
    if (this.lastCompactionError) throw this.lastCompactionError;
  }

  private async writeSnapshot(): Promise<void> {
    await this.backupInFlight;
    if (this.unsnapshotted.length === 0) return;
    const revision = this.db.data.revision;
    // Low.write() takes this.db.data now; the document is immutable, so later commands do
    // not disturb the snapshot being written while they append to the journal.
    await this.db.write();
    this.snapshotRevision = revision;
    this.snapshotBytes = (await stat(this.path)).size;
    await this.enqueue(async () => {
      const newer = this.unsnapshotted.filter((entry) => entry.rev > revision);
      await this.appender.close();
      try {
        await rewriteJournal(this.appender.path, newer);
        this.unsnapshotted = newer;
      } finally {
        this.appender = await JournalAppender.open(this.appender.path);
      }
    });
    if (this.now().getTime() - this.lastBackupAt >= this.settings.backupEveryMs) {
      this.backupInFlight = this.backupIfDue('interval');
      await this.backupInFlight;
    }
  }

  /** A rolling backup when the newest one is older than the document, or from another day. */
  private async backupIfDue(reason: 'open' | 'interval' | 'close'): Promise<void> {
    try {
      const now = this.now();
      const newest = (await listBackups(this.path))[0];
      const snapshotRevision = this.snapshotRevision;
      const due = !newest || newest.revision !== snapshotRevision || localDay(newest.takenAt) !== localDay(now);
      if (due) {
        await takeBackup(this.path, snapshotRevision, now);
        await pruneBackups(this.path, now);
        this.lastBackupAt = now.getTime();
      } else if (reason === 'open') this.lastBackupAt = newest.takenAt.getTime();
    } catch (error) {
      this.lastCompactionError = error as Error;
    }
  }

  /** Writes a copy to `target` and continues there; this store is closed. */
  async saveAs(target: string): Promise<{ store: WorkspaceStore; report: OpenReport }> {
    const file = resolve(target);
    await mkdir(dirname(file), { recursive: true });
    if (file === this.path) {
      await this.compact();
      return { store: this, report: { path: file, outcome: 'opened', migratedFrom: null, setAside: [], journal: { replayed: 0, droppedUnfinishedEntry: false }, notices: [] } };
    }
    const lock = await acquireLock(`${file}.lock`, file);
    // From here on commands are refused: one accepted now would land in the old file only.
    const doc = await this.enqueue(async () => {
      this.closing = true;
      return this.db.data;
    });
    try {
      const existing = await readSnapshot(file);
      if (existing.ok) await takeBackup(file, existing.doc.revision, this.now()); // the file being replaced stays recoverable
      if ((await readJournalText(journalPathOf(file))) !== null) await setAside(journalPathOf(file), 'replaced', this.now());
      await new DurableWorkspaceFile(file).write(doc);
    } catch (error) {
      this.closing = false; // the copy failed: carry on with this file
      await lock.release();
      throw error;
    }
    await this.close();
    try {
      return await WorkspaceStore.openLocked(file, lock, { author: this.author, now: this.now, ...this.settings });
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  /** Finishes pending work, writes the snapshot, and releases the file. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.enqueue(async () => void (this.closing = true));
    clearTimeout(this.idleTimer);
    await this.compaction;
    if (this.unsnapshotted.length) await this.compactInBackground();
    await this.backupInFlight;
    await this.backupIfDue('close');
    await this.appender.close();
    await this.lock.release();
  }
}
