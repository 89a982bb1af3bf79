// Runs anywhere (core): the small parts of a stop shared by the draft and issued copies:
// times of day and the interpreters working at a stop, each with the pair covered there.
import { z } from 'zod';
import { LanguagePairSchema } from './delegations';
import { IdSchema } from './ids';

export const TimeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time such as "09:30"');

/** One interpreter at one stop, and the language pair they cover there. */
export const StopInterpreterSchema = z
  .strictObject({ interpreterId: IdSchema, pair: LanguagePairSchema })
  .meta({ id: 'StopInterpreter' });
export type StopInterpreter = z.infer<typeof StopInterpreterSchema>;

/** A stop whose end is not after its start ends the next day (20:00–00:30). */
export function crossesMidnight(stop: { start: string; end: string }): boolean {
  return stop.end <= stop.start;
}
