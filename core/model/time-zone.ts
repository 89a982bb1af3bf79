// Runs anywhere (core): the IANA time zone a visit's times are written in. Checked with
// Intl, which every runtime ships, so "Asia/Shanghai" is accepted and "Mars/Base" is not.
import { z } from 'zod';

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const known = new Map<string, boolean>();

/** True for a zone name this runtime's Intl knows (cached: the check builds a formatter). */
export function isKnownTimeZone(name: string): boolean {
  let answer = known.get(name);
  if (answer === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: name });
      answer = /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(name) || name === 'UTC';
    } catch {
      answer = false;
    }
    known.set(name, answer);
  }
  return answer;
}

export const TimeZoneSchema = z
  .string()
  .max(64)
  .refine(isKnownTimeZone, { message: 'must be an IANA time zone such as "Asia/Shanghai"' })
  .meta({ id: 'TimeZone', description: 'An IANA time zone name, e.g. "Asia/Shanghai".' });
