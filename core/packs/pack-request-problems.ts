// Runs anywhere (core): what is wrong with a pack request for this workspace, in words a
// person can act on: an unknown visit, template, layout, language or section. Empty when
// the request can be built. The CLI prints these; the pack builder can show them.
import type { Workspace } from '../model/workspace';
import { PACK_LAYOUTS, PackRequestSchema, type PackRequest } from './pack-request';
import { isPackTemplate, PACK_TEMPLATES, templateSpec } from './templates/registry';
import { SOURCE_LANGUAGE } from './pack-texts';

export function packRequestProblems(workspace: Workspace, request: PackRequest): string[] {
  const problems: string[] = [];
  const spec = isPackTemplate(request.template) ? templateSpec(request.template) : undefined;
  if (!spec) {
    problems.push(`unknown template "${request.template}" (choose ${PACK_TEMPLATES.join(', ')})`);
  }
  if (!(PACK_LAYOUTS as readonly string[]).includes(request.layout)) {
    problems.push(`unknown layout "${request.layout}" (choose ${PACK_LAYOUTS.join(', ')})`);
  }
  const visit = workspace.visits.find((v) => v.id === request.visitId);
  if (!visit) {
    const ids = workspace.visits.map((v) => v.id);
    problems.push(`unknown visit "${request.visitId}"${ids.length ? ` (the workspace has ${ids.join(', ')})` : ' (the workspace has no visits)'}`);
  } else if (!workspace.delegations.some((d) => d.id === visit.delegationId)) {
    problems.push(`visit "${visit.id}" names a delegation that is not in the workspace ("${visit.delegationId}")`);
  }
  const targets = workspace.languages.targets.map((l) => l.code);
  const languages = Array.isArray(request.languages) ? request.languages : [];
  for (const code of languages) {
    if (code !== SOURCE_LANGUAGE && !targets.includes(code)) {
      problems.push(`unknown language "${code}" (this workspace has ${[SOURCE_LANGUAGE, ...targets].join(', ')})`);
    }
  }
  if (languages.includes(SOURCE_LANGUAGE) && languages.length > 1) {
    problems.push('Chinese is the source: choose "zh" alone for a Chinese-only pack, or target languages (side by side and stacked add the Chinese)');
  }
  if (spec && languages.length > 1 && spec.languages === 'one') {
    const several = PACK_TEMPLATES.filter((id) => templateSpec(id).languages === 'several');
    problems.push(`the ${request.template} template is printed in one language at a time (only ${several.join(', ')} take${several.length === 1 ? 's' : ''} several)`);
  }
  if (spec && !spec.chineseOnly && languages[0] === SOURCE_LANGUAGE) {
    problems.push(`the ${request.template} template is for a language pair: it needs the target language, e.g. "ru" for Chinese–Russian`);
  }
  for (const id of request.sectionIds ?? []) {
    if (!workspace.library.sections.some((s) => s.id === id)) problems.push(`unknown section "${id}"`);
  }
  if (problems.length === 0) {
    const parsed = PackRequestSchema.safeParse(request);
    if (!parsed.success) for (const issue of parsed.error.issues) problems.push(`${issue.path.join('.') || 'request'}: ${issue.message}`);
  }
  return problems;
}
