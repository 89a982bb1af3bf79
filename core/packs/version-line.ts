// Runs anywhere (core): the line an itinerary prints under its title: "Version 2 · 2026-04-12"
// when the programme is the version last issued, "Draft, after version 2 · …" when it has
// changed since, nothing before a first issue. The date is the issue's, in the visit's zone.
import { draftChanges } from '../itinerary/itinerary-changes';
import { itineraryLabels } from '../itinerary/itinerary-labels';
import { wallClock } from '../itinerary/zoned-time';
import type { IssuedVersion } from '../model/issued-versions';
import type { Visit } from '../model/visits';
import { formatDate } from './pack-format';

export function issuedOn(visit: Visit, version: IssuedVersion, lang: string): string {
  return formatDate(wallClock(Date.parse(version.issuedAt), visit.timeZone).date, lang);
}

export function versionLine(visit: Visit, sourceLanguage: string, lang: string): string | null {
  const last = visit.issuedVersions.at(-1);
  if (!last) return null;
  const labels = itineraryLabels(lang);
  const unchanged = draftChanges(visit, sourceLanguage)?.changes.length === 0;
  return unchanged ? labels.version(last.number, issuedOn(visit, last, lang)) : labels.draftAfter(last.number, issuedOn(visit, last, lang));
}
