// Runs in the renderer: the words for block kinds, figure units, segment roles and statuses, as i18n keys
// written out in full (the locale check reads them from here).
import type { TFunction } from 'i18next';
import { assertNever } from '../../core/assert-never';
import type { BlockKind, FigureUnit } from '../../core/model/blocks';
import type { TranslationStatus } from '../../core/model/segment';
import type { SegmentPlace } from '../../core/model/walk-segments';
import type { StatusFilter } from './library-filter';

export const BLOCK_KIND_KEYS: Record<BlockKind, string> = {
  heading: 'library:kinds.heading',
  paragraph: 'library:kinds.paragraph',
  bullets: 'library:kinds.bullets',
  keyFigures: 'library:kinds.keyFigures',
  table: 'library:kinds.table',
  image: 'library:kinds.image',
};

/** What a key figure counts in, as chosen on its card. */
export const FIGURE_UNIT_KEYS: Record<FigureUnit, string> = {
  count: 'library:figures.units.count',
  people: 'library:figures.units.people',
  'person-times': 'library:figures.units.personTimes',
  percent: 'library:figures.units.percent',
  year: 'library:figures.units.year',
  years: 'library:figures.units.years',
  months: 'library:figures.units.months',
  days: 'library:figures.units.days',
  hours: 'library:figures.units.hours',
  minutes: 'library:figures.units.minutes',
  yuan: 'library:figures.units.yuan',
};

export const STATUS_KEYS: Record<TranslationStatus, string> = {
  missing: 'library:status.missing',
  draft: 'library:status.draft',
  translated: 'library:status.translated',
  reviewed: 'library:status.reviewed',
};

export const STATUS_FILTER_KEYS: Record<StatusFilter, string> = {
  all: 'library:filter.statusAll',
  unreviewed: 'library:filter.statusUnreviewed',
  missing: 'library:status.missing',
  draft: 'library:status.draft',
  translated: 'library:status.translated',
  reviewed: 'library:status.reviewed',
};

/** "Item 2", "Row 3 · Column 1": where a segment sits in its block, counted from 1. */
export function roleLabel(place: SegmentPlace, t: TFunction): string {
  const numbers = place.path.filter((part): part is number => typeof part === 'number');
  const last = (numbers.at(-1) ?? 0) + 1;
  switch (place.role) {
    case 'section-title':
      return t('library:roles.sectionTitle');
    case 'heading':
      return t('library:roles.heading');
    case 'paragraph':
      return t('library:roles.paragraph');
    case 'bullet':
      return t('library:roles.bullet', { n: last });
    case 'figure-label':
      return t('library:roles.figure', { n: (numbers.at(-1) ?? 0) + 1 });
    case 'table-header':
      return t('library:roles.tableHeader', { n: last });
    case 'table-cell':
      return t('library:roles.tableCell', { row: (numbers.at(-2) ?? 0) + 1, column: last });
    case 'image-alt':
      return t('library:roles.imageAlt');
    case 'image-caption':
      return t('library:roles.imageCaption');
    case 'delegation-note':
    case 'stop-activity':
    case 'stop-note':
      return t('library:roles.other');
    default:
      return assertNever(place.role, 'segment role');
  }
}
