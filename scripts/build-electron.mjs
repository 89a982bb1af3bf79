// Runs in Node: bundles the main process, the pack export's worker thread, the preload and
// the `briefing` CLI (scripts/build-cli.mjs) with esbuild, and copies the typesetting
// engine's fonts and wasm to dist/engine-assets. The packaged app ships no node_modules, so every bundle is
// self-contained except for `electron` itself, which the runtime provides, and the engine's
// files are read from that folder.
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCli, SHARED_BUILD_OPTIONS as shared } from './build-cli.mjs';

const projectDir = join(dirname(fileURLToPath(import.meta.url)), '..');
// `--out <dir>` builds somewhere other than dist/ (the tests use a temp folder).
const outFlag = process.argv.indexOf('--out');
const outDir = outFlag > 0 && process.argv[outFlag + 1] ? resolve(process.argv[outFlag + 1]) : join(projectDir, 'dist');
const out = (...parts) => join(outDir, ...parts);

// CommonJS has no import.meta; code that asks for import.meta.url (createRequire in the
// engine's asset loader) gets the bundle's own file URL instead of undefined.
const importMetaUrlInCjs = {
  define: { 'import.meta.url': '__briefingImportMetaUrl' },
  banner: { js: "const __briefingImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

const targets = [
  {
    // Electron 45 runs Node 22 in main and a current Chromium in the preload.
    name: 'main',
    entryPoints: ['electron/main.ts'],
    outfile: out('electron', 'main.cjs'),
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
    ...importMetaUrlInCjs,
  },
  {
    // The pack export's typesetting thread (electron/packs/export-job-runtime.ts finds it here).
    name: 'worker',
    entryPoints: ['electron/packs/export-job-worker.ts'],
    outfile: out('electron', 'export-job-worker.cjs'),
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
    ...importMetaUrlInCjs,
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

/**
 * The engine's fonts and wasm, by their own names (what loadEngineAssets({ directory })
 * reads). The list comes from the loader itself, bundled on the fly, so the two never differ.
 */
async function copyEngineAssets() {
  const probe = await build({
    ...shared,
    entryPoints: ['electron/fonts/load-engine-assets.ts'],
    platform: 'node',
    format: 'esm',
    write: false,
    sourcemap: false,
    logLevel: 'error',
    // Run from a data: URL below, the module still needs a file URL to create its require().
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(projectDir, 'package.json')).href) },
  });
  const source = probe.outputFiles[0]?.text ?? '';
  const moduleUrl = `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`;
  const { ENGINE_ASSET_FILES } = await import(moduleUrl);
  const require = createRequire(join(projectDir, 'package.json'));
  const target = out('engine-assets');
  await mkdir(target, { recursive: true });
  const started = Date.now();
  let bytes = 0;
  for (const specifier of ENGINE_ASSET_FILES) {
    const from = require.resolve(specifier);
    await copyFile(from, join(target, basename(specifier)));
    bytes += (await stat(from)).size;
  }
  console.log(`${'assets'.padEnd(8)} ${relative(projectDir, target)}  ${ENGINE_ASSET_FILES.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB  ${Date.now() - started} ms`);
}

async function main() {
  await rm(out('electron'), { recursive: true, force: true });
  await rm(out('cli'), { recursive: true, force: true });
  await rm(out('engine-assets'), { recursive: true, force: true });
  for (const { name, ...options } of targets) {
    const started = Date.now();
    const result = await build({ ...shared, ...options, metafile: true });
    const bytes = Object.entries(result.metafile.outputs)
      .filter(([path]) => !path.endsWith('.map'))
      .reduce((sum, [, output]) => sum + output.bytes, 0);
    console.log(`${name.padEnd(8)} ${relative(projectDir, options.outfile)}  ${(bytes / 1024).toFixed(0)} KiB  ${Date.now() - started} ms`);
  }
  const started = Date.now();
  const cli = await buildCli(out('cli'));
  console.log(`${'cli'.padEnd(8)} ${relative(projectDir, cli.path)}  ${(cli.bytes / 1024).toFixed(0)} KiB  ${Date.now() - started} ms`);
  await assertPreloadRequiresOnlyElectron(out('electron', 'preload.cjs'));
  await copyEngineAssets();
}

main().catch((error) => {
  console.error(`build-electron: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
