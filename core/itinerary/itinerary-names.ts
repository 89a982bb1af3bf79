// Runs anywhere (core): how stops, venues and visits are named in messages and notices, in
// a given language (falling back to English, then Chinese, like the packs).
import { pickLocalized } from '../model/localized-text';
import type { Stop } from '../model/visits';
import type { Workspace } from '../model/workspace';
import type { StopRef } from './findings';

/** "zh-CN" → "zh": UI languages name content languages by their base code. */
export const contentLanguage = (language: string) => language.split('-')[0]!;

export function venueName(doc: Workspace, venueId: string, language: string): string {
  const venue = doc.venues.find((v) => v.id === venueId);
  return venue ? pickLocalized(venue.name, contentLanguage(language)) : venueId;
}

export function visitTitle(doc: Workspace, visitId: string, language: string): string {
  const visit = doc.visits.find((v) => v.id === visitId);
  return visit ? pickLocalized(visit.title, contentLanguage(language)) : visitId;
}

export function activityText(stop: Stop, language: string): string {
  const code = contentLanguage(language);
  const translation = stop.activity.translations[code];
  return translation && translation.status !== 'missing' ? translation.text : stop.activity.source.text;
}

/** "2026-04-16 09:00–09:45 Welcome address" */
export function stopLabel(doc: Workspace, at: StopRef, language: string): string {
  const stop = doc.visits.find((v) => v.id === at.visitId)?.stops.find((s) => s.id === at.stopId);
  if (!stop) return at.stopId;
  const activity = activityText(stop, language);
  return `${stop.date} ${stop.start}–${stop.end} ${activity.length > 60 ? `${activity.slice(0, 59)}…` : activity}`;
}

/** Monday … Sunday for ISO weekdays 1 … 7, in `language`. */
export function weekdayName(weekday: number, language: string): string {
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, weekday)));
}
