// Runs in the browser host: where the browser keeps workspaces: IndexedDB (no size cap
// worth worrying about, unlike localStorage), or memory where there is none (tests).
// Each workspace is one entry holding its JSON text, so a damaged entry is recognised
// the way a damaged file is; an index says which one is open and which were opened before.

export interface StoredWorkspace {
  id: string;
  /** The name shown for it: the imported file's name, or one the host chose. */
  name: string;
  isSample: boolean;
  text: string;
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
}

const EMPTY_INDEX: WorkspaceIndex = { current: null, recent: [] };

export function memoryWorkspaceStorage(): BrowserWorkspaceStorage & { entries: Map<string, StoredWorkspace>; index: WorkspaceIndex } {
  const storage = {
    entries: new Map<string, StoredWorkspace>(),
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
  };
  return storage;
}

const DATABASE = 'briefing-desk';
const WORKSPACES = 'workspaces';
const META = 'meta';

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
      const req = factory.open(DATABASE, 1);
      req.onupgradeneeded = () => {
        req.result.createObjectStore(WORKSPACES, { keyPath: 'id' });
        req.result.createObjectStore(META);
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
  };
}
