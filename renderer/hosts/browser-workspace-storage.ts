// Runs in the browser host: where the browser keeps workspaces: IndexedDB (no size cap
// worth worrying about, unlike localStorage), or memory where there is none (tests).
// Each workspace is one entry holding its JSON text, so a damaged entry is recognised
// the way a damaged file is; an index says which one is open and which were opened before.
// A change is not a new copy of the whole text: it is one journal entry (the command, its
// time and author), the same idea as the desktop store's journal. The host folds the
// journal into the entry's text when the page is idle (`compact`, one transaction).
import type { Command } from '../../core/model/commands';

export interface StoredWorkspace {
  id: string;
  /** The name shown for it: the imported file's name, or one the host chose. */
  name: string;
  isSample: boolean;
  text: string;
  /** The last journal entry the text includes (0 or absent: none). */
  journalSeq?: number;
}

/** One applied command, kept until it is folded into its workspace's text. */
export interface JournalEntry {
  workspace: string;
  /** 1, 2, 3… per workspace, in the order the commands were applied. */
  seq: number;
  /**
   * The schema version of the build that wrote it, so a later build migrates it or refuses
   * it, never replays it blindly (absent: BROWSER_UNVERSIONED_JOURNAL_VERSION).
   */
  v?: number;
  command: Command;
  at: string;
  by: string;
}

/** Entries written before they carried a version were written by schema-3 builds (the journal's first). */
export const BROWSER_UNVERSIONED_JOURNAL_VERSION = 3;

/** Journal entries that could not be replayed, kept aside with the reason instead of dropped. */
export interface SetAsideJournal {
  workspace: string;
  /** When they were set aside (ISO time); with the workspace, the record's key. */
  at: string;
  reason: string;
  entries: JournalEntry[];
}

export interface WorkspaceIndex {
  current: string | null;
  /** Ids, newest first. */
  recent: string[];
}

export interface BrowserWorkspaceStorage {
  readIndex(): Promise<WorkspaceIndex>;
  writeIndex(index: WorkspaceIndex): Promise<void>;
  read(id: string): Promise<StoredWorkspace | undefined>;
  /** Resolves once the entry is committed. */
  write(entry: StoredWorkspace): Promise<void>;
  /** Adds one entry to a workspace's journal; resolves once it is committed. */
  append(entry: JournalEntry): Promise<void>;
  /** The workspace's journal entries after `afterSeq`, in order. */
  readJournal(id: string, afterSeq: number): Promise<JournalEntry[]>;
  /**
   * Writes the entry (whose text includes the journal up to its `journalSeq`) and drops those
   * journal entries, all or nothing; `setAside` is kept in the same transaction first.
   */
  compact(entry: StoredWorkspace, setAside?: SetAsideJournal): Promise<void>;
  /** Every set-aside record of a workspace, oldest first. */
  readSetAside(id: string): Promise<SetAsideJournal[]>;
}

const setAsideKey = (record: Pick<SetAsideJournal, 'workspace' | 'at'>) => `set-aside\u0001${record.workspace}\u0001${record.at}`;

const EMPTY_INDEX: WorkspaceIndex = { current: null, recent: [] };

export function memoryWorkspaceStorage(): BrowserWorkspaceStorage & {
  entries: Map<string, StoredWorkspace>;
  index: WorkspaceIndex;
  journal: JournalEntry[];
  setAside: SetAsideJournal[];
} {
  const storage = {
    entries: new Map<string, StoredWorkspace>(),
    journal: [] as JournalEntry[],
    setAside: [] as SetAsideJournal[],
    index: { ...EMPTY_INDEX },
    async readIndex() {
      return structuredClone(storage.index);
    },
    async writeIndex(index: WorkspaceIndex) {
      storage.index = structuredClone(index);
    },
    async read(id: string) {
      const entry = storage.entries.get(id);
      return entry && { ...entry };
    },
    async write(entry: StoredWorkspace) {
      storage.entries.set(entry.id, { ...entry });
    },
    async append(entry: JournalEntry) {
      storage.journal.push(structuredClone(entry));
    },
    async readJournal(id: string, afterSeq: number) {
      return structuredClone(storage.journal.filter((e) => e.workspace === id && e.seq > afterSeq).sort((a, b) => a.seq - b.seq));
    },
    async compact(entry: StoredWorkspace, setAside?: SetAsideJournal) {
      if (setAside) storage.setAside.push(structuredClone(setAside));
      storage.entries.set(entry.id, { ...entry });
      storage.journal = storage.journal.filter((e) => e.workspace !== entry.id || e.seq > (entry.journalSeq ?? 0));
    },
    async readSetAside(id: string) {
      return structuredClone(storage.setAside.filter((r) => r.workspace === id));
    },
  };
  return storage;
}

const DATABASE = 'briefing-desk';
const WORKSPACES = 'workspaces';
const META = 'meta';
const JOURNAL = 'journal';
/** 2 added the journal store. */
const VERSION = 2;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

export function indexedDbWorkspaceStorage(factory: IDBFactory): BrowserWorkspaceStorage {
  let opening: Promise<IDBDatabase> | undefined;
  const database = () => {
    opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open(DATABASE, VERSION);
      req.onupgradeneeded = (event) => {
        if (event.oldVersion < 1) {
          req.result.createObjectStore(WORKSPACES, { keyPath: 'id' });
          req.result.createObjectStore(META);
        }
        if (event.oldVersion < 2) req.result.createObjectStore(JOURNAL, { keyPath: ['workspace', 'seq'] });
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
    });
    return opening;
  };
  const put = async (store: string, value: unknown, key?: string) => {
    const tx = (await database()).transaction(store, 'readwrite', { durability: 'strict' });
    const done = committed(tx);
    tx.objectStore(store).put(value, key);
    await done;
  };
  const get = async <T>(store: string, key: string): Promise<T | undefined> => {
    const tx = (await database()).transaction(store, 'readonly');
    return (await request(tx.objectStore(store).get(key))) as T | undefined;
  };
  return {
    async readIndex() {
      const index = await get<WorkspaceIndex>(META, 'index');
      return index && Array.isArray(index.recent) ? index : { ...EMPTY_INDEX };
    },
    writeIndex: (index) => put(META, index, 'index'),
    read: (id) => get<StoredWorkspace>(WORKSPACES, id),
    write: (entry) => put(WORKSPACES, entry),
    append: (entry) => put(JOURNAL, entry),
    async readJournal(id, afterSeq) {
      const tx = (await database()).transaction(JOURNAL, 'readonly');
      return (await request(tx.objectStore(JOURNAL).getAll(IDBKeyRange.bound([id, afterSeq], [id, Infinity], true, false)))) as JournalEntry[];
    },
    async compact(entry, setAside) {
      const tx = (await database()).transaction([WORKSPACES, JOURNAL, META], 'readwrite', { durability: 'strict' });
      const done = committed(tx);
      if (setAside) tx.objectStore(META).put(setAside, setAsideKey(setAside));
      tx.objectStore(WORKSPACES).put(entry);
      tx.objectStore(JOURNAL).delete(IDBKeyRange.bound([entry.id, 0], [entry.id, entry.journalSeq ?? 0]));
      await done;
    },
    async readSetAside(id) {
      const tx = (await database()).transaction(META, 'readonly');
      const prefix = setAsideKey({ workspace: id, at: '' });
      return (await request(tx.objectStore(META).getAll(IDBKeyRange.bound(prefix, `${prefix}\uffff`)))) as SetAsideJournal[];
    },
  };
}
