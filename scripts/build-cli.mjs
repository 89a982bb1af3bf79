// Runs in Node: bundles the `briefing` CLI (electron/cli/main.ts) into dist/cli/briefing.mjs
// with esbuild, and lists beside it the repository files it was built from, so the `briefing`
// launcher (electron/cli/briefing.mjs) can rebuild it when one of them changes. Used by
// scripts/build-electron.mjs and by the launcher itself.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { mkdir, rename, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI_BUNDLE, CLI_INPUTS } from '../electron/cli/cli-bundle.mjs';

export const PROJECT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

/** What every bundle of the project shares. */
export const SHARED_BUILD_OPTIONS = {
  absWorkingDir: PROJECT_DIR,
  bundle: true,
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  // Keep the TS file extension resolution identical to the type-checker's.
  resolveExtensions: ['.ts', '.tsx', '.mjs', '.js', '.json'],
};

export const CLI_BUILD_OPTIONS = {
  entryPoints: ['electron/cli/main.ts'],
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
};

/** Writes through a temporary file and a rename, so a concurrent `briefing` never reads half a file. */
async function writeAtomically(path, contents) {
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, contents);
  await rename(temporary, path);
}

/** Builds the CLI bundle into `outDir`; returns its size in bytes and how many inputs it has. */
export async function buildCli(outDir = join(PROJECT_DIR, 'dist', 'cli')) {
  // The bundle is dated from the moment its sources were read, so an edit made while
  // esbuild runs still counts as newer.
  const started = new Date();
  const result = await build({ ...SHARED_BUILD_OPTIONS, ...CLI_BUILD_OPTIONS, outfile: join(outDir, CLI_BUNDLE), write: false, metafile: true });
  await mkdir(outDir, { recursive: true });
  const bundlePath = join(outDir, CLI_BUNDLE);
  // The source map first, the bundle last: a reader sees either the old pair or the new bundle.
  const outputs = [...result.outputFiles].sort((a, b) => Number(a.path === bundlePath) - Number(b.path === bundlePath));
  for (const file of outputs) await writeAtomically(file.path, file.contents);
  await utimes(bundlePath, started, started);
  const inputs = [
    ...Object.keys(result.metafile.inputs).filter((path) => !path.startsWith('node_modules/') && !path.includes(':')),
    // Dependencies and the build itself are inputs too.
    ...['package-lock.json', 'scripts/build-cli.mjs'].filter((path) => existsSync(join(PROJECT_DIR, path))),
  ];
  await writeAtomically(join(outDir, CLI_INPUTS), `${JSON.stringify({ inputs }, null, 1)}\n`);
  const bytes = outputs.find((file) => file.path === bundlePath)?.contents.byteLength ?? 0;
  return { path: bundlePath, bytes, inputs: inputs.length };
}
