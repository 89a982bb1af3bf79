// Runs in the renderer: travel minutes between venues as a matrix. Times are symmetric,
// so only the cells above the diagonal are edited; those below repeat them. An emptied
// cell forgets the time.
import { useTranslation } from 'react-i18next';
import { travelMinutes, type TravelTime, type Venue } from '../../core/model/venues';
import { CommitField } from '../forms/commit-field';
import { CommandErrorNotice } from '../forms/command-error-notice';
import { LocalizedLabel, pickForUi } from '../workspace/localized-label';
import { useCommand } from '../workspace/workspace-context';

export function TravelMatrix({ venues, times }: { venues: readonly Venue[]; times: readonly TravelTime[] }) {
  const { t, i18n } = useTranslation();
  const { run, error } = useCommand();
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <section className="matrix-section" aria-labelledby="travel-title">
      <h2 className="section-title" id="travel-title">
        {t('venues:travel.title')}
      </h2>
      <p className="section-help">{t('venues:travel.help')}</p>
      {error && <CommandErrorNotice error={error} />}
      <div className="matrix-scroll">
        <table className="travel-matrix">
          <thead>
            <tr>
              <th scope="col" className="matrix-corner">
                {t('venues:travel.fromTo')}
              </th>
              {venues.map((venue, index) => (
                <th scope="col" key={venue.id} title={pickForUi(venue.name, i18n.language).value}>
                  {index + 1}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {venues.map((from, row) => (
              <tr key={from.id}>
                <th scope="row" className="matrix-venue">
                  <span className="venue-number">{row + 1}</span> <LocalizedLabel text={from.name} />
                </th>
                {venues.map((to, column) => {
                  const minutes = travelMinutes(times, from.id, to.id);
                  if (row === column) return <td key={to.id} className="matrix-self" aria-hidden="true" />;
                  if (column < row) {
                    return (
                      <td key={to.id} className="matrix-mirror">
                        {minutes === undefined ? '' : number.format(minutes)}
                      </td>
                    );
                  }
                  const names = `${pickForUi(from.name, i18n.language).value} → ${pickForUi(to.name, i18n.language).value}`;
                  return (
                    <td key={to.id} className="matrix-cell" data-from={from.id} data-to={to.id}>
                      <CommitField
                        type="number"
                        className="matrix-input"
                        value={minutes === undefined ? '' : String(minutes)}
                        label={t('venues:travel.cellLabel', { route: names })}
                        onCommit={(text) => {
                          const value = text.trim() === '' ? null : Number(text);
                          if (value !== null && (!Number.isInteger(value) || value < 0)) return Promise.resolve(false);
                          return run({ type: 'setTravelTime', from: from.id, to: to.id, minutes: value });
                        }}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
