// Runs anywhere (core): travel times between venues (symmetric) and the content chosen
// for a visit's pack.
import { reject } from './command-result';
import type { CommandOf } from './commands';
import { updateIn, type Path } from './immutable';
import type { Workspace } from './workspace';

export function setTravelTime(doc: Workspace, command: CommandOf<'setTravelTime'>): Workspace {
  for (const key of ['from', 'to'] as const) {
    if (!doc.venues.some((v) => v.id === command[key])) reject('not-found', `No venue has the id "${command[key]}"`, [{ path: `$.${key}`, message: 'not a venue' }]);
  }
  if (command.from === command.to) reject('invalid-command', 'A venue has no travel time to itself', [{ path: '$.to', message: 'same as from' }]);
  const isPair = (t: { from: string; to: string }) => (t.from === command.from && t.to === command.to) || (t.from === command.to && t.to === command.from);
  const others = doc.travelTimes.filter((t) => !isPair(t));
  const index = doc.travelTimes.findIndex(isPair);
  if (command.minutes === null) return { ...doc, travelTimes: others };
  const entry = { from: command.from, to: command.to, minutes: command.minutes };
  return { ...doc, travelTimes: index >= 0 ? doc.travelTimes.map((t, i) => (i === index ? entry : t)) : [...doc.travelTimes, entry] };
}

function pathOfVisit(doc: Workspace, id: string): Path {
  const index = doc.visits.findIndex((v) => v.id === id);
  if (index < 0) reject('not-found', `No visit has the id "${id}"`, [{ path: '$.visitId', message: 'not found' }]);
  return ['visits', index];
}

export function setPack(doc: Workspace, command: CommandOf<'setPack'>): Workspace {
  return updateIn(doc, pathOfVisit(doc, command.visitId), (visit) => ({ ...visit, pack: { sectionIds: command.sectionIds, excludedBlockIds: command.excludedBlockIds } }));
}
