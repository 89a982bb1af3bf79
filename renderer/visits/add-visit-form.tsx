// Runs in the renderer: a new visit needs its delegation, a title in the source language
// and its dates; everything else is added afterwards.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createId } from '../../core/model/ids';
import { DEFAULT_TIME_ZONE } from '../../core/model/time-zone';
import type { Visit } from '../../core/model/visits';
import type { Workspace } from '../../core/model/workspace';
import { CommandErrorNotice } from '../forms/command-error-notice';
import { DateInput } from '../forms/date-input';
import { textAttributes } from '../workspace/language-display';
import { pickForUi } from '../workspace/localized-label';
import { useCommand } from '../workspace/workspace-context';

export function AddVisitForm({ doc, onAdded }: { doc: Workspace; onAdded(id: string): void }) {
  const { t, i18n } = useTranslation();
  const { run, error } = useCommand();
  const [title, setTitle] = useState('');
  const [delegationId, setDelegationId] = useState(doc.delegations[0]?.id ?? '');
  const [startDate, setStart] = useState('');
  const [endDate, setEnd] = useState('');
  const source = doc.languages.source;
  const ready = title.trim() && delegationId && startDate && endDate;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    const visit: Visit = { id: createId('visit'), delegationId, title: { [source.code]: title.trim() }, startDate, endDate, timeZone: DEFAULT_TIME_ZONE, stops: [], pack: { sectionIds: [], excludedBlockIds: [] }, issuedVersions: [] };
    if (await run({ type: 'add', collection: 'visits', value: visit })) {
      setTitle('');
      onAdded(visit.id);
    }
  };

  if (doc.delegations.length === 0) return <p className="quiet-note">{t('visits:add.needsDelegation')}</p>;
  return (
    <form className="stacked-form" onSubmit={(event) => void submit(event)} aria-label={t('visits:add.label')}>
      <input value={title} aria-label={t('visits:add.title')} placeholder={t('visits:add.title')} onChange={(event) => setTitle(event.target.value)} {...textAttributes(source)} />
      <select value={delegationId} aria-label={t('visits:fields.delegation')} onChange={(event) => setDelegationId(event.target.value)}>
        {doc.delegations.map((d) => (
          <option key={d.id} value={d.id}>
            {pickForUi(d.name, i18n.language).value}
          </option>
        ))}
      </select>
      <div className="date-pair">
        <DateInput value={startDate} label={t('visits:fields.start')} onChange={setStart} />
        <DateInput value={endDate} label={t('visits:fields.end')} onChange={setEnd} />
      </div>
      <button type="submit" className="button" disabled={!ready}>
        {t('visits:add.button')}
      </button>
      {error && <CommandErrorNotice error={error} />}
    </form>
  );
}
