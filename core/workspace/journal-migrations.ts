// Runs anywhere (core): journal lines written under an older schema version. A command of
// version N is brought to N + 1 by the step registered for N (the one who bumps the schema
// adds the step: the identity when commands did not change, a rewrite when they did). A
// line with no path to the current version is refused with the reason, and the store then
// sets the journal aside (never deletes it) instead of replaying it blindly.
import { CURRENT_SCHEMA_VERSION } from '../model/schema-version';

/** Version N's command → version N + 1's. Version 2 is the first whose builds kept a journal. */
export const JOURNAL_COMMAND_STEPS: Readonly<Record<number, (command: unknown) => unknown>> = {};

export type JournalCommandMigration = { ok: true; command: unknown } | { ok: false; reason: string };

export function migrateJournalCommand(command: unknown, version: number, steps = JOURNAL_COMMAND_STEPS): JournalCommandMigration {
  if (version > CURRENT_SCHEMA_VERSION) {
    return { ok: false, reason: `it was written by a newer Briefing Desk (schema version ${version}; this one reads up to ${CURRENT_SCHEMA_VERSION})` };
  }
  let current = command;
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v++) {
    const step = steps[v];
    if (!step) return { ok: false, reason: `it was written under schema version ${version}, and changes of that version cannot be replayed by this one` };
    current = step(current);
  }
  return { ok: true, command: current };
}
