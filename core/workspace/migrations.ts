// Runs anywhere (core): bring a workspace written by an older version up to the current
// schema, one version at a time; refuse one written by a newer version.
import { toPathIssues, type PathIssue } from '../model/issue-path';
import { CURRENT_SCHEMA_VERSION } from '../model/schema-version';
import { migrateV1ToV2, MigrationError } from './v1/migrate-v1-to-v2';
import { WorkspaceV1Schema } from './v1/schema-v1';
import { migrateV2ToV3 } from './v2/migrate-v2-to-v3';
import { WorkspaceV2Schema } from './v2/schema-v2';

type Step = (raw: unknown) => { ok: true; value: unknown } | { ok: false; issues: PathIssue[] };

/** Runs a migration, turning its MigrationError (a value it cannot carry over) into issues. */
function attempt(run: () => unknown): ReturnType<Step> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    if (error instanceof MigrationError) return { ok: false, issues: toPathIssues([{ path: error.path, message: error.message }]) };
    throw error;
  }
}

/** Each step reads version N (validating it with that version's schema) and returns N + 1. */
const STEPS: Record<number, Step> = {
  1: (raw) => {
    const parsed = WorkspaceV1Schema.safeParse(raw);
    if (!parsed.success) return { ok: false, issues: toPathIssues(parsed.error.issues) };
    return attempt(() => migrateV1ToV2(parsed.data));
  },
  2: (raw) => {
    const parsed = WorkspaceV2Schema.safeParse(raw);
    if (!parsed.success) return { ok: false, issues: toPathIssues(parsed.error.issues) };
    const source = (raw as { languages?: { source?: { code?: unknown } } }).languages?.source?.code;
    return attempt(() => migrateV2ToV3(parsed.data, typeof source === 'string' ? source : 'zh'));
  },
};

export const OLDEST_READABLE_VERSION = Math.min(...Object.keys(STEPS).map(Number));

export type MigrationResult =
  | { ok: true; value: unknown; from: number }
  | { ok: false; kind: 'newer-version' | 'unsupported-version' | 'migration-failed'; version: number; message: string; issues: PathIssue[] };

/** `raw` has `schemaVersion` below the current one: migrate it step by step. */
export function migrateToCurrent(raw: unknown, version: number): MigrationResult {
  if (version > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      kind: 'newer-version',
      version,
      message: `was saved by a newer Briefing Desk (workspace schema version ${version}); this version reads up to ${CURRENT_SCHEMA_VERSION}. Update Briefing Desk to open it. The file has not been changed.`,
      issues: [{ path: '$.schemaVersion', message: `${version} is newer than ${CURRENT_SCHEMA_VERSION}` }],
    };
  }
  if (!Number.isInteger(version) || version < OLDEST_READABLE_VERSION) {
    return { ok: false, kind: 'unsupported-version', version, message: `has schema version ${version}, which no version of Briefing Desk wrote`, issues: [{ path: '$.schemaVersion', message: 'unknown version' }] };
  }
  let value = raw;
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v++) {
    const step = STEPS[v]!(value);
    if (!step.ok) {
      return { ok: false, kind: 'migration-failed', version, message: `cannot be migrated from schema version ${v} to ${v + 1}: ${step.issues[0]?.path}: ${step.issues[0]?.message}`, issues: step.issues };
    }
    value = step.value;
  }
  return { ok: true, value, from: version };
}
