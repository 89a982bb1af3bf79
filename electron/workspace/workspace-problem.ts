// Runs in the main process: why a workspace could not be opened, as the contract's
// problem codes, so the page can say it in the user's language and show the detail.
import type { WorkspaceProblemPayload } from '../../core/ipc/workspace-schemas';
import { WorkspaceLockedError, WorkspaceNotFoundError, WorkspaceTooNewError, WorkspaceUnrecoverableError } from '../store/store-errors';

export class SampleUnavailableError extends Error {}

export function problemOf(error: unknown): WorkspaceProblemPayload {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof WorkspaceLockedError) return { code: 'locked', message };
  if (error instanceof WorkspaceTooNewError) return { code: 'too-new', message };
  if (error instanceof WorkspaceUnrecoverableError) return { code: 'unrecoverable', message };
  if (error instanceof WorkspaceNotFoundError) return { code: 'not-found', message };
  if (error instanceof SampleUnavailableError) return { code: 'not-a-workspace', message };
  if ((error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') return { code: 'not-found', message };
  return { code: 'unreadable', message };
}
