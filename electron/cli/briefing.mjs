#!/usr/bin/env node
// Runs in Node: the `briefing` command. A packaged build ships the bundled CLI in
// dist/cli; a source checkout runs the TypeScript directly through tsx.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const bundled = join(here, '..', '..', 'dist', 'cli', 'briefing.mjs');
const source = join(here, 'main.ts');

let entry;
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  entry = source;
} else if (existsSync(bundled)) {
  entry = bundled;
} else {
  console.error('briefing: neither the CLI source nor its bundle (dist/cli/briefing.mjs) was found.');
  process.exit(2);
}
const { main } = await import(pathToFileURL(entry).href);
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
