// Packs the built app with electron-builder exactly as configured (electron-builder.yml),
// offline: a stand-in folder replaces the Electron download, and only the Linux `dir`
// target runs. Then the real app.asar is opened and its contents checked.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { basename, join, relative } from 'node:path';
import { promisify } from 'node:util';
import * as asar from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { FuseState, SENTINEL } from '@electron/fuses/dist/constants';
import { beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { ENGINE_ASSET_FILES } from '../../electron/fonts/load-engine-assets';

const run = promisify(execFile);
const repo = process.cwd();
const REQUIRED_BUILD_OUTPUT = ['dist/renderer/index.html', 'dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/electron/export-job-worker.cjs'];

/** The wire as an unpacked Electron 45 has it: RunAsNode, cookie encryption off, NODE_OPTIONS and --inspect on, the rest off. */
const STAND_IN_FUSES = '10110000';
const STAND_IN_FUSE_WIRE = Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, STAND_IN_FUSES.length]), Buffer.from(STAND_IN_FUSES)]);

let unpacked: string;
let archive: string;
let entries: string[];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [relative(repo, path).split('\\').join('/')];
  });
}

beforeAll(async () => {
  const missing = REQUIRED_BUILD_OUTPUT.filter((file) => !existsSync(join(repo, file)));
  if (missing.length > 0) {
    throw new Error(`The app is not built (${missing.join(', ')} missing). Run "npm run build" first; "npm test" does it for you.`);
  }
  const work = await mkdtemp(join(tmpdir(), 'briefing-package-'));
  const electronDist = join(work, 'electron-dist');
  await mkdir(electronDist, { recursive: true });
  // electron-builder copies this folder as "Electron" and renames the executable. Like a real
  // Electron binary it carries a fuse wire (the sentinel, version 1, its length, one byte per
  // fuse, as Electron ships them), which electron-builder flips through @electron/fuses.
  await writeFile(join(electronDist, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\necho "stand-in for the Electron binary"\nexit 0\n'), STAND_IN_FUSE_WIRE]));
  await chmod(join(electronDist, 'electron'), 0o755);
  const output = join(work, 'release');
  const electronVersion = (await import('../../node_modules/electron/package.json', { with: { type: 'json' } })).default.version;
  await run(
    process.execPath,
    [
      join(repo, 'node_modules', 'electron-builder', 'cli.js'),
      '--linux',
      'dir',
      '--publish',
      'never',
      `-c.electronDist=${electronDist}`,
      `-c.electronVersion=${electronVersion}`,
      `-c.directories.output=${output}`,
    ],
    { cwd: repo, timeout: 90_000 },
  );
  unpacked = join(output, 'linux-unpacked');
  archive = join(unpacked, 'resources', 'app.asar');
  entries = asar.listPackage(archive, { isPack: false }).map((entry) => entry.split('\\').join('/'));
}, 120_000);

describe('the packaged app (electron-builder --linux dir)', () => {
  it('is the stand-in Electron renamed to the executable name, with the app in app.asar', () => {
    expect(existsSync(join(unpacked, 'briefing-desk'))).toBe(true);
    expect(existsSync(archive)).toBe(true);
    expect(existsSync(join(unpacked, 'resources', 'app'))).toBe(false); // asar, not a loose folder
  });

  it('holds the built renderer, main and preload, the UI strings and the assets', () => {
    for (const file of [...REQUIRED_BUILD_OUTPUT, 'package.json', 'assets/icons/icon.png']) {
      expect(entries, file).toContain(`/${file}`);
    }
    for (const file of [...filesUnder(join(repo, 'locales')), ...filesUnder(join(repo, 'assets'))]) {
      expect(entries, file).toContain(`/${file}`);
    }
    for (const file of filesUnder(join(repo, 'dist', 'renderer'))) {
      if (!file.endsWith('.map')) expect(entries, file).toContain(`/${file}`);
    }
  });

  it('has no dependencies, sources, tests or source maps inside', () => {
    const forbidden = entries.filter(
      (entry) =>
        /(^|\/)node_modules(\/|$)/.test(entry) ||
        /\.map$/.test(entry) ||
        /\.(ts|tsx)$/.test(entry) ||
        /^\/(tests|core|renderer|electron|scripts|docs)(\/|$)/.test(entry),
    );
    expect(forbidden).toEqual([]);
    for (const name of ['vite', 'react', 'react-dom', 'typescript', 'electron', 'electron-builder', 'vitest', 'zod', 'pdf-lib']) {
      expect(entries.some((entry) => entry.startsWith(`/node_modules/${name}/`)), name).toBe(false);
    }
  });

  it('holds the pack export’s worker and every font and wasm file of the engine, byte for byte, since it has no node_modules', () => {
    expect(asar.extractFile(archive, 'dist/electron/export-job-worker.cjs').equals(readFileSync(join(repo, 'dist', 'electron', 'export-job-worker.cjs')))).toBe(true);
    const require = createRequire(join(repo, 'package.json'));
    expect(ENGINE_ASSET_FILES.length).toBeGreaterThanOrEqual(8);
    for (const specifier of ENGINE_ASSET_FILES) {
      const inApp = `dist/engine-assets/${basename(specifier)}`;
      // In the archive, or beside it in app.asar.unpacked if the packaging config ever unpacks it.
      const unpackedFile = join(unpacked, 'resources', 'app.asar.unpacked', inApp);
      const bytes = entries.includes(`/${inApp}`) ? asar.extractFile(archive, inApp) : existsSync(unpackedFile) ? readFileSync(unpackedFile) : undefined;
      expect(bytes, inApp).toBeDefined();
      expect(bytes!.equals(readFileSync(require.resolve(specifier))), inApp).toBe(true);
    }
  });

  it('starts from the bundled main, with a package.json stripped of development data', () => {
    const packaged = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8')) as Record<string, unknown>;
    expect(packaged.main).toBe('dist/electron/main.cjs');
    expect(packaged.version).toBe(packageJson.version);
    expect(packaged.productName).toBe('Briefing Desk');
    expect(packaged.devDependencies).toBeUndefined();
    expect(packaged.scripts).toBeUndefined();
    // Byte for byte the bundle the build produced.
    expect(asar.extractFile(archive, 'dist/electron/main.cjs').equals(readFileSync(join(repo, 'dist', 'electron', 'main.cjs')))).toBe(true);
    expect(asar.extractFile(archive, 'dist/electron/preload.cjs').equals(readFileSync(join(repo, 'dist', 'electron', 'preload.cjs')))).toBe(true);
  });

  it('has its Electron fuses set as electron-builder.yml asks, read back from the packaged binary', async () => {
    const wire = await getCurrentFuseWire(join(unpacked, 'briefing-desk'));
    const fuse = (option: FuseV1Options) => (wire as unknown as Record<number, number>)[option];
    expect(fuse(FuseV1Options.RunAsNode)).toBe(FuseState.DISABLE);
    expect(fuse(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe(FuseState.DISABLE);
    expect(fuse(FuseV1Options.EnableNodeCliInspectArguments)).toBe(FuseState.DISABLE);
    expect(fuse(FuseV1Options.OnlyLoadAppFromAsar)).toBe(FuseState.ENABLE);
    expect(fuse(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe(FuseState.ENABLE);
    expect(fuse(FuseV1Options.EnableCookieEncryption)).toBe(FuseState.ENABLE);
    expect(fuse(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe(FuseState.DISABLE);
    // Every fuse the configuration names, as it names it; none left as Electron shipped it by accident.
    const yml = readFileSync(join(repo, 'electron-builder.yml'), 'utf8');
    const block = /^electronFuses:\n((?: {2}\w+: (?:true|false)\n)+)/m.exec(yml)?.[1] ?? '';
    const configured = Object.fromEntries([...block.matchAll(/(\w+): (true|false)/g)].map((m) => [m[1]!, m[2] === 'true']));
    const names: Record<string, FuseV1Options> = {
      runAsNode: FuseV1Options.RunAsNode,
      enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
      enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
      enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
      enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
      onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
      loadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
      grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
    };
    expect(Object.keys(configured).sort()).toEqual(Object.keys(names).sort());
    for (const [name, value] of Object.entries(configured)) expect(fuse(names[name]!), name).toBe(value ? FuseState.ENABLE : FuseState.DISABLE);
    // The shell script around the wire still runs: the binary was patched in place, not rewritten.
    expect(readFileSync(join(unpacked, 'briefing-desk')).subarray(0, 9).toString()).toBe('#!/bin/sh');
  });
});
