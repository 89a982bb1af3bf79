// Runs anywhere (core): a visit's calendar in one language as plain data, before any file
// format: one event per stop of the last issued version (the draft, marked tentative,
// when nothing was issued yet), and a cancelled event for each stop an earlier version had
// and the last one dropped. Only public texts: internal notes never reach a calendar.
import type { IssuedStop } from '../model/issued-versions';
import { pickLocalized } from '../model/localized-text';
import type { Visit } from '../model/visits';
import type { Workspace } from '../model/workspace';
import { draftStops } from './itinerary-changes';
import { itineraryLabels } from './itinerary-labels';
import { stopHistories } from './stop-history';
import { endDate } from './stop-span';
import { wallClock } from './zoned-time';

export type EventStatus = 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';

export interface WallTime {
  date: string;
  time: string;
}

export interface CalendarEvent {
  uid: string;
  sequence: number;
  status: EventStatus;
  start: WallTime;
  end: WallTime;
  summary: string;
  location: string;
  description: string;
}

export interface CalendarDescription {
  name: string;
  timeZone: string;
  language: string;
  /** The issued version described, or null for a draft never issued. */
  version: number | null;
  /** DTSTAMP: when the version was issued (UTC ISO), or the workspace's last change. */
  stamp: string;
  events: CalendarEvent[];
}

/** FNV-1a, so a UID is stable for a workspace without storing anything new. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** The UID of a stop's event: the same in every export and every language. */
export function stopUid(doc: Workspace, visit: Visit, stopId: string): string {
  return `${stopId}.${visit.id}.${shortHash(doc.meta.createdAt)}@briefing-desk`;
}

export function describeCalendar(doc: Workspace, visit: Visit, language: string): CalendarDescription {
  const labels = itineraryLabels(language);
  const source = doc.languages.source.code;
  const pick = (text: Record<string, string>) => pickLocalized(text, language, ['en', source]);
  const latest = visit.issuedVersions.at(-1);
  const issuedOn = (at: string) => wallClock(Date.parse(at), visit.timeZone).date;

  const event = (stop: IssuedStop, sequence: number, status: EventStatus): CalendarEvent => {
    const venue = doc.venues.find((v) => v.id === stop.venueId);
    const address = venue ? pick(venue.address) : '';
    const lines = [
      stop.hosts.length ? `${labels.hosts}: ${stop.hosts.join('; ')}` : '',
      stop.speakers.length ? `${labels.speakers}: ${stop.speakers.join('; ')}` : '',
      ...stop.publicNotes.map(pick),
      latest ? labels.version(latest.number, issuedOn(latest.issuedAt)) : '',
    ];
    return {
      uid: stopUid(doc, visit, stop.id),
      sequence,
      status,
      start: { date: stop.date, time: stop.start },
      end: { date: endDate(stop), time: stop.end },
      summary: pick(stop.activity),
      location: [venue ? pick(venue.name) : stop.venueId, address].filter(Boolean).join(', '),
      description: lines.filter(Boolean).join('\n'),
    };
  };

  const events: CalendarEvent[] = [];
  if (!latest) {
    for (const stop of draftStops(visit, source)) events.push(event(stop, 0, 'TENTATIVE'));
  } else {
    for (const history of stopHistories(visit.issuedVersions).values()) {
      events.push(event(history.last, history.sequence, history.cancelled ? 'CANCELLED' : 'CONFIRMED'));
    }
  }
  events.sort((a, b) => `${a.start.date} ${a.start.time}`.localeCompare(`${b.start.date} ${b.start.time}`));
  return {
    name: pick(visit.title),
    timeZone: visit.timeZone,
    language,
    version: latest?.number ?? null,
    stamp: latest?.issuedAt ?? doc.meta.updatedAt,
    events,
  };
}
