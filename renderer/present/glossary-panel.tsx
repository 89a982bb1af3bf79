// Runs in the renderer: the presenter's glossary lookup: type a term in any language and see
// its approved forms in the visit's two languages, forbidden variants struck out.
import { useDeferredValue, useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Glossary } from '../../core/model/glossary';
import { searchGlossary } from '../../core/present/glossary-search';
import type { SlideLanguage } from '../../core/present/public-slide';

export function GlossaryPanel({ glossary, target }: { glossary: Glossary; target: SlideLanguage }) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const hits = useMemo(() => searchGlossary(glossary, deferred, target.code), [glossary, deferred, target.code]);
  return (
    <section className="glossary-search" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('present:glossary.title')}</h2>
      <input
        id={`${id}-input`}
        type="search"
        value={query}
        aria-label={t('present:glossary.label')}
        placeholder={t('present:glossary.label')}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          // Keys typed here are words, not slide commands; Escape clears, then leaves the field.
          event.stopPropagation();
          if (event.key === 'Escape') {
            if (query) setQuery('');
            else event.currentTarget.blur();
          }
        }}
      />
      {deferred.trim() !== '' && hits.length === 0 && <p className="presenter-quiet">{t('present:glossary.none')}</p>}
      <ul className="glossary-hits" aria-live="polite">
        {hits.map((hit) => (
          <li key={hit.termId} className="glossary-hit" data-term={hit.termId}>
            <span className="glossary-approved" lang={target.code} dir={target.dir}>
              {hit.approved.target ?? '—'}
            </span>
            <span className="glossary-approved" lang="zh">
              {hit.approved.zh}
            </span>
            {(hit.forbidden.target.length > 0 || hit.forbidden.zh.length > 0) && (
              <div className="glossary-forbidden">
                {t('present:glossary.forbidden')}{' '}
                {[...hit.forbidden.target.map((form) => ({ form, lang: target.code, dir: target.dir })), ...hit.forbidden.zh.map((form) => ({ form, lang: 'zh', dir: 'ltr' as const }))].map(
                  ({ form, lang, dir }) => (
                    <del key={`${lang}:${form}`} lang={lang} dir={dir} data-forbidden="true">
                      {form}
                    </del>
                  ),
                ).reduce<ReactNode[]>((list, node, i) => (i === 0 ? [node] : [...list, ' · ', node]), [])}
              </div>
            )}
            <div className="glossary-matched">
              {hit.matched.forbidden ? t('present:glossary.matchedForbidden') : t('present:glossary.matched')}{' '}
              <bdi lang={hit.matched.language}>{hit.matched.form}</bdi>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
