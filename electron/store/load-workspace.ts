// Runs in Node (main process and CLI): read a workspace as it stands on disk: the
// snapshot (validated, migrated if old) plus the journal lines newer than it. Reading
// only: no lock, no recovery, nothing written. The store builds on this to open for writing.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Workspace } from '../../core/model/workspace';
import { journalTooNew, parseJournal, replayJournal, type JournalEntry } from '../../core/workspace/command-journal';
import { CURRENT_SCHEMA_VERSION } from '../../core/model/schema-version';
import { nodeFileSystem, type FileSystem } from '../files/file-system';
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
  /** Bytes of whole lines before a torn tail (the journal's length when there is none). */
  goodBytes: number;
  /** Why some entries could not be used: a damaged line, a gap, a command that no longer applies. */
  unusable?: string;
  /** The journal holds nothing beyond the snapshot and nothing is wrong with it. */
  clean: boolean;
  exists: boolean;
  /** Written by a newer Briefing Desk: not replayed, not touched; the workspace must not be opened for writing. */
  tooNew?: WorkspaceProblem;
}

/** Applies the journal's newer entries to `doc`. */
export async function applyJournal(file: string, doc: Workspace, fs: FileSystem = nodeFileSystem): Promise<{ doc: Workspace; journal: JournalState }> {
  const text = await readJournalText(journalPathOf(file), fs);
  if (text === null) return { doc, journal: { entries: [], applied: 0, skipped: 0, tornTail: false, goodBytes: 0, clean: true, exists: false } };
  const parsed = parseJournal(text);
  const newer = journalTooNew(parsed.entries);
  if (newer !== undefined) {
    const message = `The journal beside ${basename(file)} holds changes saved by a newer Briefing Desk (schema version ${newer}; this one reads up to ${CURRENT_SCHEMA_VERSION}). Update Briefing Desk to open it. Nothing has been changed.`;
    const tooNew: WorkspaceProblem = { kind: 'newer-version', message, issues: [{ path: '$journal', message: `version ${newer}` }] };
    return { doc, journal: { entries: parsed.entries, applied: 0, skipped: 0, tornTail: false, goodBytes: 0, clean: false, exists: true, tooNew } };
  }
  const replay = replayJournal(doc, parsed.entries);
  let goodEnd = text.length;
  if (parsed.tornTail) {
    goodEnd = 0;
    for (let i = 0; i < parsed.entries.length; i++) goodEnd = text.indexOf('\n', goodEnd) + 1;
  }
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
      goodBytes: Buffer.byteLength(text.slice(0, goodEnd)),
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
  if (journal.tooNew) return { ok: false, problem: journal.tooNew };
  return { ok: true, doc, migratedFrom: snapshot.migratedFrom, journal };
}
