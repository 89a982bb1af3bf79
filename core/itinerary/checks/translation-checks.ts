// Runs anywhere (core): a stop the delegation cannot read: its venue's name or its activity
// has no text in one of the delegation's languages.
import { statusIn } from '../../model/segment';
import { ref, type CheckContext } from '../check-context';
import type { RawFinding } from '../findings';

export function missingTranslation(ctx: CheckContext): RawFinding<'missing-translation'>[] {
  const out: RawFinding<'missing-translation'>[] = [];
  const source = ctx.doc.languages.source.code;
  for (const { visit, delegation, stops } of ctx.checked) {
    const languages = (delegation?.primaryLanguages ?? []).filter((code) => code !== source);
    for (const { stop } of stops) {
      const venue = ctx.venues.get(stop.venueId);
      for (const language of languages) {
        const involved = { stops: [ref(visit, stop)], venues: [stop.venueId], people: [] };
        if (venue && !venue.name[language]?.trim()) out.push({ check: 'missing-translation', visitId: visit.id, stopId: stop.id, part: 'venue', language, involved });
        if (statusIn(stop.activity, language) === 'missing') out.push({ check: 'missing-translation', visitId: visit.id, stopId: stop.id, part: 'activity', language, involved });
      }
    }
  }
  return out;
}
