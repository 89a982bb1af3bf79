// Runs in the renderer: what staff choose on the Pack builder (visit, template, languages,
// layout, sections, fill with Chinese), kept consistent as they change one thing at a time,
// and turned into the PackRequest core builds from: one for the pack, or one per language
// of the delegation for a batch.
import type { Workspace } from '../../core/model/workspace';
import { listPackLanguages } from '../../core/packs/list-pack-languages';
import type { PackLayout, PackRequest } from '../../core/packs/pack-request';
import { templateSpec, type PackTemplate } from '../../core/packs/templates/registry';

export const SOURCE = 'zh';

export interface PackChoices {
  visitId: string;
  template: PackTemplate;
  languages: string[];
  layout: PackLayout;
  /** Library sections in print order. */
  sectionIds: string[];
  fillMissing: boolean;
}

/** A template whose language policy is 'several' (the itinerary sheet) prints several target languages, in the single layout. */
export function takesSeveralLanguages(template: PackTemplate, layout: PackLayout): boolean {
  return templateSpec(template).languages === 'several' && layout === 'single';
}

/** The templates built from library sections (the itinerary sheet is the programme only). */
export function usesSections(template: PackTemplate): boolean {
  return templateSpec(template).sections;
}

/** A template for a language pair (the interpreter sheet) is never printed in Chinese alone. */
export function allowsChineseOnly(template: PackTemplate): boolean {
  return templateSpec(template).chineseOnly;
}

/** Templates for the host's staff only: the builder marks them. */
export function isStaffOnly(template: PackTemplate): boolean {
  return templateSpec(template).audience === 'staff';
}

/** Chinese has no partner to sit beside: a Chinese-only pack is single. */
export function layoutsFor(languages: readonly string[]): PackLayout[] {
  return languages[0] === SOURCE ? ['single'] : ['single', 'side-by-side', 'stacked'];
}

/** Delegation languages first: they are what the pack is for. */
export function delegationLanguages(doc: Workspace, visitId: string): string[] {
  return listPackLanguages(doc, visitId);
}

export function initialChoices(doc: Workspace, visitId?: string): PackChoices | null {
  const visit = doc.visits.find((v) => v.id === visitId) ?? doc.visits[0];
  if (!visit) return null;
  const language = delegationLanguages(doc, visit.id)[0] ?? doc.languages.targets[0]?.code ?? SOURCE;
  return {
    visitId: visit.id,
    template: 'handout',
    languages: [language],
    layout: language === SOURCE ? 'single' : 'side-by-side',
    sectionIds: [...visit.pack.sectionIds],
    fillMissing: false,
  };
}

/** Keeps every choice valid after one changed. */
export function normalise(choices: PackChoices): PackChoices {
  let { languages, layout } = choices;
  if (languages.length === 0) languages = [SOURCE];
  if (languages.includes(SOURCE) && languages.length > 1) languages = languages.filter((code) => code !== SOURCE);
  if (!layoutsFor(languages).includes(layout)) layout = 'single';
  if (!takesSeveralLanguages(choices.template, layout)) languages = languages.slice(0, 1);
  return { ...choices, languages, layout };
}

/** Another visit: its own sections and its delegation's language. */
export function withVisit(doc: Workspace, choices: PackChoices, visitId: string): PackChoices {
  const fresh = initialChoices(doc, visitId);
  if (!fresh) return choices;
  return normalise({ ...fresh, template: choices.template, layout: fresh.languages[0] === SOURCE ? 'single' : choices.layout });
}

/** Another template; a Chinese-only choice becomes the delegation's language where the template needs a pair. */
export function withTemplate(doc: Workspace, choices: PackChoices, template: PackTemplate): PackChoices {
  const next = { ...choices, template };
  if (!allowsChineseOnly(template) && choices.languages.includes(SOURCE)) {
    const language = delegationLanguages(doc, choices.visitId)[0] ?? doc.languages.targets[0]?.code;
    if (language) next.languages = [language];
  }
  return normalise(next);
}

/** Ticks or unticks a language; a template that takes one language swaps it instead. */
export function withLanguage(choices: PackChoices, code: string, on: boolean): PackChoices {
  if (!takesSeveralLanguages(choices.template, choices.layout) || code === SOURCE) {
    return normalise({ ...choices, languages: on ? [code] : choices.languages, layout: code === SOURCE ? 'single' : choices.layout });
  }
  const languages = on ? [...choices.languages.filter((c) => c !== SOURCE && c !== code), code] : choices.languages.filter((c) => c !== code);
  return normalise({ ...choices, languages: languages.length > 0 ? languages : choices.languages });
}

export function requestOf(choices: PackChoices): PackRequest {
  return {
    visitId: choices.visitId,
    template: choices.template,
    languages: [...choices.languages],
    layout: choices.layout,
    ...(usesSections(choices.template) ? { sectionIds: [...choices.sectionIds] } : {}),
    ...(choices.fillMissing ? { fillMissing: 'zh' as const } : {}),
  };
}

/** Every language of the delegation, one pack each, with the same template, layout and sections. */
export function batchRequests(doc: Workspace, choices: PackChoices): PackRequest[] {
  return delegationLanguages(doc, choices.visitId).map((language) =>
    requestOf(normalise({ ...choices, languages: [language], layout: language === SOURCE ? 'single' : choices.layout })),
  );
}
