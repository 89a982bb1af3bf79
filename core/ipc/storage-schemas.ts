// Runs anywhere (core): the host's word that it could not write the workspace (a full or
// failing disk, browser storage refusing a write), or that it has caught up again. The page
// says it in the user's language, with what to do; `detail` is the technical reason in English.
import { z } from 'zod';

export const STORAGE_OPERATIONS = ['change', 'snapshot', 'backup'] as const;
export const STORAGE_FAILURE_REASONS = ['disk-full', 'io-error', 'no-permission', 'read-only', 'other'] as const;

export const FailingStorageSchema = z.strictObject({
  state: z.literal('failing'),
  /** change: the last change was refused, not saved; snapshot: changes are safe in the journal but the file is behind; backup: no new backup. */
  operation: z.enum(STORAGE_OPERATIONS),
  reason: z.enum(STORAGE_FAILURE_REASONS),
  /** The workspace's file name. */
  file: z.string(),
  detail: z.string(),
});

export type FailingStorage = z.infer<typeof FailingStorageSchema>;

export const StorageStatusSchema = z.discriminatedUnion('state', [
  FailingStorageSchema,
  /** Every write has caught up. */
  z.strictObject({ state: z.literal('ok') }),
]);
export type StorageStatus = z.infer<typeof StorageStatusSchema>;
export type StorageOperation = (typeof STORAGE_OPERATIONS)[number];
export type StorageFailureReason = (typeof STORAGE_FAILURE_REASONS)[number];
