// Runs in Node (main process and CLI): why a workspace could not be opened, in words the
// user can act on. Each names the file.
import type { WorkspaceProblem } from '../../core/workspace/read-workspace-text';

export { WorkspaceLockedError } from './file-lock';

export class WorkspaceNotFoundError extends Error {
  constructor(readonly file: string) {
    super(`${file} does not exist`);
  }
}

/** Written by a newer Briefing Desk: refused as it is, never set aside or overwritten. */
export class WorkspaceTooNewError extends Error {
  constructor(
    readonly file: string,
    readonly problem: WorkspaceProblem,
  ) {
    super(problem.message);
  }
}

/** Damaged, and no backup could stand in for it. The file is left where it is. */
export class WorkspaceUnrecoverableError extends Error {
  constructor(
    readonly file: string,
    readonly problem: WorkspaceProblem,
    readonly backupsTried: { path: string; problem: string }[],
  ) {
    super(
      `${problem.message}. ${backupsTried.length ? `None of its ${backupsTried.length} backups could be read either` : 'It has no backup to recover from'}; the file has been left as it is.`,
    );
  }
}

export class StoreClosedError extends Error {
  constructor(readonly file: string) {
    super(`The workspace ${file} is closed`);
  }
}
