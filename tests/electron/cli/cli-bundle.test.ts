// The `briefing` launcher runs dist/cli/briefing.mjs and rebuilds it when a file it was
// built from changed. Built for real into a temp folder with the project's build.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_BUNDLE, CLI_INPUTS, cliBundleStaleness } from '../../../electron/cli/cli-bundle.mjs';
import { buildCli } from '../../../scripts/build-cli.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const temp = mkdtempSync(join(tmpdir(), 'briefing-cli-bundle-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A made-up project with two sources and a bundle built from them at `builtAt`. */
function project(builtAt: Date) {
  const dir = mkdtempSync(join(temp, 'project-'));
  mkdirSync(join(dir, 'core'));
  mkdirSync(join(dir, 'dist'));
  const old = new Date(builtAt.getTime() - 60_000);
  for (const file of ['core/a.ts', 'core/b.ts']) {
    writeFileSync(join(dir, file), '');
    utimesSync(join(dir, file), old, old);
  }
  writeFileSync(join(dir, 'dist', CLI_BUNDLE), '');
  utimesSync(join(dir, 'dist', CLI_BUNDLE), builtAt, builtAt);
  writeFileSync(join(dir, 'dist', CLI_INPUTS), JSON.stringify({ inputs: ['core/a.ts', 'core/b.ts'] }));
  return { dir, bundleDir: join(dir, 'dist') };
}

describe('cliBundleStaleness', () => {
  it('is undefined while every input is older than the bundle', () => {
    const { dir, bundleDir } = project(new Date());
    expect(cliBundleStaleness(bundleDir, dir)).toBeUndefined();
  });

  it('names the input that is newer, or gone', () => {
    const built = new Date(Date.now() - 10_000);
    const { dir, bundleDir } = project(built);
    utimesSync(join(dir, 'core/b.ts'), new Date(), new Date());
    expect(cliBundleStaleness(bundleDir, dir)).toBe('core/b.ts is newer than the bundle');
    rmSync(join(dir, 'core/a.ts'));
    expect(cliBundleStaleness(bundleDir, dir)).toBe('core/a.ts is gone');
  });

  it('wants a build when the bundle or its list of inputs is missing or unreadable', () => {
    const { dir, bundleDir } = project(new Date());
    writeFileSync(join(bundleDir, CLI_INPUTS), '{"inputs": [');
    expect(cliBundleStaleness(bundleDir, dir)).toMatch(/briefing\.inputs\.json is missing or unreadable/);
    rmSync(join(bundleDir, CLI_INPUTS));
    expect(cliBundleStaleness(bundleDir, dir)).toMatch(/missing/);
    rmSync(join(bundleDir, CLI_BUNDLE));
    expect(cliBundleStaleness(bundleDir, dir)).toBe('briefing.mjs has not been built');
  });
});

describe('buildCli', () => {
  it('bundles the CLI, lists the repository files it read, and the bundle is fresh and runs', async () => {
    const out = join(temp, 'cli');
    const before = Date.now();
    const result = await buildCli(out);
    expect(result.path).toBe(join(out, CLI_BUNDLE));
    const { inputs } = JSON.parse(readFileSync(join(out, CLI_INPUTS), 'utf8')) as { inputs: string[] };
    for (const file of ['electron/cli/main.ts', 'electron/cli/commands/pack.ts', 'core/model/workspace.ts', 'core/typeset/typeset.ts', 'package.json', 'package-lock.json', 'scripts/build-cli.mjs']) {
      expect(inputs, file).toContain(file);
    }
    expect(inputs.filter((file) => file.startsWith('node_modules/') || file.startsWith('/'))).toEqual([]);
    // Dated from when the sources were read, so an edit made during the build still counts.
    expect(statSync(result.path).mtimeMs).toBeLessThanOrEqual(Date.now());
    expect(statSync(result.path).mtimeMs).toBeGreaterThanOrEqual(before - 1000);
    expect(cliBundleStaleness(out, root)).toBeUndefined();
    const cli = (await import(pathToFileURL(result.path).href)) as { main: (argv: string[], io: { stdout(t: string): void; stderr(t: string): void }) => Promise<number> };
    let help = '';
    expect(await cli.main(['--help'], { stdout: (t) => void (help += t), stderr: () => undefined })).toBe(0);
    expect(help).toContain('Usage: briefing <command>');
  }, 60_000);
});
