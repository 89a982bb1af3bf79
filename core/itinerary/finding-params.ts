// Runs anywhere (core): the values a finding's message is filled with, in one language:
// names of stops, venues, people and languages, minutes. The message texts themselves are
// in locales/<lng>/itinerary.json under the registry's message key.
import { assertNever } from '../assert-never';
import { languageName } from '../i18n/language-name';
import type { Workspace } from '../model/workspace';
import { CHECKS } from './check-registry';
import type { Finding } from './findings';
import { activityText, contentLanguage, stopLabel, venueName, visitTitle, weekdayName } from './itinerary-names';

export type MessageParams = Record<string, string | number>;

export function findingParams(finding: Finding, doc: Workspace, language: string): MessageParams {
  const venue = (id: string) => venueName(doc, id, language);
  const stop = (at: { visitId: string; stopId: string }) => stopLabel(doc, at, language);
  const lang = (code: string) => languageName(code, contentLanguage(language));
  switch (finding.check) {
    case 'overlap':
      return { other: stop(finding.other) };
    case 'travel-time':
      return { previous: stop(finding.previous), from: venue(finding.from), to: venue(finding.to), travel: finding.travel, gap: finding.gap };
    case 'buffer':
      return { previous: stop(finding.previous), from: venue(finding.from), to: venue(finding.to), travel: finding.travel, buffer: finding.buffer, gap: finding.gap };
    case 'travel-unknown':
      return { from: venue(finding.from), to: venue(finding.to) };
    case 'venue-double-booked':
      return { venue: venue(finding.venueId), other: stop(finding.other), otherVisit: visitTitle(doc, finding.other.visitId, language) };
    case 'person-double-booked':
      return { person: finding.person, other: stop(finding.other), otherVisit: visitTitle(doc, finding.other.visitId, language) };
    case 'interpreter-pair':
      return { person: finding.involved.people[0] ?? finding.interpreterId, pair: `${lang(finding.pair[0])}–${lang(finding.pair[1])}` };
    case 'language-uncovered':
      return { language: lang(finding.language) };
    case 'outside-visit-dates':
      return { startDate: finding.startDate, endDate: finding.endDate };
    case 'outside-opening-hours': {
      const hours = doc.venues.find((v) => v.id === finding.venueId)?.openingHours ?? [];
      const today = hours.filter((p) => p.weekday === finding.weekday).map((p) => `${p.opens}–${p.closes}`);
      return { venue: venue(finding.venueId), weekday: weekdayName(finding.weekday, language), hours: today.length ? today.join(', ') : '—' };
    }
    case 'over-capacity':
      return { venue: venue(finding.venueId), capacity: finding.capacity, delegates: finding.delegates };
    case 'missing-translation': {
      const at = doc.visits.find((v) => v.id === finding.visitId)?.stops.find((s) => s.id === finding.stopId);
      const what = finding.part === 'venue' || !at ? venue(finding.involved.venues[0] ?? '') : activityText(at, language);
      return { what, language: lang(finding.language) };
    }
    default:
      return assertNever(finding, 'itinerary check');
  }
}

/** A message template ("Overlaps {{other}}") filled with a finding's values. */
export function fillMessage(template: string, params: MessageParams): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export const messageKeyOf = (finding: Finding) => CHECKS[finding.check].messageKey;
