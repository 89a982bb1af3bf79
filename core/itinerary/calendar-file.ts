// Runs anywhere (core): a visit's .ics file in one language, named for saving, as both
// hosts hand it to the user (a save dialog in the app, a download in the browser).
import { allLanguageCodes } from '../model/language';
import type { Workspace } from '../model/workspace';
import { buildIcs } from './build-ics';
import { describeCalendar } from './calendar-description';

export type CalendarFile = { ok: true; fileName: string; text: string; events: number } | { ok: false; message: string };

export function calendarFile(doc: Workspace | null, visitId: string, language: string): CalendarFile {
  if (!doc) return { ok: false, message: 'No workspace is open' };
  const visit = doc.visits.find((v) => v.id === visitId);
  if (!visit) return { ok: false, message: `No visit has the id "${visitId}"` };
  if (!allLanguageCodes(doc.languages).includes(language)) return { ok: false, message: `"${language}" is not a language of this workspace` };
  const calendar = describeCalendar(doc, visit, language);
  const version = calendar.version === null ? 'draft' : `v${calendar.version}`;
  return { ok: true, fileName: `${visit.id}-${version}.${language}.ics`, text: buildIcs(calendar), events: calendar.events.length };
}
