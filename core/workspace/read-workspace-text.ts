// Runs anywhere (core): decide what a workspace file's text is: a good workspace (migrated
// if old), or exactly what is wrong with it: empty, NUL-filled, cut short, not JSON, not
// a workspace, failing the schema, or written by a newer version.
import { toPathIssues, type PathIssue } from '../model/issue-path';
import { CURRENT_SCHEMA_VERSION, WORKSPACE_FORMAT } from '../model/schema-version';
import { WorkspaceSchema, type Workspace } from '../model/workspace';
import { languageIssues } from '../model/integrity';
import { migrateToCurrent } from './migrations';
import { withSegmentStandIns } from './slim-segments';

export type WorkspaceProblemKind =
  | 'empty'
  | 'nul-filled'
  | 'truncated'
  | 'invalid-json'
  | 'not-a-workspace'
  | 'schema-invalid'
  | 'migration-failed'
  | 'unsupported-version'
  | 'newer-version'
  | 'not-found';

export interface WorkspaceProblem {
  kind: WorkspaceProblemKind;
  /** One sentence that starts with the file's name: "workspace.json is empty". */
  message: string;
  issues: PathIssue[];
}

export type WorkspaceTextResult = { ok: true; doc: Workspace; migratedFrom: number | null } | { ok: false; problem: WorkspaceProblem };

/** Damage the file can be recovered from by loading a backup. A newer version, or no file, is not damage. */
export function isDamage(kind: WorkspaceProblemKind): boolean {
  return kind !== 'newer-version' && kind !== 'not-found';
}

function lineAndColumn(text: string, position: number): string {
  let line = 1;
  let column = 1;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      column = 1;
    } else column++;
  }
  return `line ${line}, column ${column}`;
}

const problem = (kind: WorkspaceProblemKind, message: string, issues: PathIssue[] = []): WorkspaceTextResult => ({ ok: false, problem: { kind, message, issues } });

export function readWorkspaceText(text: string, name = 'The workspace file'): WorkspaceTextResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return problem('empty', `${name} is empty (${text.length} bytes, no content)`);
  const nul = body.indexOf('\u0000');
  if (nul >= 0) {
    const all = /^[\u0000\s]*$/.test(body);
    return problem('nul-filled', all ? `${name} contains only NUL bytes, typical of a write cut off by a crash` : `${name} contains NUL bytes from ${lineAndColumn(body, nul)} on, typical of a write cut off by a crash`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = Number(/position (\d+)/.exec(message)?.[1] ?? NaN);
    const end = body.trimEnd().length;
    if (/end of JSON input|Unterminated/i.test(message) || position >= end - 1) {
      return problem('truncated', `${name} is cut short: its JSON stops in the middle (${lineAndColumn(body, end)})`);
    }
    return problem('invalid-json', `${name} is not valid JSON: ${message.replace(/^JSON\.parse: /, '')}${Number.isFinite(position) ? ` (${lineAndColumn(body, position)})` : ''}`);
  }
  return readWorkspaceValue(raw, name);
}

/** The checks after JSON parsing: is it a workspace, which version, does it match the schema. */
export function readWorkspaceValue(raw: unknown, name = 'The workspace file'): WorkspaceTextResult {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || (raw as { format?: unknown }).format !== WORKSPACE_FORMAT) {
    return problem('not-a-workspace', `${name} is JSON but not a Briefing Desk workspace (no "format": "${WORKSPACE_FORMAT}")`, [{ path: '$.format', message: 'missing or wrong' }]);
  }
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number') return problem('schema-invalid', `${name} has no schema version`, [{ path: '$.schemaVersion', message: 'must be a number' }]);
  let value: unknown = raw;
  let migratedFrom: number | null = null;
  if (version !== CURRENT_SCHEMA_VERSION) {
    const migrated = migrateToCurrent(raw, version);
    if (!migrated.ok) return problem(migrated.kind, `${name} ${migrated.message}`, migrated.issues);
    value = migrated.value;
    migratedFrom = migrated.from;
  }
  // Fast path: segments checked by hand, the structure around them by zod. The document
  // returned is the parsed JSON itself (the schema has no transforms, so zod's copy would
  // be identical). If anything fails, zod checks everything and says what is wrong.
  const slim = WorkspaceSchema.safeParse(withSegmentStandIns(value));
  if (slim.success) {
    const doc = value as Workspace;
    const stray = languageIssues(doc, { segments: true });
    if (stray.length === 0) return { ok: true, doc, migratedFrom };
  }
  const parsed = WorkspaceSchema.safeParse(value);
  if (!parsed.success) {
    const issues = toPathIssues(parsed.error.issues);
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
    return problem('schema-invalid', `${name} does not match the workspace schema${migratedFrom ? ` after migration from version ${migratedFrom}` : ''}: ${issues[0]!.path}: ${issues[0]!.message}${more}`, issues);
  }
  return { ok: true, doc: parsed.data, migratedFrom };
}
