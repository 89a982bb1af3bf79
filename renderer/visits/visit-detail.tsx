// Runs in the renderer: one visit: its delegation and dates, its title in each language,
// the itinerary editor and the sections chosen for its pack.
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../core/model/visits';
import type { Workspace } from '../../core/model/workspace';
import { CommitField } from '../forms/commit-field';
import { CommandErrorNotice } from '../forms/command-error-notice';
import { ConfirmButton } from '../forms/confirm-button';
import { LocalizedTextGrid } from '../forms/localized-text-grid';
import { LocalizedLabel, pickForUi } from '../workspace/localized-label';
import { useCommand } from '../workspace/workspace-context';
import { PackSections } from './pack-sections';
import { ItineraryEditor } from './itinerary-editor';

export function VisitDetail({ visit, doc }: { visit: Visit; doc: Workspace }) {
  const { t, i18n } = useTranslation();
  const { run, error } = useCommand();
  const titles = useCommand();
  const languages = [doc.languages.source, ...doc.languages.targets];
  const update = (patch: { delegationId?: string; startDate?: string; endDate?: string }) => run({ type: 'update', collection: 'visits', id: visit.id, patch });
  return (
    <article className="detail-pane" aria-labelledby="visit-title">
      <header className="detail-header">
        <h2 className="detail-title" id="visit-title">
          <LocalizedLabel text={visit.title} />
        </h2>
        <ConfirmButton label={t('visits:delete')} onConfirm={() => void run({ type: 'delete', collection: 'visits', id: visit.id })} />
      </header>
      {error && <CommandErrorNotice error={error} />}
      <div className="field-row">
        <label className="inline-field">
          <span className="inline-field-label">{t('visits:fields.delegation')}</span>
          <select value={visit.delegationId} onChange={(event) => void update({ delegationId: event.target.value })}>
            {doc.delegations.map((d) => (
              <option key={d.id} value={d.id}>
                {pickForUi(d.name, i18n.language).value}
              </option>
            ))}
          </select>
        </label>
        <div className="inline-field">
          <span className="inline-field-label">{t('visits:fields.start')}</span>
          <CommitField type="date" value={visit.startDate} label={t('visits:fields.start')} required onCommit={(startDate) => update({ startDate })} />
        </div>
        <div className="inline-field">
          <span className="inline-field-label">{t('visits:fields.end')}</span>
          <CommitField type="date" value={visit.endDate} label={t('visits:fields.end')} required onCommit={(endDate) => update({ endDate })} />
        </div>
      </div>

      <h3 className="detail-subtitle">{t('visits:fields.title')}</h3>
      <LocalizedTextGrid
        languages={languages}
        value={visit.title}
        label={t('visits:fields.title')}
        requiredLanguages={[doc.languages.source.code]}
        error={titles.error}
        onCommit={(title) => titles.run({ type: 'update', collection: 'visits', id: visit.id, patch: { title } })}
      />

      <h3 className="detail-subtitle">{t('visits:stops.title')}</h3>
      <ItineraryEditor visit={visit} doc={doc} />

      <h3 className="detail-subtitle">{t('visits:pack.title')}</h3>
      <PackSections visit={visit} doc={doc} />
    </article>
  );
}
