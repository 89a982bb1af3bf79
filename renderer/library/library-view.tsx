// Runs in the renderer: the Library: the outline of sections and blocks beside the
// selected block's segment table, under one toolbar that picks the target language,
// filters by status in that language, and searches source and translations alike.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaDefinition } from '../app/areas';
import { AreaEmptyState } from '../shell/area-empty-state';
import { PageHeader } from '../shell/page-header';
import { languageName } from '../workspace/language-display';
import { useWorkspaceDoc } from '../workspace/workspace-context';
import { BlockDetail } from './block-detail';
import { isFiltering, libraryItems, segmentMatches, statusCounts, type LibraryFilter, type StatusFilter } from './library-filter';
import { STATUS_FILTER_KEYS } from './library-labels';
import { LibraryOutline, type OutlineEntry } from './library-outline';
import { StatusBar } from './status-bar';

const STATUS_FILTERS: StatusFilter[] = ['all', 'unreviewed', 'missing', 'draft', 'translated', 'reviewed'];

/** Arabic readers of the UI most likely work on the Arabic text; everyone else starts with English. */
function defaultTarget(targets: readonly { code: string }[], uiLanguage: string): string {
  const preferred = uiLanguage.startsWith('ar') ? 'ar' : 'en';
  return targets.find((l) => l.code === preferred)?.code ?? targets[0]?.code ?? '';
}

export function LibraryView({ area }: { area: AreaDefinition }) {
  const { t, i18n } = useTranslation();
  const doc = useWorkspaceDoc();
  const targets = doc.languages.targets;
  const source = doc.languages.source;
  const [filter, setFilter] = useState<LibraryFilter>(() => ({ language: defaultTarget(targets, i18n.language), status: 'all', query: '' }));
  const [selected, setSelected] = useState<string | null>(null);
  const items = useMemo(() => libraryItems(doc), [doc]);
  const target = targets.find((l) => l.code === filter.language) ?? targets[0];

  const filtering = isFiltering(filter);
  const entries: OutlineEntry[] = filtering
    ? items.map((item) => ({ item, matches: item.segments.filter((p) => segmentMatches(p, filter)).length })).filter((e) => e.matches > 0)
    : items.map((item) => ({ item }));
  const current = entries.find((e) => e.item.key === selected) ?? entries[0];
  const places = current ? current.item.segments.filter((p) => !filtering || segmentMatches(p, filter)) : [];
  const matchCount = entries.reduce((sum, e) => sum + (e.matches ?? e.item.segments.length), 0);
  const allPlaces = useMemo(() => items.flatMap((i) => i.segments), [items]);

  const header = <PageHeader title={t(area.title)} lead={t(area.lead)} />;
  if (items.length === 0 || !target) {
    return (
      <div className="view" data-view={area.id}>
        {header}
        <AreaEmptyState area={area} />
      </div>
    );
  }

  const update = (patch: Partial<LibraryFilter>) => setFilter((f) => ({ ...f, ...patch }));
  return (
    <div className="view view-wide" data-view={area.id}>
      {header}
      <div className="toolbar" role="search" aria-label={t('library:filter.label')}>
        <label className="toolbar-field">
          <span className="toolbar-label">{t('library:filter.language')}</span>
          <select value={target.code} onChange={(event) => update({ language: event.target.value })} data-filter="language">
            {targets.map((language) => (
              <option key={language.code} value={language.code}>
                {languageName(language.code, i18n.language) === language.name ? language.name : `${languageName(language.code, i18n.language)} · ${language.name}`}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar-field">
          <span className="toolbar-label">{t('library:filter.status')}</span>
          <select value={filter.status} onChange={(event) => update({ status: event.target.value as StatusFilter })} data-filter="status">
            {STATUS_FILTERS.map((status) => (
              <option key={status} value={status}>
                {t(STATUS_FILTER_KEYS[status])}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar-field toolbar-search">
          <span className="toolbar-label">{t('library:filter.search')}</span>
          <input type="search" value={filter.query} placeholder={t('library:filter.searchPlaceholder')} onChange={(event) => update({ query: event.target.value })} data-filter="query" dir="auto" />
        </label>
        <StatusBar counts={statusCounts(allPlaces, target.code)} label={t('library:progress.all', { language: languageName(target.code, i18n.language) })} />
      </div>
      <p className="filter-summary" aria-live="polite">
        {filtering ? t('library:filter.matches', { n: matchCount }) : t('library:filter.total', { n: allPlaces.length, blocks: items.length })}
      </p>
      {entries.length === 0 ? (
        <p className="quiet-note">{t('library:filter.noMatches')}</p>
      ) : (
        <div className="library-layout">
          <LibraryOutline entries={entries} selected={current?.item.key ?? null} source={source} language={target.code} onSelect={setSelected} />
          {current && <BlockDetail key={`${current.item.key}|${target.code}`} item={current.item} places={places} source={source} target={target} />}
        </div>
      )}
    </div>
  );
}
