// Runs in the renderer: the Glossary: the approved form of each official term in every
// language, with a note and the variants translators must not use. Terms are listed with
// a search over every language; the selected one is edited in place, language by language.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createId } from '../../core/model/ids';
import type { AreaDefinition } from '../app/areas';
import { AddForm } from '../forms/add-form';
import { ItemList } from '../forms/item-list';
import { RecordsView } from '../forms/records-view';
import { searchable } from '../library/library-filter';
import { textAttributes } from '../workspace/language-display';
import { useCommand, useWorkspaceDoc } from '../workspace/workspace-context';
import { GlossaryTermDetail } from './glossary-term-detail';

export function GlossaryView({ area }: { area: AreaDefinition }) {
  const { t, i18n } = useTranslation();
  const doc = useWorkspaceDoc();
  const adding = useCommand();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const source = doc.languages.source;
  const secondary = doc.languages.targets.find((l) => l.code === (i18n.language.startsWith('ar') ? 'ar' : 'en')) ?? doc.languages.targets[0];
  const terms = doc.glossary.terms;
  const needle = searchable(query.trim());
  const shown = needle ? terms.filter((term) => Object.values(term.term).some((text) => searchable(text).includes(needle))) : terms;
  const current = terms.find((term) => term.id === selected) ?? shown[0];

  const add = async (text: string) => {
    const id = createId('term');
    const ok = await adding.run({ type: 'add', collection: 'glossaryTerms', value: { id, term: { [source.code]: text }, note: {}, forbidden: {} } });
    if (ok) setSelected(id);
    return ok;
  };
  const addForm = (
    <AddForm label={t('glossary:add.label')} button={t('glossary:add.button')} placeholder={t('glossary:add.placeholder')} lang={textAttributes(source).lang} onAdd={add} error={adding.error} />
  );

  return (
    <RecordsView
      area={area}
      hasRecords={terms.length > 0}
      addForm={addForm}
      list={
        <>
          <input type="search" className="pane-search" value={query} aria-label={t('glossary:search')} placeholder={t('glossary:search')} dir="auto" onChange={(event) => setQuery(event.target.value)} />
          <p className="pane-count">{t('glossary:count', { n: shown.length, total: terms.length })}</p>
          <ItemList
            label={t('glossary:listLabel')}
            selected={current?.id ?? null}
            onSelect={setSelected}
            empty={t('glossary:noMatches')}
            items={shown.map((term) => ({
              key: term.id,
              primary: <span {...textAttributes(source)}>{term.term[source.code]}</span>,
              secondary: secondary && term.term[secondary.code] ? <bdi {...textAttributes(secondary)}>{term.term[secondary.code]}</bdi> : undefined,
              tags:
                Object.keys(term.forbidden).length > 0 ? (
                  <span className="mini-tag">{t('glossary:forbiddenCount', { n: Object.values(term.forbidden).reduce((n, list) => n + list.length, 0) })}</span>
                ) : undefined,
            }))}
          />
        </>
      }
      detail={current && <GlossaryTermDetail key={current.id} term={current} languages={[source, ...doc.languages.targets]} />}
    />
  );
}
