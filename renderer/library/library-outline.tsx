// Runs in the renderer: the library's outline: sections with their title and blocks, each
// block with its kind, a few words, whether it is internal, and how its segments stand in
// the chosen language. While a filter is on, only items with matching segments remain,
// with the number that match. Alt+↑ / Alt+↓ on an item moves it (a section with its blocks);
// ↑ / ↓ / Home / End move the focus between items. A long outline (thousands of blocks) is
// windowed: only the rows in view are in the page, each saying its place in the whole list.
import { memo, useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { focusRowByKeys, useWindowedRows, WindowedRows } from '../forms/windowed-rows';
import { statusIn, type TranslationStatus } from '../../core/model/segment';
import { textAttributes } from '../workspace/language-display';
import type { Language } from '../../core/model/language';
import { blockPreview } from './block-preview';
import { sectionKey, type LibraryItem } from './library-filter';
import { BLOCK_KIND_KEYS, STATUS_KEYS } from './library-labels';
import type { Direction } from './library-moves';

const RANK: TranslationStatus[] = ['missing', 'draft', 'translated', 'reviewed'];

/** A row's height before it is measured: a kind line and two lines of preview. */
const ESTIMATED_ROW_PX = 58;

/** The least advanced status among the item's segments: what still needs doing. */
function weakest(item: LibraryItem, language: string): TranslationStatus {
  let best = 3;
  for (const place of item.segments) best = Math.min(best, RANK.indexOf(statusIn(place.segment, language)));
  return RANK[best]!;
}

export interface OutlineEntry {
  item: LibraryItem;
  /** Matching segments while filtering; undefined when not filtering. */
  matches?: number;
}

interface OutlineProps {
  entries: readonly OutlineEntry[];
  selected: string | null;
  source: Language;
  language: string;
  onSelect(key: string): void;
  onMove(item: LibraryItem, direction: Direction): void;
}

export function LibraryOutline({ entries, selected, source, language, onSelect, onMove }: OutlineProps) {
  const { t } = useTranslation();
  const nav = useRef<HTMLElement>(null);
  // Rows are memoized; the handlers they get never change, and read the latest props.
  const latest = useRef({ onSelect, onMove });
  latest.current = { onSelect, onMove };
  const select = useCallback((key: string) => latest.current.onSelect(key), []);
  const move = useCallback((item: LibraryItem, direction: Direction) => latest.current.onMove(item, direction), []);

  const { windowed, virtualizer } = useWindowedRows(entries.length, (index) => entries[index]!.item.key, nav, ESTIMATED_ROW_PX);
  const keys = useMemo(() => entries.map((e) => e.item.key), [entries]);

  // The selected item is brought into view when it changes or moves (a new block at the end,
  // a section moved far down), not on every edit, so scrolling the outline by hand sticks.
  const position = entries.findIndex((e) => e.item.key === selected);
  useEffect(() => {
    if (windowed) {
      if (position >= 0) virtualizer.scrollToIndex(position, { align: 'auto' });
    } else nav.current?.querySelector('[aria-current="true"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [selected, position]);

  const focusKeys = (event: KeyboardEvent<HTMLElement>) => focusRowByKeys(event, keys, nav.current, windowed ? virtualizer : null);

  const row = (entry: OutlineEntry) => (
    <OutlineRow
      item={entry.item}
      matches={entry.matches}
      current={selected === entry.item.key}
      source={source}
      language={language}
      onSelect={select}
      onMove={move}
    />
  );

  if (windowed) {
    return (
      <nav className="library-outline" ref={nav} aria-label={t('library:outline.label')} onKeyDown={focusKeys}>
        <WindowedRows
          virtualizer={virtualizer}
          count={entries.length}
          className="outline-list"
          rowClassName={(index) => (entries[index]!.item.block === null ? 'outline-row-section' : undefined)}
          render={(index) => row(entries[index]!)}
        />
      </nav>
    );
  }

  const sections: { id: string; entries: OutlineEntry[] }[] = [];
  for (const entry of entries) {
    const last = sections.at(-1);
    if (last && last.id === entry.item.section.id) last.entries.push(entry);
    else sections.push({ id: entry.item.section.id, entries: [entry] });
  }
  return (
    <nav className="library-outline" ref={nav} aria-label={t('library:outline.label')} onKeyDown={focusKeys}>
      {sections.map((group) => {
        const section = group.entries[0]!.item.section;
        return (
          <section className="outline-section" key={group.id} aria-label={section.title.source.text}>
            <ul className="outline-list">
              {group.entries.map((entry) => (
                <li key={entry.item.key}>{row(entry)}</li>
              ))}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}

interface OutlineRowProps {
  item: LibraryItem;
  matches: number | undefined;
  current: boolean;
  source: Language;
  language: string;
  onSelect(key: string): void;
  onMove(item: LibraryItem, direction: Direction): void;
}

/** One item; it renders again only when its own item, count, selection or language changes. */
const OutlineRow = memo(function OutlineRow({ item, matches, current, source, language, onSelect, onMove }: OutlineRowProps) {
  const { t } = useTranslation();
  const section = item.section;
  const status = weakest(item, language);
  const isTitle = item.key === sectionKey(section.id);
  const internal = item.block?.visibility === 'internal';
  const preview = (isTitle ? section.title.source.text : blockPreview(item.block!, source.code)).trim();
  const moveKeys = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    event.stopPropagation();
    onMove(item, event.key === 'ArrowUp' ? -1 : 1);
  };
  return (
    <button
      type="button"
      className={isTitle ? 'outline-item outline-item-section' : 'outline-item'}
      aria-current={current ? 'true' : undefined}
      data-key={item.key}
      data-internal={internal || undefined}
      aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
      onClick={() => onSelect(item.key)}
      onKeyDown={moveKeys}
    >
      <span className="status-dot" data-status={status} title={t(STATUS_KEYS[status])} />
      <span className="outline-item-text">
        <span className="outline-item-kind">
          {isTitle ? t('library:outline.section') : t(BLOCK_KIND_KEYS[item.block!.kind])}
          {internal && <span className="internal-tag">{t('library:internal.tag')}</span>}
        </span>
        {preview ? (
          <span className="outline-item-preview" {...textAttributes(source)}>
            {preview}
          </span>
        ) : (
          <span className="outline-item-preview outline-item-empty">{t('library:outline.empty')}</span>
        )}
      </span>
      {matches !== undefined && <span className="outline-count">{matches}</span>}
    </button>
  );
});
