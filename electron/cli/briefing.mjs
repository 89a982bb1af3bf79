#!/usr/bin/env node
// Runs in Node: the `briefing` command. It runs the bundled CLI, dist/cli/briefing.mjs (a
// fraction of a second to start, where running the TypeScript through tsx takes seconds).
// In a source checkout the bundle is rebuilt first when a file it was built from changed
// (electron/cli/cli-bundle.mjs decides; scripts/build-cli.mjs builds); an installed
// package ships the bundle alone.
import { existsSync } from 'node:fs';
import module from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CLI_BUNDLE, cliBundleStaleness } from './cli-bundle.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const projectDir = join(here, '..', '..');
const bundleDir = join(projectDir, 'dist', 'cli');
const bundle = join(bundleDir, CLI_BUNDLE);

if (existsSync(join(here, 'main.ts')) && existsSync(join(projectDir, 'scripts', 'build-cli.mjs'))) {
  const stale = cliBundleStaleness(bundleDir, projectDir);
  if (stale) {
    if (process.env.BRIEFING_CLI_VERBOSE) process.stderr.write(`briefing: rebuilding the CLI bundle (${stale})\n`);
    try {
      const { buildCli } = await import('../../scripts/build-cli.mjs');
      await buildCli(bundleDir);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`briefing: cannot build the CLI bundle (${stale}): ${message}\nRun "npm install", then "npm run build:electron".\n`);
      process.exit(2);
    }
  }
} else if (!existsSync(bundle)) {
  process.stderr.write('briefing: neither the CLI source nor its bundle (dist/cli/briefing.mjs) was found.\n');
  process.exit(2);
}
// Node 22 and later keep V8's compiled code of the bundle between runs (Node 20 has no cache).
module.enableCompileCache?.();
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
