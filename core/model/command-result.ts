// Runs anywhere (core): what applying a command gives: the new document, or a refusal
// that says what is wrong and where, for the UI to show.
import type { PathIssue } from './issue-path';
import type { Workspace } from './workspace';

export type CommandErrorCode =
  | 'invalid-command' // the command fails its schema
  | 'not-found' // it names an id the workspace does not have
  | 'conflict'; // it would break the workspace (an id taken, a venue still used, ...)

export interface CommandError {
  code: CommandErrorCode;
  message: string;
  issues: PathIssue[];
}

export type ApplyResult = { ok: true; doc: Workspace } | { ok: false; error: CommandError };

export class CommandRejection extends Error {
  constructor(
    readonly code: CommandErrorCode,
    message: string,
    readonly issues: PathIssue[] = [],
  ) {
    super(message);
  }
}

export function reject(code: CommandErrorCode, message: string, issues: PathIssue[] = []): never {
  throw new CommandRejection(code, message, issues);
}
