// Runs in the renderer: one venue: its kind, its name and address in each language.
// A venue that a visit still stops at cannot be deleted; the store says which visit.
import { useTranslation } from 'react-i18next';
import { VENUE_KINDS, type Venue } from '../../core/model/venues';
import type { Workspace } from '../../core/model/workspace';
import { CommandErrorNotice } from '../forms/command-error-notice';
import { ConfirmButton } from '../forms/confirm-button';
import { LocalizedTextGrid } from '../forms/localized-text-grid';
import { LocalizedLabel } from '../workspace/localized-label';
import { useCommand } from '../workspace/workspace-context';
import { VENUE_KIND_KEYS } from './venue-labels';

export function VenueDetail({ venue, doc }: { venue: Venue; doc: Workspace }) {
  const { t } = useTranslation();
  const { run, error } = useCommand();
  const names = useCommand();
  const addresses = useCommand();
  const languages = [doc.languages.source, ...doc.languages.targets];
  const source = doc.languages.source.code;
  return (
    <article className="detail-pane" aria-labelledby="venue-title">
      <header className="detail-header">
        <h2 className="detail-title" id="venue-title">
          <LocalizedLabel text={venue.name} />
        </h2>
        <ConfirmButton label={t('venues:delete')} onConfirm={() => void run({ type: 'delete', collection: 'venues', id: venue.id })} />
      </header>
      {error && <CommandErrorNotice error={error} />}
      <label className="inline-field">
        <span className="inline-field-label">{t('venues:fields.kind')}</span>
        <select value={venue.kind} onChange={(event) => void run({ type: 'update', collection: 'venues', id: venue.id, patch: { kind: event.target.value as Venue['kind'] } })}>
          {VENUE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(VENUE_KIND_KEYS[kind])}
            </option>
          ))}
        </select>
      </label>
      <h3 className="detail-subtitle">{t('venues:fields.name')}</h3>
      <LocalizedTextGrid
        languages={languages}
        value={venue.name}
        label={t('venues:fields.name')}
        requiredLanguages={[source]}
        error={names.error}
        onCommit={(name) => names.run({ type: 'update', collection: 'venues', id: venue.id, patch: { name } })}
      />
      <h3 className="detail-subtitle">{t('venues:fields.address')}</h3>
      <LocalizedTextGrid
        languages={languages}
        value={venue.address}
        label={t('venues:fields.address')}
        error={addresses.error}
        onCommit={(address) => addresses.run({ type: 'update', collection: 'venues', id: venue.id, patch: { address } })}
      />
    </article>
  );
}
