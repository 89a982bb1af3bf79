// Runs in the renderer: Delegations: who visits, in which languages, with their members in
// protocol order, their interpreters and the staff's internal notes. Listed on one side,
// the selected one edited in place on the other.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createId } from '../../core/model/ids';
import type { AreaDefinition } from '../app/areas';
import { AddForm } from '../forms/add-form';
import { ItemList } from '../forms/item-list';
import { RecordsView } from '../forms/records-view';
import { textAttributes } from '../workspace/language-display';
import { LocalizedLabel } from '../workspace/localized-label';
import { useCommand, useWorkspaceDoc } from '../workspace/workspace-context';
import { DelegationDetail } from './delegation-detail';
import { DELEGATION_KIND_KEYS } from './delegation-labels';
import { useCountryLabel } from './country-field';

export function DelegationsView({ area }: { area: AreaDefinition }) {
  const { t } = useTranslation();
  const doc = useWorkspaceDoc();
  const adding = useCommand();
  const countryLabel = useCountryLabel();
  const [selected, setSelected] = useState<string | null>(null);
  const source = doc.languages.source;
  const delegations = doc.delegations;
  const current = delegations.find((d) => d.id === selected) ?? delegations[0];

  const add = async (text: string) => {
    const id = createId('delegation');
    const value = { id, name: { [source.code]: text }, country: 'multiple', kind: 'parliamentary' as const, primaryLanguages: [], secondaryLanguages: [], members: [], interpreters: [], notes: [] };
    const ok = await adding.run({ type: 'add', collection: 'delegations', value });
    if (ok) setSelected(id);
    return ok;
  };
  const addForm = <AddForm label={t('delegations:add.label')} button={t('delegations:add.button')} placeholder={t('delegations:add.placeholder')} lang={textAttributes(source).lang} onAdd={add} error={adding.error} />;

  return (
    <RecordsView
      area={area}
      hasRecords={delegations.length > 0}
      addForm={addForm}
      list={
        <>
          <ItemList
            label={t('delegations:listLabel')}
            selected={current?.id ?? null}
            onSelect={setSelected}
            items={delegations.map((delegation) => ({
              key: delegation.id,
              primary: <LocalizedLabel text={delegation.name} />,
              secondary: (
                <>
                  {countryLabel(delegation.country)} · {t(DELEGATION_KIND_KEYS[delegation.kind])}
                </>
              ),
              tags: <span className="mini-tag">{t('delegations:memberCount', { n: delegation.members.length })}</span>,
            }))}
          />
        </>
      }
      detail={current && <DelegationDetail key={current.id} delegation={current} doc={doc} />}
    />
  );
}
