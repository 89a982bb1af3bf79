// Runs in Node: does dist/cli/briefing.mjs still match its sources? The build writes, beside
// the bundle, the list of repository files esbuild read for it (from its metafile); the
// bundle is stale when one of them is newer than the bundle or gone. A stat per file, a few
// hundred in all: a millisecond or two, on every `briefing` call.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const CLI_BUNDLE = 'briefing.mjs';
export const CLI_INPUTS = 'briefing.inputs.json';

/** Why the bundle in `bundleDir` must be rebuilt, or undefined when it is up to date. */
export function cliBundleStaleness(bundleDir, projectDir) {
  let built;
  try {
    built = statSync(join(bundleDir, CLI_BUNDLE)).mtimeMs;
  } catch {
    return `${CLI_BUNDLE} has not been built`;
  }
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(join(bundleDir, CLI_INPUTS), 'utf8')).inputs;
    if (!Array.isArray(inputs) || inputs.length === 0) throw new Error('empty');
  } catch {
    return `${CLI_INPUTS} is missing or unreadable`;
  }
  for (const input of inputs) {
    let changed;
    try {
      changed = statSync(join(projectDir, input)).mtimeMs;
    } catch {
      return `${input} is gone`;
    }
    if (changed > built) return `${input} is newer than the bundle`;
  }
  return undefined;
}
