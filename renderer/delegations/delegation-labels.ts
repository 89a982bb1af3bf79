// Runs in the renderer: the words for the kinds of delegation, as i18n keys written out in full.
import type { DELEGATION_KINDS } from '../../core/model/delegations';

export const DELEGATION_KIND_KEYS: Record<(typeof DELEGATION_KINDS)[number], string> = {
  parliamentary: 'delegations:kinds.parliamentary',
  ambassadors: 'delegations:kinds.ambassadors',
  party: 'delegations:kinds.party',
  seminar: 'delegations:kinds.seminar',
};
