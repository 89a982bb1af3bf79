// Runs in the renderer: travel minutes between venues as a matrix. Times are symmetric,
// so only the cells above the diagonal are edited; those below repeat them. An emptied
// cell forgets the time.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { travelMinutes, type TravelTime, type Venue } from '../../core/model/venues';
import { CommitField } from '../forms/commit-field';
import { CommandErrorNotice } from '../forms/command-error-notice';
import { LocalizedLabel, pickForUi } from '../workspace/localized-label';
import { useCommand } from '../workspace/workspace-context';

/** Venues per page of the matrix: beyond this it shows one block of rows by one of columns. */
export const MATRIX_PAGE = 20;

export function TravelMatrix({ venues: all, times }: { venues: readonly Venue[]; times: readonly TravelTime[] }) {
  const { t, i18n } = useTranslation();
  const { run, error } = useCommand();
  const number = new Intl.NumberFormat(i18n.language);
  // n venues make n² cells: a large list is shown a block at a time, chosen by two pickers.
  const [rowPage, setRowPage] = useState(0);
  const [columnPage, setColumnPage] = useState(0);
  const pageCount = Math.ceil(all.length / MATRIX_PAGE);
  const paged = pageCount > 1;
  const rowStart = paged ? Math.min(rowPage, pageCount - 1) * MATRIX_PAGE : 0;
  const columnStart = paged ? Math.min(columnPage, pageCount - 1) * MATRIX_PAGE : 0;
  const rows = paged ? all.slice(rowStart, rowStart + MATRIX_PAGE) : all;
  const columns = paged ? all.slice(columnStart, columnStart + MATRIX_PAGE) : all;
  const pagePicker = (label: string, start: number, choose: (page: number) => void) => (
    <label className="toolbar-field">
      <span className="toolbar-label">{label}</span>
      <select value={start / MATRIX_PAGE} onChange={(event) => choose(Number(event.target.value))}>
        {pageOptions}
      </select>
    </label>
  );
  const pageOptions = Array.from({ length: pageCount }, (_, page) => (
    <option key={page} value={page}>
      {t('access:matrix.range', { from: number.format(page * MATRIX_PAGE + 1), to: number.format(Math.min(all.length, (page + 1) * MATRIX_PAGE)) })}
    </option>
  ));
  return (
    <section className="matrix-section" aria-labelledby="travel-title">
      <h2 className="section-title" id="travel-title">
        {t('venues:travel.title')}
      </h2>
      <p className="section-help">{t('venues:travel.help')}</p>
      {error && <CommandErrorNotice error={error} />}
      {paged && (
        <div className="matrix-pages">
          {pagePicker(t('access:matrix.rows'), rowStart, setRowPage)}
          {pagePicker(t('access:matrix.columns'), columnStart, setColumnPage)}
        </div>
      )}
      <div className="matrix-scroll">
        <table className="travel-matrix" aria-rowcount={paged ? all.length + 1 : undefined} aria-colcount={paged ? all.length + 1 : undefined}>
          <thead>
            <tr aria-rowindex={paged ? 1 : undefined}>
              <th scope="col" className="matrix-corner" aria-colindex={paged ? 1 : undefined}>
                {t('venues:travel.fromTo')}
              </th>
              {columns.map((venue, c) => (
                <th scope="col" key={venue.id} title={pickForUi(venue.name, i18n.language).value} aria-colindex={paged ? columnStart + c + 2 : undefined}>
                  {columnStart + c + 1}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((from, r) => {
              const row = rowStart + r;
              return (
              <tr key={from.id} aria-rowindex={paged ? row + 2 : undefined}>
                <th scope="row" className="matrix-venue" aria-colindex={paged ? 1 : undefined}>
                  <span className="venue-number">{row + 1}</span> <LocalizedLabel text={from.name} />
                </th>
                {columns.map((to, c) => {
                  const column = columnStart + c;
                  const colIndex = paged ? column + 2 : undefined;
                  const minutes = travelMinutes(times, from.id, to.id);
                  if (row === column) return <td key={to.id} className="matrix-self" aria-hidden="true" aria-colindex={colIndex} />;
                  if (column < row) {
                    return (
                      <td key={to.id} className="matrix-mirror" aria-colindex={colIndex}>
                        {minutes === undefined ? '' : number.format(minutes)}
                      </td>
                    );
                  }
                  const names = `${pickForUi(from.name, i18n.language).value} → ${pickForUi(to.name, i18n.language).value}`;
                  return (
                    <td key={to.id} className="matrix-cell" data-from={from.id} data-to={to.id} aria-colindex={colIndex}>
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
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
