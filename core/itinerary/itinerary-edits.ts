// Runs anywhere (core): the itinerary editor's changes as typed commands, and the command
// that undoes each one. Pure, so the editor's undo is tested without a screen: moving,
// resizing, adding, duplicating and deleting stops, and what each of them reverses to.
import { assertNever } from '../assert-never';
import type { Command } from '../model/commands';
import { createId } from '../model/ids';
import { newSegment, type ChangeContext } from '../model/segment';
import type { Stop, Visit } from '../model/visits';
import type { Workspace } from '../model/workspace';
import { crossesMidnight } from '../model/stop-times';
import { addDays, minutesOfDay, timeOfDay } from './zoned-time';

export const STEP_MINUTES = 5;

/** A stop moved by `minutes` (its length kept), crossing into the day before or after when it must. */
export function movedStop(stop: Stop, minutes: number): Pick<Stop, 'date' | 'start' | 'end'> {
  const start = minutesOfDay(stop.start) + minutes;
  const length = (minutesOfDay(stop.end) - minutesOfDay(stop.start) + 1440) % 1440 || 1440;
  const dayShift = Math.floor(start / 1440);
  return { date: addDays(stop.date, dayShift), start: timeOfDay(start), end: timeOfDay(start + length) };
}

/** A stop whose end moves by `minutes`, never shorter than one step, never a day or longer. */
export function resizedStop(stop: Stop, minutes: number): Pick<Stop, 'end'> {
  const length = (minutesOfDay(stop.end) - minutesOfDay(stop.start) + 1440) % 1440 || 1440;
  const next = Math.min(1440 - STEP_MINUTES, Math.max(STEP_MINUTES, length + minutes));
  return { end: timeOfDay(minutesOfDay(stop.start) + next) };
}

export function moveCommand(stop: Stop, minutes: number): Command {
  return { type: 'update', collection: 'stops', id: stop.id, patch: movedStop(stop, minutes) };
}

export function resizeCommand(stop: Stop, minutes: number): Command {
  return { type: 'update', collection: 'stops', id: stop.id, patch: resizedStop(stop, minutes) };
}

/** A new stop on `date`: an hour after the day's last stop (09:00 on an empty day), at its venue, with its interpreters. */
export function newStopCommand(doc: Workspace, visit: Visit, date: string, ctx: ChangeContext): Command & { type: 'add' } {
  const sameDay = visit.stops.filter((s) => s.date === date && !crossesMidnight(s)).sort((a, b) => a.end.localeCompare(b.end));
  const last = sameDay.at(-1);
  const startMinutes = last ? Math.min(minutesOfDay(last.end) + 15, 22 * 60) : 9 * 60;
  const id = createId('stop');
  const value: Stop = {
    id,
    date,
    start: timeOfDay(startMinutes),
    end: timeOfDay(startMinutes + 60),
    venueId: last?.venueId ?? doc.venues[0]?.id ?? '',
    activity: newSegment(createId('seg'), '', ctx),
    hosts: [],
    speakers: [],
    interpreters: last ? last.interpreters.map((i) => ({ ...i, pair: [i.pair[0], i.pair[1]] })) : [],
    notes: [],
  };
  return { type: 'add', collection: 'stops', parentId: visit.id, value };
}

/** A copy of a stop right after it (new ids everywhere), same day, same length. */
export function duplicateCommand(visit: Visit, stop: Stop): Command {
  const copy = JSON.parse(JSON.stringify(stop)) as Stop;
  copy.id = createId('stop');
  copy.activity.id = createId('seg');
  copy.notes = copy.notes.map((note) => ({ ...note, id: createId('note'), text: { ...note.text, id: createId('seg') } }));
  Object.assign(copy, movedStop(stop, minutesOfDay(stop.end) - minutesOfDay(stop.start) > 0 ? minutesOfDay(stop.end) - minutesOfDay(stop.start) : 60));
  return { type: 'add', collection: 'stops', parentId: visit.id, index: visit.stops.indexOf(stop) + 1, value: copy };
}

/** The command that puts `doc` back as it was before `command`; null for what cannot be undone (issuing a version). */
export function inverseCommand(doc: Workspace, command: Command): Command | null {
  switch (command.type) {
    case 'add':
      return 'id' in command.value && typeof command.value.id === 'string' ? { type: 'delete', collection: command.collection, id: command.value.id } : null;
    case 'delete': {
      if (command.collection === 'stops') {
        for (const visit of doc.visits) {
          const index = visit.stops.findIndex((s) => s.id === command.id);
          if (index >= 0) return { type: 'add', collection: 'stops', parentId: visit.id, index, value: visit.stops[index]! };
        }
      }
      if (command.collection === 'stopNotes') {
        for (const stop of doc.visits.flatMap((v) => v.stops)) {
          const index = stop.notes.findIndex((n) => n.id === command.id);
          if (index >= 0) return { type: 'add', collection: 'stopNotes', parentId: stop.id, index, value: stop.notes[index]! };
        }
      }
      return null;
    }
    case 'update': {
      const current = findEntity(doc, command.collection, command.id);
      if (!current) return null;
      // An optional field that was absent goes back to its neutral value (no buffer is 0 minutes).
      const previous = Object.fromEntries(Object.keys(command.patch).map((key) => [key, current[key] ?? (key === 'bufferMinutes' ? 0 : null)]));
      return { ...command, patch: previous } as Command;
    }
    case 'setSource': {
      const text = findSegmentText(doc, command.segmentId);
      return text === undefined ? null : { type: 'setSource', segmentId: command.segmentId, text, keepStatuses: true };
    }
    // Not made by the itinerary editor, so its undo never sees them (issuing is final).
    case 'move':
    case 'setTranslation':
    case 'renameWorkspace':
    case 'addLanguage':
    case 'updateLanguage':
    case 'removeLanguage':
    case 'moveLanguage':
    case 'setTravelTime':
    case 'setPack':
    case 'addTableColumn':
    case 'deleteTableColumn':
    case 'issueVersion':
    case 'setHost':
    case 'setSlideNote':
    case 'setSlideHidden':
    case 'setSlideOrder':
      return null;
    default:
      return assertNever(command, 'command');
  }
}

function findEntity(doc: Workspace, collection: string, id: string): Record<string, unknown> | undefined {
  switch (collection) {
    case 'stops':
      return doc.visits.flatMap((v) => v.stops).find((s) => s.id === id);
    case 'visits':
      return doc.visits.find((v) => v.id === id);
    case 'venues':
      return doc.venues.find((v) => v.id === id);
    case 'stopNotes':
      return doc.visits.flatMap((v) => v.stops.flatMap((s) => s.notes)).find((n) => n.id === id);
    default: // not a union: any collection name; the editor only undoes these four
      return undefined;
  }
}

function findSegmentText(doc: Workspace, segmentId: string): string | undefined {
  for (const stop of doc.visits.flatMap((v) => v.stops)) {
    if (stop.activity.id === segmentId) return stop.activity.source.text;
    for (const note of stop.notes) if (note.text.id === segmentId) return note.text.source.text;
  }
  return undefined;
}
