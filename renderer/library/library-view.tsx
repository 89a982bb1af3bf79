// Runs in the renderer: the Library: the outline of sections and blocks beside the
// selected item, edited in place, under one toolbar that picks the target language,
// filters by status in that language, and searches source and translations alike. New
// sections are added under the outline; outline items move with Alt+↑ / Alt+↓ too.
import { startTransition, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaDefinition } from '../app/areas';
import { CommandErrorNotice } from '../forms/command-error-notice';
import { AreaEmptyState } from '../shell/area-empty-state';
import { PageHeader } from '../shell/page-header';
import { languageName } from '../workspace/language-display';
import { useCommand, useWorkspaceDoc } from '../workspace/workspace-context';
import { AddSectionForm } from './add-section-form';
import { BlockDetail } from './block-detail';
import { isFiltering, libraryItems, sectionKey, segmentMatcher, statusCounts, type LibraryFilter, type LibraryItem, type StatusFilter } from './library-filter';
import { STATUS_FILTER_KEYS } from './library-labels';
import { itemMove, type Direction } from './library-moves';
import { LibraryOutline } from './library-outline';
import { SearchBox } from './search-box';
import { StatusBar } from './status-bar';
import { useLibraryEntries } from './use-library-entries';
import { focusTargets, useFocusRequest } from './use-focus-request';

const STATUS_FILTERS: StatusFilter[] = ['all', 'unreviewed', 'missing', 'draft', 'translated', 'reviewed'];

/** Arabic readers of the UI most likely work on the Arabic text; everyone else starts with English. */
function defaultTarget(targets: readonly { code: string }[], uiLanguage: string): string {
  const preferred = uiLanguage.startsWith('ar') ? 'ar' : 'en';
  return targets.find((l) => l.code === preferred)?.code ?? targets[0]?.code ?? '';
}

/** What to select once `item` is deleted: the item above it, else the one below, never one of its own blocks. */
function neighbourOf(items: readonly LibraryItem[], item: LibraryItem): string | null {
  const gone = (other: LibraryItem) => other.key === item.key || (item.block === null && other.section.id === item.section.id);
  const index = items.findIndex((other) => other.key === item.key);
  const before = items.slice(0, index).findLast((other) => !gone(other));
  return (before ?? items.slice(index + 1).find((other) => !gone(other)))?.key ?? null;
}

export function LibraryView({ area }: { area: AreaDefinition }) {
  const { t, i18n } = useTranslation();
  const doc = useWorkspaceDoc();
  const mover = useCommand();
  const focus = useFocusRequest();
  const targets = doc.languages.targets;
  const source = doc.languages.source;
  const [filter, setFilter] = useState<LibraryFilter>(() => ({ language: defaultTarget(targets, i18n.language), status: 'all', query: '' }));
  const [selected, setSelected] = useState<string | null>(null);
  const items = useMemo(() => libraryItems(doc), [doc]);
  const target = targets.find((l) => l.code === filter.language) ?? targets[0];

  // The library's answer to a query is rendered as a transition: typing stays ahead of it.
  const setQuery = useCallback((query: string) => startTransition(() => setFilter((f) => ({ ...f, query }))), []);
  const { entries, applied } = useLibraryEntries(items, filter);
  const filtering = isFiltering(applied);
  const current = entries.find((e) => e.item.key === selected) ?? entries[0];
  const places = useMemo(() => {
    if (!current) return [];
    const matches = segmentMatcher(applied);
    return filtering ? current.item.segments.filter(matches) : current.item.segments;
  }, [current, applied, filtering]);
  const matchCount = useMemo(() => entries.reduce((sum, e) => sum + (e.matches ?? e.item.segments.length), 0), [entries]);
  const allPlaces = useMemo(() => items.flatMap((i) => i.segments), [items]);
  const counts = useMemo(() => (target ? statusCounts(allPlaces, target.code) : null), [allPlaces, target]);

  /** Selects an item and focuses what `selector` finds; new, empty content is never hidden by a filter. */
  const navigate = (key: string | null, selector?: string) => {
    if (key !== null && !entries.some((e) => e.item.key === key)) setFilter((f) => ({ ...f, status: 'all', query: '' }));
    setSelected(key);
    if (selector) focus(selector);
  };
  const moveFromOutline = async (item: LibraryItem, direction: Direction) => {
    const command = itemMove(doc.library, item, direction);
    if (command && (await mover.run(command))) focus(focusTargets.outlineItem(item.key));
  };
  const addSection = <AddSectionForm source={source} onAdded={(id) => navigate(sectionKey(id), focusTargets.outlineItem(sectionKey(id)))} />;

  const header = <PageHeader title={t(area.title)} lead={t(area.lead)} />;
  if (items.length === 0 || !target) {
    return (
      <div className="view" data-view={area.id}>
        {header}
        <AreaEmptyState area={area}>{target && addSection}</AreaEmptyState>
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
          <SearchBox query={filter.query} onQuery={setQuery} placeholder={t('library:filter.searchPlaceholder')} />
        </label>
        <StatusBar counts={counts!} label={t('library:progress.all', { language: languageName(target.code, i18n.language) })} />
      </div>
      <p className="filter-summary" aria-live="polite">
        {filtering ? t('library:filter.matches', { n: matchCount }) : t('library:filter.total', { n: allPlaces.length, blocks: items.length })}
      </p>
      <div className="library-layout">
        <div className="library-side">
          {entries.length === 0 ? (
            <p className="quiet-note">{t('library:filter.noMatches')}</p>
          ) : (
            <LibraryOutline
              entries={entries}
              selected={current?.item.key ?? null}
              source={source}
              language={target.code}
              onSelect={setSelected}
              onMove={(item, direction) => void moveFromOutline(item, direction)}
            />
          )}
          {mover.error && <CommandErrorNotice error={mover.error} onDismiss={mover.clearError} />}
          {addSection}
        </div>
        {current && (
          <BlockDetail
            key={`${current.item.key}|${target.code}`}
            doc={doc}
            item={current.item}
            places={places}
            source={source}
            target={target}
            onNavigate={navigate}
            onDeleted={() => {
              const next = neighbourOf(
                entries.map((e) => e.item),
                current.item,
              );
              navigate(next, next === null ? undefined : focusTargets.outlineItem(next));
            }}
          />
        )}
      </div>
    </div>
  );
}
