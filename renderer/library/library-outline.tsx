// Runs in the renderer: the library's outline: sections with their title and blocks, each
// block with its kind, a few words, whether it is internal, and how its segments stand in
// the chosen language. While a filter is on, only items with matching segments remain,
// with the number that match.
import { useTranslation } from 'react-i18next';
import { statusIn, type TranslationStatus } from '../../core/model/segment';
import { textAttributes } from '../workspace/language-display';
import type { Language } from '../../core/model/language';
import { blockPreview } from './block-preview';
import { sectionKey, type LibraryItem } from './library-filter';
import { BLOCK_KIND_KEYS, STATUS_KEYS } from './library-labels';

const RANK: TranslationStatus[] = ['missing', 'draft', 'translated', 'reviewed'];

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

export function LibraryOutline({
  entries,
  selected,
  source,
  language,
  onSelect,
}: {
  entries: readonly OutlineEntry[];
  selected: string | null;
  source: Language;
  language: string;
  onSelect(key: string): void;
}) {
  const { t } = useTranslation();
  const sections: { id: string; entries: OutlineEntry[] }[] = [];
  for (const entry of entries) {
    const last = sections.at(-1);
    if (last && last.id === entry.item.section.id) last.entries.push(entry);
    else sections.push({ id: entry.item.section.id, entries: [entry] });
  }
  return (
    <nav className="library-outline" aria-label={t('library:outline.label')}>
      {sections.map((group) => {
        const section = group.entries[0]!.item.section;
        return (
          <section className="outline-section" key={group.id} aria-label={section.title.source.text}>
            <ul className="outline-list">
              {group.entries.map(({ item, matches }) => {
                const status = weakest(item, language);
                const isTitle = item.key === sectionKey(section.id);
                const internal = item.block?.visibility === 'internal';
                return (
                  <li key={item.key}>
                    <button
                      type="button"
                      className={isTitle ? 'outline-item outline-item-section' : 'outline-item'}
                      aria-current={selected === item.key ? 'true' : undefined}
                      data-key={item.key}
                      data-internal={internal || undefined}
                      onClick={() => onSelect(item.key)}
                    >
                      <span className="status-dot" data-status={status} title={t(STATUS_KEYS[status])} />
                      <span className="outline-item-text">
                        <span className="outline-item-kind">
                          {isTitle ? t('library:outline.section') : t(BLOCK_KIND_KEYS[item.block!.kind])}
                          {internal && <span className="internal-tag">{t('library:internal.tag')}</span>}
                        </span>
                        <span className="outline-item-preview" {...textAttributes(source)}>
                          {isTitle ? section.title.source.text : blockPreview(item.block!, source.code)}
                        </span>
                      </span>
                      {matches !== undefined && <span className="outline-count">{matches}</span>}
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}
