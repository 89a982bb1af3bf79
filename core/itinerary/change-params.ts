// Runs anywhere (core): the values a change's message is filled with, in one language:
// when, what, where, and what it was before.
import { assertNever } from '../assert-never';
import { languageName } from '../i18n/language-name';
import type { IssuedStop } from '../model/issued-versions';
import { pickLocalized } from '../model/localized-text';
import type { Visit } from '../model/visits';
import type { Workspace } from '../model/workspace';
import type { MessageParams } from './finding-params';
import { shownStop, type ItineraryChange } from './itinerary-changes';
import { contentLanguage, venueName } from './itinerary-names';

export const stopWhen = (stop: IssuedStop) => `${stop.date} ${stop.start}–${stop.end}`;

export function interpreterList(doc: Workspace, visit: Visit, stop: IssuedStop, language: string): string {
  const delegation = doc.delegations.find((d) => d.id === visit.delegationId);
  const code = contentLanguage(language);
  const names = stop.interpreters.map((i) => {
    const name = delegation?.interpreters.find((p) => p.id === i.interpreterId)?.name ?? i.interpreterId;
    return `${name} (${languageName(i.pair[0], code)}–${languageName(i.pair[1], code)})`;
  });
  return names.length ? names.join(', ') : '—';
}

export function changeParams(change: ItineraryChange, doc: Workspace, visit: Visit, language: string): MessageParams {
  const code = contentLanguage(language);
  const stop = shownStop(change);
  const common = { when: stopWhen(stop), activity: pickLocalized(stop.activity, code, ['en', doc.languages.source.code]), venue: venueName(doc, stop.venueId, language) };
  switch (change.kind) {
    case 'added':
    case 'cancelled':
      return common;
    case 'moved':
      return { ...common, before: stopWhen(change.before), after: stopWhen(change.after) };
    case 'venue-changed':
      return { ...common, before: venueName(doc, change.before.venueId, language), after: venueName(doc, change.after.venueId, language) };
    case 'interpreter-changed':
      return { ...common, before: interpreterList(doc, visit, change.before, language), after: interpreterList(doc, visit, change.after, language) };
    default:
      return assertNever(change, 'itinerary change');
  }
}
