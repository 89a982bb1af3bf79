// Runs in the renderer: one delegation, edited in place: name in each language, country,
// kind, the languages its packs are printed in, members in protocol order, interpreters
// and internal notes. Each field is its own command.
import { useTranslation } from 'react-i18next';
import { DELEGATION_KINDS, type Delegation } from '../../core/model/delegations';
import type { z } from 'zod';
import type { COLLECTIONS } from '../../core/model/commands';
import type { Workspace } from '../../core/model/workspace';
import { CommandErrorNotice } from '../forms/command-error-notice';
import { ConfirmButton } from '../forms/confirm-button';
import { LocalizedTextGrid } from '../forms/localized-text-grid';
import { LocalizedLabel } from '../workspace/localized-label';
import { useCommand } from '../workspace/workspace-context';
import { CountryField } from './country-field';
import { DelegationLanguages } from './delegation-languages';
import { DELEGATION_KIND_KEYS } from './delegation-labels';
import { DelegationNotes } from './delegation-notes';
import { InterpreterList } from './interpreter-list';
import { MemberTable } from './member-table';

type DelegationPatch = z.infer<(typeof COLLECTIONS)['delegations']['patch']>;

export function DelegationDetail({ delegation, doc }: { delegation: Delegation; doc: Workspace }) {
  const { t } = useTranslation();
  const { run, error } = useCommand();
  const names = useCommand();
  const languages = [doc.languages.source, ...doc.languages.targets];
  const update = (patch: DelegationPatch) => run({ type: 'update', collection: 'delegations', id: delegation.id, patch });

  return (
    <article className="detail-pane" aria-labelledby="delegation-title">
      <header className="detail-header">
        <h2 className="detail-title" id="delegation-title">
          <LocalizedLabel text={delegation.name} />
        </h2>
        <ConfirmButton label={t('delegations:delete')} onConfirm={() => void run({ type: 'delete', collection: 'delegations', id: delegation.id })} />
      </header>
      {error && <CommandErrorNotice error={error} />}
      <div className="field-row">
        <div className="inline-field">
          <span className="inline-field-label">{t('delegations:fields.country')}</span>
          <CountryField value={delegation.country} onCommit={(country) => update({ country })} />
        </div>
        <label className="inline-field">
          <span className="inline-field-label">{t('delegations:fields.kind')}</span>
          <select value={delegation.kind} onChange={(event) => void update({ kind: event.target.value as Delegation['kind'] })}>
            {DELEGATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(DELEGATION_KIND_KEYS[kind])}
              </option>
            ))}
          </select>
        </label>
      </div>

      <h3 className="detail-subtitle">{t('delegations:fields.name')}</h3>
      <LocalizedTextGrid
        languages={languages}
        value={delegation.name}
        label={t('delegations:fields.name')}
        requiredLanguages={[doc.languages.source.code]}
        error={names.error}
        onCommit={(name) => names.run({ type: 'update', collection: 'delegations', id: delegation.id, patch: { name } })}
      />

      <h3 className="detail-subtitle">{t('delegations:languages.title')}</h3>
      <DelegationLanguages delegation={delegation} languages={languages} onCommit={(primaryLanguages, secondaryLanguages) => update({ primaryLanguages, secondaryLanguages })} />

      <h3 className="detail-subtitle">{t('delegations:members.title')}</h3>
      <MemberTable delegation={delegation} doc={doc} />

      <h3 className="detail-subtitle">{t('delegations:interpreters.title')}</h3>
      <InterpreterList delegation={delegation} languages={languages} />

      <h3 className="detail-subtitle">{t('delegations:notes.title')}</h3>
      <DelegationNotes delegation={delegation} source={doc.languages.source} />
    </article>
  );
}
