// Runs anywhere (core): everything a template needs to compose a pack: the visit and its
// delegation, the languages and layout, the labels, the text resolver that records missing
// translations, and what may be printed for whom.
import type { Delegation } from '../model/delegations';
import type { Section } from '../model/library';
import type { Visit } from '../model/visits';
import type { Workspace } from '../model/workspace';
import { packLabels, type PackLabels } from './pack-labels';
import type { PackLayout, PackRequest, PackTemplate } from './pack-request';
import { PackTexts, SOURCE_LANGUAGE } from './pack-texts';

export interface PackSection {
  section: Section;
  /** Index in the library, for segment paths. */
  index: number;
}

export interface PackContext {
  workspace: Workspace;
  visit: Visit;
  visitIndex: number;
  delegation: Delegation;
  delegationIndex: number;
  request: PackRequest;
  template: PackTemplate;
  layout: PackLayout;
  /** The language the pack is for: languages[0] ('zh' for a Chinese-only pack). */
  target: string;
  /** Every requested language (more than one only for the itinerary sheet). */
  languages: string[];
  /** Chinese paired with the target (side by side or stacked). */
  bilingual: boolean;
  labels: PackLabels;
  zhLabels: PackLabels;
  texts: PackTexts;
  now: Date;
  /** The library sections chosen, in print order. */
  sections: PackSection[];
  /** Blocks of those sections left out of this pack by the visit. */
  excludedBlockIds: ReadonlySet<string>;
}

export function createPackContext(workspace: Workspace, request: PackRequest, now: Date): PackContext {
  const visitIndex = workspace.visits.findIndex((v) => v.id === request.visitId);
  const visit = workspace.visits[visitIndex]!;
  const delegationIndex = workspace.delegations.findIndex((d) => d.id === visit.delegationId);
  const delegation = workspace.delegations[delegationIndex]!;
  const target = request.languages[0]!;
  const sectionIds = request.sectionIds ?? visit.pack.sectionIds;
  const sections: PackSection[] = [];
  for (const id of sectionIds) {
    const index = workspace.library.sections.findIndex((s) => s.id === id);
    if (index >= 0) sections.push({ section: workspace.library.sections[index]!, index });
  }
  return {
    workspace,
    visit,
    visitIndex,
    delegation,
    delegationIndex,
    request,
    template: request.template,
    layout: target === SOURCE_LANGUAGE ? 'single' : request.layout,
    target,
    languages: request.languages,
    bilingual: target !== SOURCE_LANGUAGE && request.layout !== 'single',
    labels: packLabels(target),
    zhLabels: packLabels(SOURCE_LANGUAGE),
    texts: new PackTexts(request.fillMissing === 'zh'),
    now,
    sections,
    excludedBlockIds: new Set(visit.pack.excludedBlockIds),
  };
}
