// Runs in Node: what the itinerary commands share: their options read with util.parseArgs
// (an unknown or malformed option is one clear line), the workspace read as `briefing check`
// reads it, and the visit an `--visit` names.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Visit } from '../../core/model/visits';
import type { Workspace } from '../../core/model/workspace';
import { CliError } from './cli-command';
import { readWorkspaceArgument } from './read-workspace-argument';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses `args`; a mistake is a CliError with exit status 1. */
export function readOptions<T extends Options>(args: string[], options: T, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, '');
    throw new CliError(`${message}. Usage: ${usage}`, 1);
  }
}

export async function readWorkspace(positionals: string[], usage: string): Promise<{ path: string; doc: Workspace }> {
  if (positionals.length === 0) throw new CliError(`which workspace? Usage: ${usage}`, 1);
  if (positionals.length > 1) throw new CliError(`one workspace at a time ("${positionals.join('", "')}" given)`, 1);
  const file = positionals[0]!;
  const { path, loaded } = await readWorkspaceArgument(file).catch((error: unknown) => {
    if (error instanceof CliError) throw new CliError(error.message, 1);
    throw error;
  });
  if (!loaded.ok) throw new CliError(loaded.problem.message, 1);
  return { path, doc: loaded.doc };
}

export function requireVisit(doc: Workspace, id: string | undefined): Visit {
  if (!id) throw new CliError(`which visit? Give --visit <id> (${doc.visits.map((v) => v.id).join(', ') || 'this workspace has none'})`, 1);
  const visit = doc.visits.find((v) => v.id === id);
  if (!visit) throw new CliError(`no visit has the id "${id}"; this workspace has ${doc.visits.map((v) => v.id).join(', ') || 'none'}`, 1);
  return visit;
}

/** A version number given on the command line, which must be one the visit has issued. */
export function requireVersion(visit: Visit, value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!/^\d+$/.test(value) || !visit.issuedVersions.some((v) => v.number === number)) {
    const issued = visit.issuedVersions.map((v) => v.number);
    throw new CliError(`${option} ${value}: visit "${visit.id}" has ${issued.length ? `versions ${issued.join(', ')}` : 'no issued version'}`, 1);
  }
  return number;
}
