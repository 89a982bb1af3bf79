// Runs in the renderer: the library as the outline lists it (each section's title, then
// its blocks, each with its segments) and the filter over it: a target language, a status
// in that language, and a search that looks at the source and at every translation.
import type { Block } from '../../core/model/blocks';
import type { Section } from '../../core/model/library';
import { statusIn, type TranslationStatus } from '../../core/model/segment';
import { librarySegments, type SegmentPlace } from '../../core/model/walk-segments';
import type { Workspace } from '../../core/model/workspace';

export type StatusFilter = 'all' | 'unreviewed' | TranslationStatus;

export interface LibraryFilter {
  /** The target language shown beside the source. */
  language: string;
  status: StatusFilter;
  query: string;
}

export interface LibraryItem {
  /** The block's id, or `section:<id>` for a section's title. */
  key: string;
  section: Section;
  block: Block | null;
  segments: SegmentPlace[];
}

export const sectionKey = (sectionId: string) => `section:${sectionId}`;

export function libraryItems(doc: Pick<Workspace, 'library'>): LibraryItem[] {
  const sections = new Map(doc.library.sections.map((s) => [s.id, s]));
  const blocks = new Map(doc.library.sections.flatMap((s) => s.blocks.map((b) => [b.id, b] as const)));
  const items: LibraryItem[] = [];
  const byKey = new Map<string, LibraryItem>();
  for (const place of librarySegments(doc)) {
    const key = place.role === 'section-title' ? sectionKey(place.sectionId!) : place.blockId!;
    let item = byKey.get(key);
    if (!item) {
      item = { key, section: sections.get(place.sectionId!)!, block: place.role === 'section-title' ? null : blocks.get(place.blockId!)!, segments: [] };
      byKey.set(key, item);
      items.push(item);
    }
    item.segments.push(place);
  }
  // A block without segments (an empty list) is still listed, so it can be seen and fixed.
  for (const section of doc.library.sections) {
    for (const block of section.blocks) {
      if (!byKey.has(block.id)) {
        const item = { key: block.id, section, block, segments: [] };
        byKey.set(block.id, item);
        const after = items.findLastIndex((i) => i.section.id === section.id);
        items.splice(after + 1, 0, item);
      }
    }
  }
  return items;
}

/** Case-, width- and accent-insensitive, so "Peoples" finds "People’s" and "ＡＢ" finds "ab". */
export function searchable(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u064b-\u0652]/g, '') // Latin accents, Arabic short vowels
    .replace(/[’‘`´]/g, "'")
    .toLocaleLowerCase();
}

export function isFiltering(filter: LibraryFilter): boolean {
  return filter.status !== 'all' || filter.query.trim() !== '';
}

export function segmentMatches(place: SegmentPlace, filter: LibraryFilter): boolean {
  const status = statusIn(place.segment, filter.language);
  if (filter.status === 'unreviewed' ? status === 'reviewed' : filter.status !== 'all' && status !== filter.status) return false;
  const query = searchable(filter.query.trim());
  if (!query) return true;
  if (searchable(place.segment.source.text).includes(query)) return true;
  return Object.values(place.segment.translations).some((t) => searchable(t.text).includes(query));
}

/** How many segments have each status in `language`. */
export function statusCounts(places: readonly SegmentPlace[], language: string): Record<TranslationStatus, number> {
  const counts = { missing: 0, draft: 0, translated: 0, reviewed: 0 };
  for (const place of places) counts[statusIn(place.segment, language)]++;
  return counts;
}
