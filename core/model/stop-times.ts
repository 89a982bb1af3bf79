// Runs anywhere (core): the parts of a stop shared by the draft and issued copies: where
// and when, who hosts, speaks and interprets (each interpreter with the pair covered there).
import { z } from 'zod';
import { LanguagePairSchema } from './delegations';
import { IdSchema } from './ids';
import { nonBlank } from './text-rules';

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

/** When and where: the first fields of a stop, draft or issued. */
export const STOP_PLACE_SHAPE = {
  id: IdSchema,
  date: z.iso.date(),
  start: TimeOfDaySchema,
  end: TimeOfDaySchema,
  venueId: IdSchema,
};

/** Who: after the activity, in a stop draft or issued. */
export const STOP_PEOPLE_SHAPE = {
  hosts: z.array(nonBlank(200)),
  speakers: z.array(nonBlank(200)),
  /** Everyone interpreting at this stop, each with the pair covered (several for a multilingual delegation). */
  interpreters: z.array(StopInterpreterSchema),
};
