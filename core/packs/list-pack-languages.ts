// Runs anywhere (core): the languages a visit's packs are printed in, for a batch export
// ("every language of the delegation"): the delegation's primary languages, then its
// secondary ones, each once, and only those the workspace has as target languages.
import type { Workspace } from '../model/workspace';

export function listPackLanguages(workspace: Workspace, visitId: string): string[] {
  const visit = workspace.visits.find((v) => v.id === visitId);
  if (!visit) return [];
  const delegation = workspace.delegations.find((d) => d.id === visit.delegationId);
  if (!delegation) return [];
  const targets = new Set(workspace.languages.targets.map((l) => l.code));
  const out: string[] = [];
  for (const code of [...delegation.primaryLanguages, ...delegation.secondaryLanguages]) {
    if (targets.has(code) && !out.includes(code)) out.push(code);
  }
  return out;
}
