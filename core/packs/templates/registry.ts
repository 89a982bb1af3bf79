// Runs anywhere (core): THE list of pack templates. Each is declared once, in its own file
// (see pack-template.ts); everything else is derived from this list: the template ids and
// the request schema, which templates are public (composed from the public view, checked
// by the leak tests), the language and section rules of the pack builder and of the
// request check, the command's help. Adding a template: write its file, add it here, add
// its UI name and help (renderer/packs/pack-labels.ts and locales/*/packs.json).
import { changeNotice } from './change-notice';
import { handout } from './handout';
import { interpreterSheet } from './interpreter-sheet';
import { itinerarySheet } from './itinerary-sheet';
import type { PackTemplateSpec } from './pack-template';
import { staffBrief } from './staff-brief';

/** In the order the pack builder and the command's help show them. */
export const TEMPLATE_REGISTRY = [handout, staffBrief, interpreterSheet, itinerarySheet, changeNotice] as const;

export type PackTemplate = (typeof TEMPLATE_REGISTRY)[number]['id'];

/** The template ids, as a tuple zod's enum accepts. */
export const PACK_TEMPLATES = TEMPLATE_REGISTRY.map((spec) => spec.id) as unknown as readonly [PackTemplate, ...PackTemplate[]];

/** Templates that may be handed to delegates: composed from the public view only. */
export const PUBLIC_TEMPLATES: readonly PackTemplate[] = TEMPLATE_REGISTRY.filter((spec) => spec.audience === 'public').map((spec) => spec.id);

export function isPackTemplate(id: string): id is PackTemplate {
  return (PACK_TEMPLATES as readonly string[]).includes(id);
}

export function templateSpec(id: PackTemplate): PackTemplateSpec<PackTemplate> {
  const spec = TEMPLATE_REGISTRY.find((s) => s.id === id);
  if (!spec) throw new Error(`Unknown pack template "${id}"`);
  return spec;
}
