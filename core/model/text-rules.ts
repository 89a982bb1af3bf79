// Runs anywhere (core): the string rules shared by the schemas and by the fast segment
// check, written once so the two cannot disagree.
import { z } from 'zod';

/** ISO 8601 in UTC, as Date.prototype.toISOString writes it (fractions optional). */
export const UTC_TIMESTAMP = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?Z$/;
export const NOT_BLANK = /\S/;
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
export const LANGUAGE_CODE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Text that must say something: not empty, not only spaces. Kept as written (never trimmed). */
export function nonBlank(max: number) {
  return z.string().min(1).max(max).regex(NOT_BLANK, 'must not be blank');
}

export const TimestampSchema = z
  .string()
  .regex(UTC_TIMESTAMP, 'must be an ISO 8601 UTC time such as "2026-04-16T09:30:00.000Z"')
  .meta({ format: 'date-time', description: 'When, ISO 8601 in UTC.' });
