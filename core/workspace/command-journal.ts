// Runs anywhere (core): the command journal: one JSON line per applied command, appended
// and flushed before the command is acknowledged. Opening a workspace replays the lines
// newer than the snapshot; a line cut off by a crash was never acknowledged and is dropped.
// Each line names the schema version it was written under: a line from an older version is
// brought up through journal-migrations.ts or refused, never replayed blindly.
import { z } from 'zod';
import { executeCommand } from '../model/apply-command';
import { CURRENT_SCHEMA_VERSION } from '../model/schema-version';
import { TimestampSchema } from '../model/text-rules';
import type { Workspace } from '../model/workspace';
import { migrateJournalCommand } from './journal-migrations';

/** Lines written before entries carried a version were written by version-2 builds. */
export const UNVERSIONED_JOURNAL_VERSION = 2;

export const JournalEntrySchema = z.strictObject({
  /** The schema version of the build that wrote the line (absent in lines of early version-2 builds). */
  v: z.number().int().min(1).default(UNVERSIONED_JOURNAL_VERSION),
  /** The revision the command produced: the snapshot's revision + 1 for the first line. */
  rev: z.number().int().min(1),
  at: TimestampSchema,
  by: z.string().min(1),
  command: z.unknown(),
});
export type JournalEntry = z.output<typeof JournalEntrySchema>;
/** An entry as the store makes it: the version is this build's unless given. */
export type NewJournalEntry = z.input<typeof JournalEntrySchema>;

export function encodeJournalEntry(entry: NewJournalEntry): string {
  const { v = CURRENT_SCHEMA_VERSION, rev, at, by, command } = entry;
  return `${JSON.stringify({ v, rev, at, by, command })}\n`;
}

/** The newest version among the entries, when it is newer than this build can read. */
export function journalTooNew(entries: readonly JournalEntry[]): number | undefined {
  const newest = Math.max(0, ...entries.map((entry) => entry.v));
  return newest > CURRENT_SCHEMA_VERSION ? newest : undefined;
}

export interface ParsedJournal {
  entries: JournalEntry[];
  /** Bytes after the last good line that are not a whole entry: a write the crash cut off. */
  tornTail: boolean;
  /** A bad line followed by good ones: the journal is damaged, not just cut off. */
  damage?: { line: number; message: string };
}

export function parseJournal(text: string): ParsedJournal {
  const lines = text.split('\n');
  const entries: JournalEntry[] = [];
  let firstBad: { line: number; message: string } | undefined;
  let badBeforeGood = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const last = i === lines.length - 1;
    if (line === '' && last) break; // the newline after the final entry
    let entry: JournalEntry | undefined;
    let message = '';
    try {
      const parsed = JournalEntrySchema.safeParse(JSON.parse(line));
      if (parsed.success) entry = parsed.data;
      else message = parsed.error.issues[0]!.message;
    } catch (error) {
      message = line.includes('\u0000') ? 'NUL bytes' : error instanceof Error ? error.message : String(error);
    }
    if (entry && last) message = 'no newline after the last entry'; // its write did not complete
    if (entry && !last) {
      if (firstBad) badBeforeGood = true;
      if (!firstBad) entries.push(entry);
      continue;
    }
    firstBad ??= { line: i + 1, message };
  }
  if (badBeforeGood) return { entries, tornTail: false, damage: firstBad };
  return { entries, tornTail: firstBad !== undefined };
}

export interface ReplayResult {
  doc: Workspace;
  applied: number;
  /** Entries already in the snapshot (written before a compaction finished). */
  skipped: number;
  /** Why replay stopped before the end, if it did. */
  stopped?: { rev: number; reason: string };
}

/** Applies the entries newer than `doc`, in order, with the time and author they carry. */
export function replayJournal(doc: Workspace, entries: readonly JournalEntry[]): ReplayResult {
  let current = doc;
  let applied = 0;
  let skipped = 0;
  for (const entry of entries) {
    if (entry.rev <= current.revision) {
      skipped++;
      continue;
    }
    if (entry.rev !== current.revision + 1) {
      return { doc: current, applied, skipped, stopped: { rev: entry.rev, reason: `revision ${current.revision + 1} is missing before ${entry.rev}` } };
    }
    const command = migrateJournalCommand(entry.command, entry.v);
    if (!command.ok) return { doc: current, applied, skipped, stopped: { rev: entry.rev, reason: command.reason } };
    const result = executeCommand(current, command.command, { at: entry.at, by: entry.by });
    if (!result.ok) return { doc: current, applied, skipped, stopped: { rev: entry.rev, reason: result.error.message } };
    current = result.doc;
    applied++;
  }
  return { doc: current, applied, skipped };
}
