// Runs anywhere (core): a journal line's command of schema 2 → 3, for a journal left by a
// version-2 build (workspace migration: migrate-v2-to-v3.ts). A stop's one interpreter
// and pair become a list of interpreters, each with its pair; a visit added under v2 gets
// the default time zone and no issued versions. A stop that named an interpreter without a
// pair cannot be rewritten without guessing: the line is refused and the journal set aside.
import { DEFAULT_TIME_ZONE } from '../../model/time-zone';

export class JournalStepError extends Error {}

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

function stopV2ToV3(stop: unknown): unknown {
  if (!isObject(stop) || (!('interpreterId' in stop) && !('languagePair' in stop))) return stop;
  const { interpreterId, languagePair, ...rest } = stop;
  if (interpreterId === null || interpreterId === undefined) return { ...rest, interpreters: [] };
  if (!Array.isArray(languagePair)) {
    throw new JournalStepError(`a change to stop "${String(stop.id ?? '')}" names interpreter "${String(interpreterId)}" without the language pair`);
  }
  return { ...rest, interpreters: [{ interpreterId, pair: [languagePair[0], languagePair[1]] }] };
}

function visitV2ToV3(visit: unknown): unknown {
  if (!isObject(visit)) return visit;
  const stops = Array.isArray(visit.stops) ? visit.stops.map(stopV2ToV3) : visit.stops;
  return { timeZone: DEFAULT_TIME_ZONE, issuedVersions: [], ...visit, stops };
}

export function journalCommandV2ToV3(command: unknown): unknown {
  if (!isObject(command)) return command;
  if (command.type === 'add' && command.collection === 'stops') return { ...command, value: stopV2ToV3(command.value) };
  if (command.type === 'update' && command.collection === 'stops') return { ...command, patch: stopV2ToV3(command.patch) };
  if (command.type === 'add' && command.collection === 'visits') return { ...command, value: visitV2ToV3(command.value) };
  return command;
}
