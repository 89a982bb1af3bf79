// Runs in the main process: the sample workspace shipped with the app
// (assets/sample-workspace/sample-workspace.json), read and validated like any
// workspace, with a fresh creation date so a copy starts its own history.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Workspace } from '../../core/model/workspace';
import { readWorkspaceText } from '../../core/workspace/read-workspace-text';
import { SampleUnavailableError } from './workspace-problem';

export async function readSampleWorkspace(path: string, now: Date): Promise<Workspace> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new SampleUnavailableError(`The sample workspace ${basename(path)} is not part of this build (${(error as Error).message})`);
  }
  const result = readWorkspaceText(text, basename(path));
  if (!result.ok) throw new SampleUnavailableError(result.problem.message);
  const at = now.toISOString();
  return { ...result.doc, revision: 0, meta: { ...result.doc.meta, createdAt: at, updatedAt: at } };
}
