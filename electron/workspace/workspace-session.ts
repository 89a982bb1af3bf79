// Runs in the main process: the workspace the app has open. It owns the one store (the
// only writer of the file), opens the last workspace at start (the default file in the
// user-data folder, created from the sample the first time), applies the page's commands,
// and carries out the file actions with main's own dialogs. The page never names a path:
// it gets paths from the dialogs main shows, or from the recent list main wrote.
import { access, mkdir } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { assertNever } from '../../core/assert-never';
import type {
  CommandOutcome,
  FileAction,
  FileActionOutcome,
  OpenReportPayload,
  WorkspaceProblemPayload,
  WorkspaceSnapshot,
  WorkspaceStatus,
} from '../../core/ipc/workspace-schemas';
import type { Workspace } from '../../core/model/workspace';
import type { StorageStatus } from '../../core/ipc/storage-schemas';
import { createSerialQueue } from '../../core/serial-queue';
import type { OpenReport } from '../store/open-report';
import { failingStatusOf, storageStatusOf } from '../store/storage-problem';
import { setAside, timestampForFileName } from '../store/set-aside';
import { WorkspaceStore, type StoreOptions } from '../store/workspace-store';
import { RecentWorkspaces } from './recent-workspaces';
import { readSampleWorkspace } from './sample-workspace';
import { problemOf } from './workspace-problem';

export const DEFAULT_WORKSPACE_NAME = 'workspace.json';
export const SAMPLES_FOLDER = 'samples';

export interface WorkspaceDialogs {
  /** An existing workspace file to open, or undefined when cancelled. */
  chooseFileToOpen(): Promise<string | undefined>;
  /** Where to create a new workspace. */
  chooseNewFile(): Promise<string | undefined>;
  /** Where to save a copy of the open workspace and continue. */
  chooseSaveAsFile(currentName: string): Promise<string | undefined>;
}

export interface WorkspaceSessionOptions {
  userData: string;
  /** The bundled sample workspace file. */
  samplePath: string;
  /** Recorded as the author of every change made in this app. */
  author: string;
  dialogs: WorkspaceDialogs;
  /** The title of a new, empty workspace, in the user's language. */
  newTitle(): string;
  /** After the open workspace was replaced (or could not be), with the new status. */
  onChange?(status: WorkspaceStatus): void;
  /** When a write of the open workspace fails, and when all writes have caught up again. */
  onStorageStatus?(status: StorageStatus): void;
  now?: () => Date;
  /** Store tuning, for tests. */
  storeOptions?: Pick<StoreOptions, 'idleCompactionMs' | 'fs'>;
}

type Opened = { store: WorkspaceStore; report: OpenReport };

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** The report worth showing: null when opening was uneventful. */
export function reportPayload(report: OpenReport, fallback?: OpenReportPayload['fallback']): OpenReportPayload | null {
  const eventful = report.outcome !== 'opened' || report.migratedFrom !== null || report.setAside.length > 0 || report.notices.length > 0 || report.journal.replayed > 0 || !!fallback;
  if (!eventful) return null;
  return {
    outcome: report.outcome,
    migratedFrom: report.migratedFrom,
    ...(report.preMigrationCopy ? { preMigrationCopy: report.preMigrationCopy } : {}),
    ...(report.recoveredFrom ? { recoveredFrom: report.recoveredFrom } : {}),
    setAside: report.setAside.map((s) => ({ ...s })),
    journal: { ...report.journal },
    notices: [...report.notices],
    ...(fallback ? { fallback } : {}),
  };
}

export class WorkspaceSession {
  private store: WorkspaceStore | null = null;
  private report: OpenReportPayload | null = null;
  private problem: WorkspaceProblemPayload = { code: 'not-found', message: 'No workspace is open yet' };
  private readonly actions = createSerialQueue();
  private stopListening: () => void = () => undefined;
  private readonly now: () => Date;

  private constructor(
    private readonly options: WorkspaceSessionOptions,
    private readonly recent: RecentWorkspaces,
  ) {
    this.now = options.now ?? (() => new Date());
  }

  static async start(options: WorkspaceSessionOptions): Promise<WorkspaceSession> {
    const session = new WorkspaceSession(options, await RecentWorkspaces.load(options.userData));
    await session.openAtStart();
    return session;
  }

  get defaultPath(): string {
    return join(this.options.userData, DEFAULT_WORKSPACE_NAME);
  }

  /** The open store, for tests and the quit handler. */
  get current(): WorkspaceStore | null {
    return this.store;
  }

  status(): WorkspaceStatus {
    const recent = this.recent.list();
    if (!this.store) return { open: false, problem: this.problem, recent };
    const path = this.store.path;
    return {
      open: true,
      file: { name: basename(path), path, location: 'file', isSample: this.isSampleCopy(path) },
      title: this.store.doc.meta.title,
      revision: this.store.revision,
      report: this.report,
      recent,
      ...(this.store.storageProblem ? { storage: failingStatusOf(this.store.storageProblem) } : {}),
    };
  }

  snapshot(): WorkspaceSnapshot {
    return { status: this.status(), doc: this.store?.doc ?? null };
  }

  async apply(command: unknown): Promise<CommandOutcome> {
    const store = this.store;
    if (!store) return { status: 'rejected', error: { code: 'no-workspace', message: 'No workspace is open', issues: [] } };
    const result = await store.apply(command, this.options.author);
    if (!result.ok) return { status: 'rejected', error: { code: result.error.code, message: result.error.message, issues: result.error.issues } };
    return { status: 'applied', revision: result.revision, at: result.doc.meta.updatedAt, by: this.options.author };
  }

  /** Runs one file action at a time; commands keep flowing to whichever store is open. */
  fileAction(action: FileAction): Promise<FileActionOutcome> {
    return this.actions.run(() => this.runFileAction(action));
  }

  /** Writes everything down and releases the file (at quit). */
  async close(): Promise<void> {
    await this.actions.idle();
    const store = this.store;
    this.store = null;
    await store?.close();
  }

  private isSampleCopy(path: string): boolean {
    const folder = join(this.options.userData, SAMPLES_FOLDER);
    const rel = relative(folder, path);
    return rel !== '' && !rel.startsWith('..') && !rel.includes(sep);
  }

  private storeOptions(create?: { title: string; initial?: Workspace }) {
    return { author: this.options.author, now: this.now, ...(this.options.storeOptions ?? {}), ...(create ? { create } : {}) };
  }

  /** The sample as a new document, or an empty workspace when this build has no sample. */
  private async initialForDefault(): Promise<Workspace | undefined> {
    try {
      return await readSampleWorkspace(this.options.samplePath, this.now());
    } catch {
      return undefined;
    }
  }

  private async openAtStart(): Promise<void> {
    const wanted = this.recent.current;
    if (wanted && resolve(wanted) !== this.defaultPath) {
      try {
        await this.adopt(await WorkspaceStore.open(wanted, this.storeOptions()));
        return;
      } catch (error) {
        const problem = problemOf(error);
        if (problem.code === 'not-found') await this.recent.forget(wanted);
        await this.openDefault({ wanted, problem: problem.message });
        return;
      }
    }
    await this.openDefault();
  }

  private async openDefault(fallback?: OpenReportPayload['fallback']): Promise<void> {
    try {
      const initial = (await exists(this.defaultPath)) ? undefined : await this.initialForDefault();
      const opened = await WorkspaceStore.open(this.defaultPath, this.storeOptions({ title: this.options.newTitle(), ...(initial ? { initial } : {}) }));
      await this.adopt(opened, fallback);
    } catch (error) {
      this.problem = problemOf(error);
    }
  }

  /** Makes a freshly opened store the current one, closing the previous one. */
  private async adopt(opened: Opened, fallback?: OpenReportPayload['fallback']): Promise<void> {
    const previous = this.store;
    this.store = opened.store;
    this.report = reportPayload(opened.report, fallback);
    this.stopListening();
    const tell = this.options.onStorageStatus;
    if (tell) {
      this.stopListening = opened.store.onStorageProblem((problem) => tell(storageStatusOf(problem)));
      // A store that opened with a problem (its snapshot could not be written), or the all-clear after the last one's.
      if (opened.store.storageProblem || previous?.storageProblem) tell(storageStatusOf(opened.store.storageProblem));
    }
    if (previous && previous !== opened.store) await previous.close();
    await this.recent.opened(opened.store.path).catch(() => undefined);
  }

  private changed(): WorkspaceStatus {
    const status = this.status();
    this.options.onChange?.(status);
    return status;
  }

  private async runFileAction(action: FileAction): Promise<FileActionOutcome> {
    try {
      switch (action.action) {
        case 'open': {
          const path = await this.options.dialogs.chooseFileToOpen();
          if (!path) return { status: 'cancelled' };
          return await this.openExisting(path);
        }
        case 'openRecent': {
          // Only what main itself recorded; anything else is refused without touching the disk.
          if (!this.recent.has(action.path)) return { status: 'failed', error: { code: 'not-found', message: `${action.path} is not in the list of recent workspaces` } };
          return await this.openExisting(action.path);
        }
        case 'new': {
          const path = await this.options.dialogs.chooseNewFile();
          if (!path) return { status: 'cancelled' };
          return await this.createAt(path, undefined);
        }
        case 'openSample': {
          const initial = await readSampleWorkspace(this.options.samplePath, this.now());
          const folder = join(this.options.userData, SAMPLES_FOLDER);
          await mkdir(folder, { recursive: true });
          return await this.createAt(join(folder, `sample-workspace-${timestampForFileName(this.now())}.json`), initial);
        }
        case 'saveAs': {
          const store = this.store;
          if (!store) return { status: 'failed', error: { code: 'not-found', message: 'No workspace is open to save' } };
          const path = await this.options.dialogs.chooseSaveAsFile(basename(store.path));
          if (!path) return { status: 'cancelled' };
          const opened = await store.saveAs(path);
          await this.adopt(opened);
          return { status: 'done', workspace: this.changed() };
        }
        default:
          return assertNever(action, 'file action');
      }
    } catch (error) {
      return { status: 'failed', error: problemOf(error) };
    }
  }

  private async openExisting(path: string): Promise<FileActionOutcome> {
    const file = resolve(path);
    if (this.store && this.store.path === file) return { status: 'done', workspace: this.changed() };
    try {
      await this.adopt(await WorkspaceStore.open(file, this.storeOptions()));
    } catch (error) {
      const problem = problemOf(error);
      if (problem.code === 'not-found') await this.recent.forget(path).catch(() => undefined);
      return { status: 'failed', error: problem };
    }
    return { status: 'done', workspace: this.changed() };
  }

  /** A new workspace file at `path`. A file already there (the dialog asked to replace it) is set aside, never deleted. */
  private async createAt(path: string, initial: Workspace | undefined): Promise<FileActionOutcome> {
    const file = resolve(path);
    if (this.store && this.store.path === file) {
      return { status: 'failed', error: { code: 'locked', message: `${basename(file)} is the workspace open now; choose another name for the new one` } };
    }
    await mkdir(dirname(file), { recursive: true });
    if (await exists(file)) await setAside(file, 'replaced', this.now());
    await this.adopt(await WorkspaceStore.open(file, this.storeOptions({ title: initial?.meta.title ?? this.options.newTitle(), ...(initial ? { initial } : {}) })));
    return { status: 'done', workspace: this.changed() };
  }
}
