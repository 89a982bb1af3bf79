// Runs in the renderer: the library as the outline lists it (each section's title, then
// its blocks, each with its segments) and the filter over it: a target language, a status
// in that language, and a search that looks at the source and at every translation.
import type { Block } from '../../core/model/blocks';
import type { Section } from '../../core/model/library';
import { statusIn, type TranslationStatus } from '../../core/model/segment';
import { sectionSegments, type SegmentPlace } from '../../core/model/walk-segments';
import type { Workspace } from '../../core/model/workspace';
import { searchKey } from '../../core/search/search-key';
import { prepareQuery } from '../../core/search/segment-search-index';
import { segmentSearchIndex } from '../workspace/search-index';

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

/**
 * The items of one section, kept beside the section object: a command copies only the
 * section it changes, so after an edit only that section's items are made again (the
 * index is part of the key because a segment's path names its section's position).
 */
const itemsBySection = new WeakMap<Section, { index: number; items: LibraryItem[] }>();

function sectionItems(section: Section, index: number): LibraryItem[] {
  const cached = itemsBySection.get(section);
  if (cached && cached.index === index) return cached.items;
  const items: LibraryItem[] = [];
  const byKey = new Map<string, LibraryItem>();
  const blocks = new Map(section.blocks.map((b) => [b.id, b] as const));
  for (const place of sectionSegments(section, index)) {
    const key = place.role === 'section-title' ? sectionKey(section.id) : place.blockId!;
    let item = byKey.get(key);
    if (!item) {
      item = { key, section, block: place.role === 'section-title' ? null : blocks.get(place.blockId!)!, segments: [] };
      byKey.set(key, item);
      items.push(item);
    }
    item.segments.push(place);
  }
  // A block without segments (an empty list) is still listed, so it can be seen and fixed.
  for (const block of section.blocks) {
    if (!byKey.has(block.id)) {
      const item = { key: block.id, section, block, segments: [] };
      byKey.set(block.id, item);
      items.push(item);
    }
  }
  itemsBySection.set(section, { index, items });
  return items;
}

export function libraryItems(doc: Pick<Workspace, 'library'>): LibraryItem[] {
  return doc.library.sections.flatMap((section, index) => sectionItems(section, index));
}

/** Case-, width- and accent-insensitive, so "Peoples" finds "People’s" and "ＡＢ" finds "ab". */
export const searchable = searchKey;

export function isFiltering(filter: LibraryFilter): boolean {
  return filter.status !== 'all' || filter.query.trim() !== '';
}

/** The filter as a test of one segment; the query is prepared once, the segments' keys come from the index. */
export function segmentMatcher(filter: LibraryFilter): (place: SegmentPlace) => boolean {
  const needle = prepareQuery(filter.query);
  const { language, status: wanted } = filter;
  return (place) => {
    const status = statusIn(place.segment, language);
    if (wanted === 'unreviewed' ? status === 'reviewed' : wanted !== 'all' && status !== wanted) return false;
    return segmentSearchIndex.matches(place.segment, needle);
  };
}

export function segmentMatches(place: SegmentPlace, filter: LibraryFilter): boolean {
  return segmentMatcher(filter)(place);
}

/** How many segments have each status in `language`. */
export function statusCounts(places: readonly SegmentPlace[], language: string): Record<TranslationStatus, number> {
  const counts = { missing: 0, draft: 0, translated: 0, reviewed: 0 };
  for (const place of places) counts[statusIn(place.segment, language)]++;
  return counts;
}
