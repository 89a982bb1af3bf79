// Runs anywhere (core): the command journal: one JSON line per applied command, appended
// and flushed before the command is acknowledged. Opening a workspace replays the lines
// newer than the snapshot; a line cut off by a crash was never acknowledged and is dropped.
import { z } from 'zod';
import { executeCommand } from '../model/apply-command';
import { TimestampSchema } from '../model/text-rules';
import type { Workspace } from '../model/workspace';

export const JournalEntrySchema = z.strictObject({
  /** The revision the command produced: the snapshot's revision + 1 for the first line. */
  rev: z.number().int().min(1),
  at: TimestampSchema,
  by: z.string().min(1),
  command: z.unknown(),
});
export type JournalEntry = z.infer<typeof JournalEntrySchema>;

export function encodeJournalEntry(entry: JournalEntry): string {
  return `${JSON.stringify(entry)}\n`;
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
    const result = executeCommand(current, entry.command, { at: entry.at, by: entry.by });
    if (!result.ok) return { doc: current, applied, skipped, stopped: { rev: entry.rev, reason: result.error.message } };
    current = result.doc;
    applied++;
  }
  return { doc: current, applied, skipped };
}
