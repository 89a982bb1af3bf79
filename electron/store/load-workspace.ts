// Runs in Node (main process and CLI): read a workspace as it stands on disk: the
// snapshot (validated, migrated if old) plus the journal lines newer than it. Reading
// only: no lock, no recovery, nothing written. The store builds on this to open for writing.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Workspace } from '../../core/model/workspace';
import { parseJournal, replayJournal, type JournalEntry } from '../../core/workspace/command-journal';
import { readWorkspaceText, readWorkspaceValue, type WorkspaceProblem, type WorkspaceTextResult } from '../../core/workspace/read-workspace-text';
import { DurableWorkspaceFile } from './durable-workspace-file';
import { journalPathOf, readJournalText } from './journal-file';

export type SnapshotResult = WorkspaceTextResult;

/** Reads one workspace file through lowdb's JSONFile; on a parse failure the raw text says what is wrong. */
export async function readSnapshot(path: string, name = basename(path)): Promise<SnapshotResult> {
  let raw: unknown;
  try {
    raw = await new DurableWorkspaceFile(path).read();
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    return readWorkspaceText(await readFile(path, 'utf8'), name);
  }
  if (raw === null) return { ok: false, problem: { kind: 'not-found', message: `${name} does not exist`, issues: [] } };
  return readWorkspaceValue(raw, name);
}

export interface JournalState {
  /** All readable entries, including those already in the snapshot. */
  entries: JournalEntry[];
  applied: number;
  skipped: number;
  tornTail: boolean;
  /** Why some entries could not be used: a damaged line, a gap, a command that no longer applies. */
  unusable?: string;
  /** The journal holds nothing beyond the snapshot and nothing is wrong with it. */
  clean: boolean;
  exists: boolean;
}

/** Applies the journal's newer entries to `doc`. */
export async function applyJournal(file: string, doc: Workspace): Promise<{ doc: Workspace; journal: JournalState }> {
  const text = await readJournalText(journalPathOf(file));
  if (text === null) return { doc, journal: { entries: [], applied: 0, skipped: 0, tornTail: false, clean: true, exists: false } };
  const parsed = parseJournal(text);
  const replay = replayJournal(doc, parsed.entries);
  const unusable = parsed.damage
    ? `line ${parsed.damage.line} of the journal is damaged (${parsed.damage.message})`
    : replay.stopped
      ? `the journal entry for revision ${replay.stopped.rev} could not be applied: ${replay.stopped.reason}`
      : undefined;
  return {
    doc: replay.doc,
    journal: {
      entries: parsed.entries,
      applied: replay.applied,
      skipped: replay.skipped,
      tornTail: parsed.tornTail,
      unusable,
      clean: text.length === 0,
      exists: true,
    },
  };
}

export type LoadResult = { ok: true; doc: Workspace; migratedFrom: number | null; journal: JournalState } | { ok: false; problem: WorkspaceProblem };

/** The workspace as the app would see it, for `briefing check` and other readers. */
export async function loadWorkspaceForReading(path: string): Promise<LoadResult> {
  const snapshot = await readSnapshot(path);
  if (!snapshot.ok) return snapshot;
  const { doc, journal } = await applyJournal(path, snapshot.doc);
  return { ok: true, doc, migratedFrom: snapshot.migratedFrom, journal };
}
