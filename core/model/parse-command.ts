// Runs anywhere (core): an untrusted command (from IPC, a journal, a test) checked
// against its own type's schema, so a bad one is explained precisely.
import { z } from 'zod';
import type { ApplyResult } from './command-result';
import { COMMAND_SCHEMAS, type Command, type CommandType } from './commands';
import { toPathIssues } from './issue-path';
import { nonBlank, TimestampSchema } from './text-rules';

export const ChangeContextSchema = z.strictObject({ at: TimestampSchema, by: nonBlank(80) });

const COMMAND_TYPES = Object.keys(COMMAND_SCHEMAS) as CommandType[];
type ApplyResultError = Extract<ApplyResult, { ok: false }>['error'];

/** Validates an untrusted command (from IPC, a journal, a test) against its type's schema. */
export function parseCommand(raw: unknown): { ok: true; command: Command } | { ok: false; error: ApplyResultError } {
  const type = raw && typeof raw === 'object' ? (raw as { type?: unknown }).type : undefined;
  if (typeof type !== 'string' || !COMMAND_TYPES.includes(type as CommandType)) {
    const error = { code: 'invalid-command' as const, message: `Unknown command type ${JSON.stringify(type ?? null)}; expected one of ${COMMAND_TYPES.join(', ')}`, issues: [{ path: '$.type', message: 'unknown command type' }] };
    return { ok: false, error };
  }
  const parsed = COMMAND_SCHEMAS[type as CommandType].safeParse(raw);
  if (parsed.success) return { ok: true, command: parsed.data as Command };
  const issues = toPathIssues(parsed.error.issues);
  const first = issues[0]!;
  return { ok: false, error: { code: 'invalid-command', message: `Invalid ${type} command: ${first.path}: ${first.message}`, issues } };
}
