// Runs in the renderer: the Pack builder's words for templates, layouts and export phases,
// as i18n keys written out in full (the locale check reads them from here).
import type { PackExportProgress } from '../../core/ipc/pack-schemas';
import type { PackLayout, PackTemplate } from '../../core/packs/pack-request';

export const TEMPLATE_KEYS: Record<PackTemplate, { name: string; help: string }> = {
  handout: { name: 'packs:templates.handout.name', help: 'packs:templates.handout.help' },
  staff: { name: 'packs:templates.staff.name', help: 'packs:templates.staff.help' },
  interpreter: { name: 'packs:templates.interpreter.name', help: 'packs:templates.interpreter.help' },
  itinerary: { name: 'packs:templates.itinerary.name', help: 'packs:templates.itinerary.help' },
  'change-notice': { name: 'packs:templates.changeNotice.name', help: 'packs:templates.changeNotice.help' },
};

export const LAYOUT_KEYS: Record<PackLayout, string> = {
  single: 'packs:layouts.single',
  'side-by-side': 'packs:layouts.sideBySide',
  stacked: 'packs:layouts.stacked',
};

export const PHASE_KEYS: Record<PackExportProgress['phase'], string> = {
  preparing: 'packs:export.phases.preparing',
  typesetting: 'packs:export.phases.typesetting',
  writing: 'packs:export.phases.writing',
  saving: 'packs:export.phases.saving',
};
