// Runs in the main process: the workspace files this app has opened, newest first, and
// the one to reopen at the next start. Only main records paths here (after opening them
// itself), so "open recent" never opens a path the page made up.
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { RecentWorkspace } from '../../core/ipc/workspace-schemas';
import { verifyJson, writeFileDurably } from '../files/write-file-durably';

export const RECENT_FILE_NAME = 'recent-workspaces.json';
export const MAX_RECENT = 10;

interface Stored {
  current: string | null;
  recent: string[];
}

function parse(text: string): Stored {
  try {
    const value = JSON.parse(text) as Partial<Stored>;
    const recent = Array.isArray(value.recent) ? value.recent.filter((p): p is string => typeof p === 'string' && p.length > 0) : [];
    return { current: typeof value.current === 'string' ? value.current : null, recent: [...new Set(recent)].slice(0, MAX_RECENT) };
  } catch {
    return { current: null, recent: [] }; // damaged: start afresh, the next open rewrites it
  }
}

export class RecentWorkspaces {
  private writes: Promise<void> = Promise.resolve();

  private constructor(
    readonly path: string,
    private state: Stored,
  ) {}

  static async load(userData: string): Promise<RecentWorkspaces> {
    const path = join(userData, RECENT_FILE_NAME);
    const text = await readFile(path, 'utf8').catch(() => '');
    return new RecentWorkspaces(path, parse(text));
  }

  /** The workspace that was open when the app last closed. */
  get current(): string | null {
    return this.state.current;
  }

  list(): RecentWorkspace[] {
    return this.state.recent.map((path) => ({ path, name: basename(path) }));
  }

  has(path: string): boolean {
    return this.state.recent.includes(path);
  }

  /** Records a workspace main has just opened: first in the list, and the one to reopen. */
  opened(path: string): Promise<void> {
    this.state = { current: path, recent: [path, ...this.state.recent.filter((p) => p !== path)].slice(0, MAX_RECENT) };
    return this.save();
  }

  /** Forgets a path that no longer opens. */
  forget(path: string): Promise<void> {
    this.state = { current: this.state.current === path ? null : this.state.current, recent: this.state.recent.filter((p) => p !== path) };
    return this.save();
  }

  private save(): Promise<void> {
    const snapshot = `${JSON.stringify(this.state, null, 2)}\n`;
    const next = this.writes.then(() => writeFileDurably(this.path, snapshot, { verify: verifyJson() }).then(() => undefined));
    this.writes = next.catch(() => undefined);
    return next;
  }
}
