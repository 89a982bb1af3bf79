// Runs in Node (tests): the store's file-system seam with one call made to fail, in the
// spirit of SQLite's I/O-error tests. Every call that changes the disk (opening a file for
// writing, write, fsync, truncate, close of a written file, mkdir, rename, rm, link,
// unlink) is counted; the call numbered `at` fails with ENOSPC or EIO, or (a write)
// writes only half of what it was asked and says so. Just before it fails, `onFault` can
// take a picture of the disk: what a crash at that moment would leave.
import type { FileSystem, WritableHandle } from '../../../electron/files/file-system';
import { nodeFileSystem } from '../../../electron/files/file-system';

export type FaultMode = 'ENOSPC' | 'EIO' | 'short';
export const FAULT_MODES: readonly FaultMode[] = ['ENOSPC', 'EIO', 'short'];

export interface WriteCall {
  n: number;
  op: string;
  path: string;
}

export type FaultPlan =
  | { at: number; mode: FaultMode; onFault?: (call: WriteCall) => void }
  /** Decides for every call: a disk that is full for a while, say. */
  | { when: (call: WriteCall) => FaultMode | null; at?: undefined; onFault?: undefined };

/** Which modes apply to a call: a short write only to writes. */
export function modesFor(call: WriteCall): FaultMode[] {
  return call.op === 'write' ? [...FAULT_MODES] : ['ENOSPC', 'EIO'];
}

function errnoError(code: 'ENOSPC' | 'EIO', call: WriteCall): Error {
  const text = code === 'ENOSPC' ? 'no space left on device' : 'i/o error';
  return Object.assign(new Error(`${code}: ${text}, ${call.op} '${call.path}' (injected)`), { code, errno: code === 'ENOSPC' ? -28 : -5, syscall: call.op });
}

export interface FaultyFileSystem {
  fs: FileSystem;
  calls: WriteCall[];
  fired: WriteCall | null;
}

export function faultyFileSystem(plan?: FaultPlan, base: FileSystem = nodeFileSystem): FaultyFileSystem {
  const state: FaultyFileSystem = { fs: base, calls: [], fired: null };
  /** Counts a call; returns the fault to inject into it, if this is the one. */
  const count = (op: string, path: string): FaultMode | null => {
    const call = { n: state.calls.length, op, path };
    state.calls.push(call);
    if (!plan) return null;
    const mode = plan.at === undefined ? plan.when(call) : plan.at === call.n ? plan.mode : null;
    if (!mode || !modesFor(call).includes(mode)) return null;
    state.fired = call;
    plan.onFault?.(call);
    return mode;
  };
  const failing = async <T>(op: string, path: string, real: () => Promise<T>): Promise<T> => {
    const fault = count(op, path);
    if (fault === 'ENOSPC' || fault === 'EIO') throw errnoError(fault, state.calls.at(-1)!);
    return real();
  };
  const wrapHandle = (handle: WritableHandle, path: string, writable: boolean): WritableHandle => ({
    async write(buffer, offset, length, position) {
      const fault = count('write', path);
      if (fault === 'ENOSPC' || fault === 'EIO') throw errnoError(fault, state.calls.at(-1)!);
      // A short write: only half (rounded down, so a one-byte write writes nothing) reaches the file.
      return handle.write(buffer, offset, fault === 'short' ? Math.floor(length / 2) : length, position);
    },
    sync: () => failing('fsync', path, () => handle.sync()),
    datasync: () => failing('fdatasync', path, () => handle.datasync()),
    truncate: (length) => failing('ftruncate', path, () => handle.truncate(length)),
    stat: () => handle.stat(),
    async close() {
      if (!writable) return handle.close();
      const fault = count('close', path);
      await handle.close(); // the descriptor goes either way, as close(2) does
      if (fault === 'ENOSPC' || fault === 'EIO') throw errnoError(fault, state.calls.at(-1)!);
    },
  });
  state.fs = {
    async open(path, flags, mode) {
      const writable = flags !== 'r';
      const handle = writable ? await failing(`open(${flags})`, path, () => base.open(path, flags, mode)) : await base.open(path, flags, mode);
      return wrapHandle(handle, path, writable);
    },
    readFile: (path) => base.readFile(path),
    readdir: (path) => base.readdir(path),
    stat: (path) => base.stat(path),
    mkdir: (path, options) => failing('mkdir', path, () => base.mkdir(path, options)),
    rename: (from, to) => failing('rename', to, () => base.rename(from, to)),
    rm: (path, options) => failing('rm', path, () => base.rm(path, options)),
    link: (existing, newPath) => failing('link', newPath, () => base.link(existing, newPath)),
    unlink: (path) => failing('unlink', path, () => base.unlink(path)),
  };
  return state;
}
