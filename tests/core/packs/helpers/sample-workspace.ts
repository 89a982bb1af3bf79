// Runs in Node (tests): the sample workspace, read and validated the way the app reads it,
// and deep copies of it for tests that change it (planted markers, missing translations).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Workspace } from '../../../../core/model/workspace';
import { readWorkspaceText } from '../../../../core/workspace/read-workspace-text';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
export const samplePath = join(root, 'assets', 'sample-workspace', 'sample-workspace.json');

let cached: Workspace | undefined;

export function sampleWorkspace(): Workspace {
  if (!cached) {
    const result = readWorkspaceText(readFileSync(samplePath, 'utf8'), 'sample-workspace.json');
    if (!result.ok) throw new Error(result.problem.message);
    cached = result.doc;
  }
  return structuredClone(cached);
}

export const ENVOYS = 'vis-envoys-visit';
export const KYRGYZ = 'vis-kyrgyz-study-visit';
/** Every language each sample visit's delegation reads. */
export const VISIT_LANGUAGES: Record<string, string[]> = { [ENVOYS]: ['en', 'fr', 'es', 'pt', 'ar'], [KYRGYZ]: ['ru', 'en'] };
export const NOW = new Date('2026-04-10T08:00:00Z');
