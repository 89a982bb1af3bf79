// Runs in Node: bundles the main process, the preload and the `briefing` CLI with
// esbuild. The packaged app ships no node_modules, so every bundle is self-contained
// except for `electron` itself, which the runtime provides.
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = join(dirname(fileURLToPath(import.meta.url)), '..');
// `--out <dir>` builds somewhere other than dist/ (the tests use a temp folder).
const outFlag = process.argv.indexOf('--out');
const outDir = outFlag > 0 && process.argv[outFlag + 1] ? resolve(process.argv[outFlag + 1]) : join(projectDir, 'dist');
const out = (...parts) => join(outDir, ...parts);

// Electron 45 runs Node 22 in main and a current Chromium in the preload.
const shared = {
  absWorkingDir: projectDir,
  bundle: true,
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  // Keep the TS file extension resolution identical to the type-checker's.
  resolveExtensions: ['.ts', '.tsx', '.mjs', '.js', '.json'],
};

const targets = [
  {
    name: 'main',
    entryPoints: ['electron/main.ts'],
    outfile: out('electron', 'main.cjs'),
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
  },
  {
    name: 'preload',
    entryPoints: ['electron/preload.ts'],
    outfile: out('electron', 'preload.cjs'),
    // A sandboxed preload has a browser-like global scope and a require() that only
    // knows 'electron': everything else, zod included, is bundled in.
    platform: 'browser',
    format: 'cjs',
    target: 'es2023',
    external: ['electron'],
    minify: true, // parsed on every page load
  },
  {
    name: 'cli',
    entryPoints: ['electron/cli/main.ts'],
    outfile: out('cli', 'briefing.mjs'),
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Bundled CommonJS dependencies still call require() and read __dirname.
    banner: {
      js: [
        "import { createRequire as __briefingCreateRequire } from 'node:module';",
        "import { fileURLToPath as __briefingFileURLToPath } from 'node:url';",
        "import { dirname as __briefingDirname } from 'node:path';",
        'const require = __briefingCreateRequire(import.meta.url);',
        'const __filename = __briefingFileURLToPath(import.meta.url);',
        'const __dirname = __briefingDirname(__filename);',
      ].join('\n'),
    },
  },
];

/** The preload must not require anything but 'electron', or the sandbox refuses to run it. */
async function assertPreloadRequiresOnlyElectron(file) {
  const code = await readFile(file, 'utf8');
  const required = [...code.matchAll(/\brequire\(\s*(["'`])([^"'`]+)\1\s*\)/g)].map((m) => m[2]);
  const foreign = [...new Set(required.filter((name) => name !== 'electron'))];
  if (foreign.length > 0) {
    throw new Error(`${relative(projectDir, file)} requires ${foreign.join(', ')}; a sandboxed preload may only require 'electron'`);
  }
}

async function main() {
  await rm(out('electron'), { recursive: true, force: true });
  await rm(out('cli'), { recursive: true, force: true });
  for (const { name, ...options } of targets) {
    const started = Date.now();
    const result = await build({ ...shared, ...options, metafile: true });
    const bytes = Object.entries(result.metafile.outputs)
      .filter(([path]) => !path.endsWith('.map'))
      .reduce((sum, [, output]) => sum + output.bytes, 0);
    console.log(`${name.padEnd(8)} ${relative(projectDir, options.outfile)}  ${(bytes / 1024).toFixed(0)} KiB  ${Date.now() - started} ms`);
  }
  await assertPreloadRequiresOnlyElectron(out('electron', 'preload.cjs'));
}

main().catch((error) => {
  console.error(`build-electron: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
