// Runs anywhere (core): everything a template needs to compose a pack: the visit and its
// delegation (from the view of the workspace its audience may see), the languages and
// layout, the labels, the text resolver that records missing translations.
import type { Delegation } from '../model/delegations';
import type { Section } from '../model/library';
import type { Visit } from '../model/visits';
import type { Workspace } from '../model/workspace';
import { hostLabels, type HostLabels } from './pack-host';
import { packLabels, printedName, type PackLabels, type PrintedNames } from './pack-labels';
import type { PackLayout } from './pack-layouts';
import { PackTexts, SOURCE_LANGUAGE } from './pack-texts';
import type { WorkspaceView } from './public-view';

export interface PackSection {
  section: Section;
  /** Index in the library, for segment paths. */
  index: number;
}

/** What composing needs of a request (a PackRequest is one; the template is chosen before). */
export interface ComposeRequest {
  visitId: string;
  languages: string[];
  layout: PackLayout;
  fillMissing?: 'zh';
  sectionIds?: string[];
}

/** The pack's labels in a language, with the workspace's host organisation. */
export type ContextLabels = PackLabels & HostLabels;

export interface PackContext {
  /** The workspace as this template's audience may see it (public templates: the public view). */
  workspace: Workspace;
  visit: Visit;
  visitIndex: number;
  delegation: Delegation;
  delegationIndex: number;
  layout: PackLayout;
  /** The language the pack is for: languages[0] ('zh' for a Chinese-only pack). */
  target: string;
  /** Every requested language (more than one only for the itinerary sheet). */
  languages: string[];
  /** Chinese paired with the target (side by side or stacked). */
  bilingual: boolean;
  labels: ContextLabels;
  zhLabels: ContextLabels;
  /** The template's name in the target language, and in Chinese. */
  kind: string;
  zhKind: string;
  /** Whether a language is written right to left, as the workspace's languages say. */
  isRtl(language: string): boolean;
  texts: PackTexts;
  now: Date;
  /** The library sections chosen, in print order. */
  sections: PackSection[];
  /** Blocks of those sections left out of this pack by the visit. */
  excludedBlockIds: ReadonlySet<string>;
}

export function createPackContext(view: WorkspaceView, request: ComposeRequest, now: Date, names: PrintedNames): PackContext {
  const workspace = view.workspace;
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
  const rtl = new Set([workspace.languages.source, ...workspace.languages.targets].filter((l) => l.direction === 'rtl').map((l) => l.code));
  return {
    workspace,
    visit,
    visitIndex,
    delegation,
    delegationIndex,
    layout: target === SOURCE_LANGUAGE ? 'single' : request.layout,
    target,
    languages: request.languages,
    bilingual: target !== SOURCE_LANGUAGE && request.layout !== 'single',
    labels: { ...packLabels(target), ...hostLabels(workspace, target) },
    zhLabels: { ...packLabels(SOURCE_LANGUAGE), ...hostLabels(workspace, SOURCE_LANGUAGE) },
    kind: printedName(names, target),
    zhKind: printedName(names, SOURCE_LANGUAGE),
    isRtl: (language) => rtl.has(language),
    texts: new PackTexts(request.fillMissing === 'zh', view.originalPath),
    now,
    sections,
    excludedBlockIds: new Set(visit.pack.excludedBlockIds),
  };
}
