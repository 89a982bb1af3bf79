// Runs in Node (main process and CLI): what the store could not write, kept until the next
// write of the same kind succeeds, so the user hears of it at once and hears again when it
// has caught up. The most serious one is what the user sees: a change refused before a
// snapshot that is behind (the journal still holds everything) before a missing backup.
import { basename } from 'node:path';
import { STORAGE_OPERATIONS, type FailingStorage, type StorageOperation, type StorageStatus } from '../../core/ipc/storage-schemas';
import { writeFailureReason, type WriteFailureReason } from '../files/write-failed-error';

export type { StorageOperation };
/** Most serious first: a change refused (not saved), the snapshot behind (changes safe in the journal), no new backup. */
const SEVERITY: readonly StorageOperation[] = STORAGE_OPERATIONS;

export interface StorageProblem {
  operation: StorageOperation;
  reason: WriteFailureReason;
  /** The workspace file's name. */
  file: string;
  /** The technical detail (English), shown as such. */
  detail: string;
  error: Error;
}

export class StorageProblems {
  private readonly current = new Map<StorageOperation, StorageProblem>();
  private readonly listeners = new Set<(problem: StorageProblem | null) => void>();

  constructor(private readonly file: string) {}

  /** The most serious problem now, or null when every write has caught up. */
  get worst(): StorageProblem | null {
    for (const operation of SEVERITY) {
      const problem = this.current.get(operation);
      if (problem) return problem;
    }
    return null;
  }

  has(operation: StorageOperation): StorageProblem | undefined {
    return this.current.get(operation);
  }

  listen(listener: (problem: StorageProblem | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  failed(operation: StorageOperation, error: unknown): void {
    const failure = error instanceof Error ? error : new Error(String(error));
    this.current.set(operation, { operation, reason: writeFailureReason(failure), file: basename(this.file), detail: failure.message, error: failure });
    this.emit();
  }

  succeeded(operation: StorageOperation): void {
    if (this.current.delete(operation)) this.emit();
  }

  private emit(): void {
    const worst = this.worst;
    for (const listener of this.listeners) listener(worst);
  }
}

/** The problem as the contract's host event carries it. */
export function storageStatusOf(problem: StorageProblem | null): StorageStatus {
  return problem ? failingStatusOf(problem) : { state: 'ok' };
}

export function failingStatusOf(problem: StorageProblem): FailingStorage {
  return { state: 'failing', operation: problem.operation, reason: problem.reason, file: problem.file, detail: problem.detail };
}
