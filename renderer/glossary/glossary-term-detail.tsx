// Runs in the renderer: one glossary term, language by language: the approved form, the
// forbidden variants and a note. The source-language form is required; every field is
// its own command.
import { useTranslation } from 'react-i18next';
import type { GlossaryTerm } from '../../core/model/glossary';
import type { Language } from '../../core/model/language';
import { CommitField } from '../forms/commit-field';
import { CommandErrorNotice } from '../forms/command-error-notice';
import { ConfirmButton } from '../forms/confirm-button';
import { withLanguage } from '../forms/localized-text-grid';
import { TagListEditor } from '../forms/tag-list-editor';
import { languageName, textAttributes } from '../workspace/language-display';
import { useCommand } from '../workspace/workspace-context';

export function GlossaryTermDetail({ term, languages }: { term: GlossaryTerm; languages: readonly Language[] }) {
  const { t, i18n } = useTranslation();
  const { run, error } = useCommand();
  const source = languages[0]!;
  const patch = (value: Partial<Pick<GlossaryTerm, 'term' | 'note' | 'forbidden'>>) => run({ type: 'update', collection: 'glossaryTerms', id: term.id, patch: value });

  return (
    <article className="detail-pane" aria-labelledby="term-title">
      <header className="detail-header">
        <h2 className="detail-title" id="term-title" {...textAttributes(source)}>
          {term.term[source.code]}
        </h2>
        <ConfirmButton label={t('glossary:delete')} onConfirm={() => void run({ type: 'delete', collection: 'glossaryTerms', id: term.id })} />
      </header>
      {error && <CommandErrorNotice error={error} />}
      <div className="term-table" role="table" aria-label={t('glossary:tableLabel')}>
        <div className="term-row term-head" role="row">
          <span role="columnheader">{t('glossary:columns.language')}</span>
          <span role="columnheader">{t('glossary:columns.term')}</span>
          <span role="columnheader">{t('glossary:columns.forbidden')}</span>
          <span role="columnheader">{t('glossary:columns.note')}</span>
        </div>
        {languages.map((language) => {
          const name = languageName(language.code, i18n.language);
          const attributes = textAttributes(language);
          return (
            <div className="term-row" role="row" key={language.code} data-language={language.code}>
              <span role="rowheader" className="term-language">
                <span>{name}</span>
                {language.name !== name && (
                  <bdi className="term-language-native" {...attributes}>
                    {language.name}
                  </bdi>
                )}
              </span>
              <span role="cell">
                <CommitField
                  wrap
                  value={term.term[language.code] ?? ''}
                  label={t('glossary:fields.term', { language: name })}
                  required={language.code === source.code}
                  onCommit={(text) => patch({ term: withLanguage(term.term, language.code, text) })}
                  {...attributes}
                />
              </span>
              <span role="cell">
                <TagListEditor
                  values={term.forbidden[language.code] ?? []}
                  label={t('glossary:fields.forbidden', { language: name })}
                  onCommit={(list) => {
                    const forbidden = { ...term.forbidden };
                    if (list.length) forbidden[language.code] = list;
                    else delete forbidden[language.code];
                    return patch({ forbidden });
                  }}
                  {...attributes}
                />
              </span>
              <span role="cell">
                <CommitField
                  multiline
                  className="term-note"
                  placeholder={t('glossary:columns.note')}
                  value={term.note[language.code] ?? ''}
                  label={t('glossary:fields.note', { language: name })}
                  onCommit={(text) => patch({ note: withLanguage(term.note, language.code, text) })}
                  {...attributes}
                />
              </span>
            </div>
          );
        })}
      </div>
    </article>
  );
}
