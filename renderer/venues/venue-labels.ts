// Runs in the renderer: the words for the kinds of venue, as i18n keys written out in full.
import type { VENUE_KINDS } from '../../core/model/venues';

export const VENUE_KIND_KEYS: Record<(typeof VENUE_KINDS)[number], string> = {
  'liaison-station': 'venues:kinds.liaisonStation',
  'collection-point': 'venues:kinds.collectionPoint',
  office: 'venues:kinds.office',
  other: 'venues:kinds.other',
};
