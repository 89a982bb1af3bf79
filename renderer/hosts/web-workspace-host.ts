// Runs in the browser host: the in-page workspace store. It applies commands with the same
// core code as main's store (executeCommand: validate, then apply), saves the document to
// browser storage before it answers, and reads every stored or imported workspace through
// the same validation and migration a file on disk goes through. Workspaces are never
// overwritten: New, Open (import) and Open sample each add an entry, and "recent" lists them.
import { assertNever } from '../../core/assert-never';
import type { Handlers } from '../../core/ipc/contract';
import type {
  CommandOutcome,
  FileAction,
  FileActionOutcome,
  OpenReportPayload,
  WorkspaceProblemPayload,
  WorkspaceSnapshot,
  WorkspaceStatus,
} from '../../core/ipc/workspace-schemas';
import type { FailingStorage, StorageStatus } from '../../core/ipc/storage-schemas';
import { executeCommand } from '../../core/model/apply-command';
import { createId } from '../../core/model/ids';
import { createEmptyWorkspace, type Workspace } from '../../core/model/workspace';
import { createSerialQueue } from '../../core/serial-queue';
import { migrateJournalCommand } from '../../core/workspace/journal-migrations';
import { CURRENT_SCHEMA_VERSION } from '../../core/model/schema-version';
import { readWorkspaceText, readWorkspaceValue, type WorkspaceProblem } from '../../core/workspace/read-workspace-text';
import { BROWSER_UNVERSIONED_JOURNAL_VERSION, type BrowserWorkspaceStorage, type SetAsideJournal } from './browser-workspace-storage';
import type { PickedFile } from './browser-files';

export const BROWSER_PATH_PREFIX = 'browser:';
export const DEFAULT_BROWSER_WORKSPACE_NAME = 'workspace.json';
export const SAMPLE_NAME = 'sample-workspace.json';
const MAX_RECENT = 10;

export interface WebWorkspaceEnvironment {
  storage: BrowserWorkspaceStorage;
  /** The bundled sample, unparsed; null when this build has none. */
  loadSample(): Promise<unknown | null>;
  pickFile(): Promise<PickedFile | null>;
  download(name: string, text: string): void;
  /** The title of a new, empty workspace, in the UI language. */
  newTitle(): string;
  author: string;
  now?: () => Date;
  /** After the open workspace was replaced. */
  onChange(status: WorkspaceStatus): void;
  /** How long the page must be quiet before the journal is folded into the stored text (tests shorten it). */
  compactAfterMs?: number;
  /** When saving a change fails (the change is refused), and when saving works again. */
  onStorageStatus?(status: StorageStatus): void;
}

/** A storage error as the contract's storage status: a full quota is a full disk to the user. */
function storageFailure(error: unknown, file: string): FailingStorage {
  const name = (error as { name?: unknown } | null)?.name;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { state: 'failing', operation: 'change', reason: name === 'QuotaExceededError' ? 'disk-full' : 'other', file, detail };
}

type WorkspaceHandlers = Pick<Handlers, 'getWorkspace' | 'applyCommand' | 'workspaceFile'>;

interface Current {
  id: string;
  name: string;
  isSample: boolean;
  doc: Workspace;
  /** The last journal entry applied to `doc`. */
  seq: number;
  /** The last journal entry the stored text includes. */
  savedSeq: number;
}

/** The page must have been quiet this long before the journal is folded into the text. */
const COMPACT_WHEN_IDLE_MS = 3_000;
/** Past this many entries the journal is folded at the next quiet moment however busy the user is. */
const COMPACT_AT_ENTRIES = 500;

function problemFrom(problem: WorkspaceProblem): WorkspaceProblemPayload {
  if (problem.kind === 'newer-version') return { code: 'too-new', message: problem.message };
  if (problem.kind === 'not-a-workspace') return { code: 'not-a-workspace', message: problem.message };
  if (problem.kind === 'not-found') return { code: 'not-found', message: problem.message };
  return { code: 'unreadable', message: problem.message };
}

function report(outcome: OpenReportPayload['outcome'], extra: Partial<OpenReportPayload> = {}): OpenReportPayload {
  return { outcome, migratedFrom: null, setAside: [], journal: { replayed: 0, droppedUnfinishedEntry: false }, notices: [], ...extra };
}

export function createWebWorkspaceHandlers(env: WebWorkspaceEnvironment): WorkspaceHandlers {
  const now = env.now ?? (() => new Date());
  let current: Current | null = null;
  let lastReport: OpenReportPayload | null = null;
  let problem: WorkspaceProblemPayload = { code: 'not-found', message: 'No workspace is open yet' };
  let recent: { id: string; name: string }[] = [];
  const queue = createSerialQueue();
  let started: Promise<void> | undefined;
  /** The last write's failure, until a write succeeds again. */
  let failing: FailingStorage | undefined;

  // One operation at a time, in the order asked, as main's store does.
  const serial = <T>(task: () => Promise<T>): Promise<T> => queue.run(task);

  const status = (): WorkspaceStatus => {
    const list = recent.map((entry) => ({ name: entry.name, path: `${BROWSER_PATH_PREFIX}${entry.id}` }));
    if (!current) return { open: false, problem, recent: list };
    return {
      open: true,
      file: { name: current.name, path: `${BROWSER_PATH_PREFIX}${current.id}`, location: 'browser', isSample: current.isSample },
      title: current.doc.meta.title,
      revision: current.doc.revision,
      report: lastReport,
      recent: list,
      ...(failing ? { storage: failing } : {}),
    };
  };

  const snapshotOf = (entry: Current) => ({ id: entry.id, name: entry.name, isSample: entry.isSample, text: JSON.stringify(entry.doc), journalSeq: entry.seq });
  const save = (entry: Current) => env.storage.write(snapshotOf(entry));

  // Folding the journal into the text (compaction) costs as much as writing the whole
  // document, so it waits until the user has paused; a failure keeps the journal, which
  // still holds every change, and it is tried again after the next one.
  let compactTimer: ReturnType<typeof setTimeout> | undefined;
  const compactNow = () =>
    serial(async () => {
      const entry = current;
      if (!entry || entry.seq === entry.savedSeq) return;
      const snapshot = snapshotOf(entry);
      try {
        await env.storage.compact(snapshot);
        if (current?.id === entry.id) current = { ...current, savedSeq: snapshot.journalSeq };
      } catch {
        // The journal is intact; the next command schedules another try.
      }
    });
  const scheduleCompaction = () => {
    if (compactTimer !== undefined) clearTimeout(compactTimer);
    const pending = current ? current.seq - current.savedSeq : 0;
    compactTimer = setTimeout(() => void compactNow(), pending >= COMPACT_AT_ENTRIES ? 0 : (env.compactAfterMs ?? COMPACT_WHEN_IDLE_MS));
  };

  /** Makes `entry` the open workspace and the newest recent one. */
  const adopt = async (entry: Current, openReport: OpenReportPayload | null) => {
    current = entry;
    lastReport = openReport;
    recent = [{ id: entry.id, name: entry.name }, ...recent.filter((r) => r.id !== entry.id)].slice(0, MAX_RECENT);
    await env.storage.writeIndex({ current: entry.id, recent: recent.map((r) => r.id) });
  };

  const sampleDoc = async (): Promise<Workspace | null> => {
    const raw = await env.loadSample();
    if (raw === null) return null;
    const read = readWorkspaceValue(raw, SAMPLE_NAME);
    if (!read.ok) throw new Error(read.problem.message);
    const at = now().toISOString();
    return { ...read.doc, revision: 0, meta: { ...read.doc.meta, createdAt: at, updatedAt: at } };
  };

  const createEntry = async (name: string, doc: Workspace, isSample: boolean, openReport: OpenReportPayload | null) => {
    const entry: Current = { id: createId('ws'), name, isSample, doc, seq: 0, savedSeq: 0 };
    await save(entry);
    await adopt(entry, openReport);
  };

  /** Reads a stored entry as a file is read: validated, migrated, or refused with the reason. */
  const openStored = async (id: string): Promise<{ ok: true } | { ok: false; problem: WorkspaceProblemPayload }> => {
    const stored = await env.storage.read(id);
    if (!stored) return { ok: false, problem: { code: 'not-found', message: `The workspace "${id}" is no longer in this browser's storage` } };
    const read = readWorkspaceText(stored.text, stored.name);
    if (!read.ok) return { ok: false, problem: problemFrom(read.problem) };
    // The changes made since the text was last written, replayed as the desktop store replays its journal.
    const savedSeq = stored.journalSeq ?? 0;
    let doc = read.doc;
    let seq = savedSeq;
    let replayed = 0;
    const notices: string[] = [];
    let setAside: SetAsideJournal | undefined;
    const journal = await env.storage.readJournal(stored.id, savedSeq);
    for (const [k, change] of journal.entries()) {
      // As the desktop store does: each entry brought to this build's schema, or replay stops
      // there and the rest is set aside with the reason, never replayed blindly or dropped.
      const version = change.v ?? BROWSER_UNVERSIONED_JOURNAL_VERSION;
      const migrated = migrateJournalCommand(change.command, version);
      const result = migrated.ok ? executeCommand(doc, migrated.command, { at: change.at, by: change.by }) : undefined;
      if (!result || !result.ok) {
        const why = result ? result.error.message : migrated.ok ? '' : migrated.reason;
        const rest = journal.slice(k);
        setAside = { workspace: stored.id, at: now().toISOString(), reason: `change ${change.seq} (${(change.command as { type?: string }).type ?? 'unknown'}) could not be replayed: ${why}`, entries: rest };
        notices.push(`${rest.length} unsaved change(s) from change ${change.seq} on were set aside in this browser, not replayed: ${why}`);
        seq = Math.max(seq, ...rest.map((r) => r.seq));
        break;
      }
      seq = Math.max(seq, change.seq);
      doc = result.doc;
      replayed++;
    }
    const entry: Current = { id: stored.id, name: stored.name, isSample: stored.isSample, doc, seq, savedSeq };
    if (read.migratedFrom !== null || setAside) {
      await env.storage.compact(snapshotOf(entry), setAside);
      entry.savedSeq = seq;
    }
    const opened =
      read.migratedFrom !== null || setAside
        ? report('opened', {
            migratedFrom: read.migratedFrom,
            journal: { replayed, droppedUnfinishedEntry: false, ...(setAside ? { problem: setAside.reason } : {}) },
            setAside: setAside ? [{ original: `${stored.name} (${setAside.entries.length} change(s))`, movedTo: `browser storage, set aside ${setAside.at}`, reason: setAside.reason }] : [],
            notices,
          })
        : null;
    await adopt(entry, opened);
    if (entry.seq > entry.savedSeq) scheduleCompaction();
    return { ok: true };
  };

  /** First use: the workspace open last time, else a new one made from the sample. */
  const start = async () => {
    const index = await env.storage.readIndex();
    const names = await Promise.all(index.recent.map(async (id) => ({ id, name: (await env.storage.read(id))?.name })));
    recent = names.filter((r): r is { id: string; name: string } => !!r.name);
    let fallback: OpenReportPayload['fallback'];
    if (index.current) {
      const opened = await openStored(index.current);
      if (opened.ok) return;
      // Kept in storage under its id, untouched, as a damaged file is set aside.
      fallback = { wanted: recent.find((r) => r.id === index.current)?.name ?? index.current, problem: opened.problem.message };
    }
    try {
      const sample = await sampleDoc();
      const doc = sample ?? createEmptyWorkspace({ title: env.newTitle(), at: now().toISOString() });
      await createEntry(DEFAULT_BROWSER_WORKSPACE_NAME, doc, false, report('created', fallback ? { fallback } : {}));
    } catch (error) {
      problem = { code: 'unreadable', message: error instanceof Error ? error.message : String(error) };
    }
  };

  const ready = () => (started ??= serial(start));

  const changed = (): WorkspaceStatus => {
    const next = status();
    env.onChange(next);
    return next;
  };

  const fileAction = async (action: FileAction): Promise<FileActionOutcome> => {
    switch (action.action) {
      case 'new': {
        await createEntry(`${createId('workspace')}.json`, createEmptyWorkspace({ title: env.newTitle(), at: now().toISOString() }), false, null);
        return { status: 'done', workspace: changed() };
      }
      case 'openSample': {
        const doc = await sampleDoc();
        if (!doc) return { status: 'failed', error: { code: 'not-found', message: 'This build has no sample workspace' } };
        await createEntry(SAMPLE_NAME, doc, true, null);
        return { status: 'done', workspace: changed() };
      }
      case 'open': {
        const picked = await env.pickFile();
        if (!picked) return { status: 'cancelled' };
        const read = readWorkspaceText(picked.text, picked.name);
        if (!read.ok) return { status: 'failed', error: problemFrom(read.problem) };
        await createEntry(picked.name, read.doc, false, read.migratedFrom !== null ? report('opened', { migratedFrom: read.migratedFrom }) : null);
        return { status: 'done', workspace: changed() };
      }
      case 'openRecent': {
        const id = action.path.startsWith(BROWSER_PATH_PREFIX) ? action.path.slice(BROWSER_PATH_PREFIX.length) : '';
        if (!recent.some((r) => r.id === id)) return { status: 'failed', error: { code: 'not-found', message: `${action.path} is not in the list of recent workspaces` } };
        if (current?.id === id) return { status: 'done', workspace: changed() };
        const opened = await openStored(id);
        return opened.ok ? { status: 'done', workspace: changed() } : { status: 'failed', error: opened.problem };
      }
      case 'saveAs': {
        if (!current) return { status: 'failed', error: { code: 'not-found', message: 'No workspace is open to save' } };
        env.download(current.name, `${JSON.stringify(current.doc, null, 2)}\n`);
        return { status: 'done', workspace: status(), saved: current.name };
      }
      default:
        return assertNever(action, 'file action');
    }
  };

  return {
    async getWorkspace(): Promise<WorkspaceSnapshot> {
      await ready();
      return serial(async () => ({ status: status(), doc: current?.doc ?? null }));
    },
    async applyCommand(command): Promise<CommandOutcome> {
      await ready();
      return serial(async () => {
        if (!current) return { status: 'rejected', error: { code: 'no-workspace', message: 'No workspace is open', issues: [] } };
        const at = now().toISOString();
        const result = executeCommand(current.doc, command, { at, by: env.author });
        if (!result.ok) return { status: 'rejected', error: result.error };
        const next = { ...current, doc: result.doc, seq: current.seq + 1 };
        try {
          // The change alone is written (a journal entry), not the whole document.
          await env.storage.append({ workspace: next.id, seq: next.seq, v: CURRENT_SCHEMA_VERSION, command, at, by: env.author });
        } catch (error) {
          failing = storageFailure(error, next.name);
          env.onStorageStatus?.(failing);
          return { status: 'rejected', error: { code: 'write-failed', message: `The change could not be saved in this browser: ${(error as Error).message}`, issues: [] } };
        }
        if (failing) env.onStorageStatus?.({ state: 'ok' });
        failing = undefined;
        current = next;
        scheduleCompaction();
        return { status: 'applied', revision: result.doc.revision, at, by: env.author };
      });
    },
    async workspaceFile(action) {
      await ready();
      return serial(() => fileAction(action)).catch((error: unknown) => ({
        status: 'failed' as const,
        error: { code: 'unreadable' as const, message: error instanceof Error ? error.message : String(error) },
      }));
    },
  };
}
