// Runs in Node: the workspace a command names on its command line, read as `briefing check`
// and `briefing pack` both need it: journal included, never written, a missing file a user error.
import { resolve } from 'node:path';
import { loadWorkspaceForReading } from '../store/load-workspace';
import { CliError } from './cli-command';

export async function readWorkspaceArgument(file: string) {
  const path = resolve(file);
  const loaded = await loadWorkspaceForReading(path);
  if (!loaded.ok && loaded.problem.kind === 'not-found') throw new CliError(`${file} does not exist`);
  return { path, loaded };
}
