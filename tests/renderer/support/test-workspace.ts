// Runs in Node (tests, either project): a real, small workspace built the way the sample is
// built, from the authoring files in tests/fixtures/workspace/authoring: two sections, key
// figures, an internal block, a table, three venues, a delegation and its visit.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Workspace } from '../../../core/model/workspace';
import { AUTHORING_FILES, type AuthoringFileName } from '../../../core/workspace/sample-authoring';
import { parseAuthoringFiles, workspaceFromAuthoring } from '../../../core/workspace/workspace-from-authoring';

// import.meta.dirname, not import.meta.url: under jsdom, URL is jsdom's and node:url refuses it.
const folder = resolve(import.meta.dirname, '../../fixtures/workspace/authoring');

export function testWorkspace(): Workspace {
  const files = Object.fromEntries(
    (Object.keys(AUTHORING_FILES) as AuthoringFileName[]).map((name) => [name, JSON.parse(readFileSync(join(folder, name), 'utf8'))]),
  ) as Record<AuthoringFileName, unknown>;
  return workspaceFromAuthoring(parseAuthoringFiles(files), { title: '测试工作区', at: '2026-04-01T08:00:00.000Z', by: 'sample' });
}
