// Runs anywhere (core): identifiers of everything in a workspace.
import { z } from 'zod';
import { ID_PATTERN } from './text-rules';

/**
 * Ids are unique across the whole workspace, so a command can name any entity by id
 * alone. They are chosen by whoever builds the command (never by `applyCommand`), so
 * replaying a journal gives the very same ids.
 */
export const IdSchema = z
  .string()
  .regex(ID_PATTERN, 'must be 1–100 letters, digits, "-" or "_"')
  .meta({ description: 'Unique across the whole workspace.' });
export type Id = z.infer<typeof IdSchema>;

let counter = 0;

/** A fresh id such as `seg-lx3k9q2a-4f7ma1`: time plus randomness, readable prefix. */
export function createId(prefix: string): string {
  counter = (counter + 1) % 1296;
  const time = Date.now().toString(36);
  const random = Math.floor(Math.random() * 36 ** 6).toString(36).padStart(6, '0');
  return `${prefix}-${time}${counter.toString(36).padStart(2, '0')}-${random}`;
}
