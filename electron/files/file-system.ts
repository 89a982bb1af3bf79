// Runs in Node (main process and CLI): the file-system calls the app's writers make, as one
// object. Production code uses `nodeFileSystem`; the store and the durable write take
// another one, so a test can make any single call fail (ENOSPC, EIO, a short write) and
// prove that nothing acknowledged is lost. Only the calls that are needed, nothing more.
import * as fsp from 'node:fs/promises';
import type { Stats } from 'node:fs';

/** The part of a FileHandle the writers use. */
export interface WritableHandle {
  write(buffer: Uint8Array, offset: number, length: number, position: number | null): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  datasync(): Promise<void>;
  truncate(length: number): Promise<void>;
  stat(): Promise<Stats>;
  close(): Promise<void>;
}

export interface FileSystem {
  open(path: string, flags: 'r' | 'w' | 'a' | 'r+', mode?: number): Promise<WritableHandle>;
  readFile(path: string): Promise<Buffer>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<Stats>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: true; recursive?: boolean }): Promise<void>;
  link(existing: string, newPath: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

export const nodeFileSystem: FileSystem = {
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  readFile: (path) => fsp.readFile(path),
  readdir: (path) => fsp.readdir(path),
  stat: (path) => fsp.stat(path),
  mkdir: (path, options) => fsp.mkdir(path, options),
  rename: (from, to) => fsp.rename(from, to),
  rm: (path, options) => fsp.rm(path, options),
  link: (existing, newPath) => fsp.link(existing, newPath),
  unlink: (path) => fsp.unlink(path),
};
