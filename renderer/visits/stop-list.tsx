// Runs in the renderer: a visit's itinerary as a read-only list: day, time, venue,
// activity, interpreter and language pair. Editing stops comes with the itinerary editor.
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../core/model/visits';
import type { Workspace } from '../../core/model/workspace';
import { formatDate, languageName, textAttributes } from '../workspace/language-display';
import { LocalizedLabel } from '../workspace/localized-label';

export function StopList({ visit, doc }: { visit: Visit; doc: Workspace }) {
  const { t, i18n } = useTranslation();
  const venues = new Map(doc.venues.map((v) => [v.id, v]));
  const interpreters = new Map(doc.delegations.find((d) => d.id === visit.delegationId)?.interpreters.map((i) => [i.id, i]) ?? []);
  const contentCode = i18n.language.split('-')[0]!;
  const guest = doc.languages.targets.find((l) => l.code === contentCode);
  if (visit.stops.length === 0) return <p className="quiet-note">{t('visits:stops.none')}</p>;
  return (
    <ol className="stop-list">
      {visit.stops.map((stop) => {
        const venue = venues.get(stop.venueId);
        const activity = (guest && stop.activity.translations[guest.code]?.text) || stop.activity.source.text;
        const activityLanguage = guest && stop.activity.translations[guest.code]?.text ? guest : doc.languages.source;
        return (
          <li className="stop" key={stop.id} data-stop-id={stop.id}>
            <p className="stop-time">
              <span>{formatDate(stop.date, i18n.language, { month: 'short', day: 'numeric', weekday: 'short' })}</span>
              <bdi dir="ltr">
                {stop.start}–{stop.end}
              </bdi>
            </p>
            <div className="stop-body">
              <p className="stop-activity" {...textAttributes(activityLanguage)}>
                {activity}
              </p>
              <p className="stop-venue">{venue ? <LocalizedLabel text={venue.name} /> : stop.venueId}</p>
              {stop.interpreters.map((assigned) => (
                <p className="stop-meta" key={assigned.interpreterId}>
                  <bdi>{interpreters.get(assigned.interpreterId)?.name ?? assigned.interpreterId}</bdi>
                  {' · '}
                  {t('delegations:interpreters.pair', { from: languageName(assigned.pair[0], i18n.language), to: languageName(assigned.pair[1], i18n.language) })}
                </p>
              ))}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
