// Runs in Node (main process and CLI): a file that could not be written, with the reason
// in words and as a kind the UI can say in the user's language (a full disk, a failing
// disk, no permission...). The message names the file and what was kept.
import { basename } from 'node:path';
import type { StorageFailureReason } from '../../core/ipc/storage-schemas';

export type WriteFailureReason = StorageFailureReason;

const REASONS: Record<string, { reason: WriteFailureReason; words: string }> = {
  ENOSPC: { reason: 'disk-full', words: 'the disk is full' },
  EDQUOT: { reason: 'disk-full', words: 'the disk quota is used up' },
  EFBIG: { reason: 'disk-full', words: 'the file is too large for this disk' },
  EIO: { reason: 'io-error', words: 'the disk reported an input/output error' },
  EACCES: { reason: 'no-permission', words: 'permission was denied' },
  EPERM: { reason: 'no-permission', words: 'the operation was not permitted' },
  EROFS: { reason: 'read-only', words: 'the disk is read-only' },
};

export function errorCodeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The kind of failure, for the user's language, from an error or its cause. */
export function writeFailureReason(error: unknown): WriteFailureReason {
  return REASONS[errorCodeOf(error) ?? '']?.reason ?? 'other';
}

export class WriteFailedError extends Error {
  readonly code: string | undefined;
  readonly reason: WriteFailureReason;

  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    const code = errorCodeOf(cause);
    const known = REASONS[code ?? ''];
    const detail = cause instanceof Error ? cause.message : String(cause);
    super(`could not write ${basename(file)}: ${known ? `${known.words} (${detail})` : detail}`, { cause });
    this.code = code;
    this.reason = known?.reason ?? 'other';
  }
}
