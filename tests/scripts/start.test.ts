// `npm start`'s launcher as a real child process, in a copy of the project layout so
// the outcome does not depend on whether this machine has the Electron binary.
import { spawn } from 'node:child_process';
import { chmod, copyFile, mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { locateElectronBinary, platformExecutable } from '../../scripts/electron-binary.mjs';

const repo = process.cwd();
let project: string;

function runStart(env: Record<string, string>, args: string[] = []) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const clean = { ...process.env };
    delete clean.ELECTRON_OVERRIDE_DIST_PATH;
    const child = spawn(process.execPath, [join(project, 'scripts', 'start.mjs'), ...args], {
      cwd: project,
      // The download goes to a closed local port: it fails at once, like a machine
      // with no route to Electron's download host, and never touches the network.
      env: { ...clean, ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: join(project, '.electron-cache'), ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  project = await mkdtemp(join(tmpdir(), 'briefing-start-'));
  await mkdir(join(project, 'scripts'));
  for (const file of ['start.mjs', 'electron-binary.mjs']) await copyFile(join(repo, 'scripts', file), join(project, 'scripts', file));
  // node_modules: the real packages, except electron, which is copied without its binary.
  const modules = join(project, 'node_modules');
  await mkdir(join(modules, 'electron'), { recursive: true });
  for (const entry of await readdir(join(repo, 'node_modules'))) {
    if (entry !== 'electron' && !entry.startsWith('.')) await symlink(join(repo, 'node_modules', entry), join(modules, entry));
  }
  for (const file of ['package.json', 'install.js', 'checksums.json', 'index.js']) {
    await copyFile(join(repo, 'node_modules', 'electron', file), join(modules, 'electron', file));
  }
});

describe('scripts/start.mjs', () => {
  it('without the Electron binary: tries one download, then explains in one paragraph and exits 1', async () => {
    const { code, stdout, stderr } = await runStart({});
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const paragraphs = stderr.trim().split(/\n\s*\n/);
    expect(paragraphs).toHaveLength(2); // the "trying to download" line, then the explanation
    expect(paragraphs[0]).toMatch(/trying to download it once/);
    const explanation = paragraphs[1]!;
    expect(explanation.split('\n')).toHaveLength(1);
    expect(explanation).toMatch(/Electron binary is not installed/);
    expect(explanation).toMatch(/download attempt just now failed/);
    expect(explanation).toContain('npx install-electron');
    expect(explanation).toContain('node node_modules/electron/install.js');
    expect(explanation).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(explanation).toContain('npm run dev:web');
    expect(stderr).not.toMatch(/^\s+at /m); // no stack trace
    expect(stderr).not.toMatch(/node:internal|file:\/\//);
    expect(existsSync(join(project, 'node_modules', 'electron', 'path.txt'))).toBe(false);
  });

  it('with ELECTRON_OVERRIDE_DIST_PATH pointing nowhere: no download, the same advice, exit 1', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'briefing-no-electron-'));
    const { code, stderr } = await runStart({ ELECTRON_OVERRIDE_DIST_PATH: empty });
    expect(code).toBe(1);
    expect(stderr).not.toMatch(/trying to download/);
    expect(stderr).toContain('ELECTRON_OVERRIDE_DIST_PATH is set');
    expect(stderr).toContain('npm run dev:web');
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('with a binary but no build: says to build, exit 1', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'briefing-electron-dist-'));
    await mkdir(join(dist, platformExecutable(), '..'), { recursive: true });
    await writeFile(join(dist, platformExecutable()), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    const { code, stderr } = await runStart({ ELECTRON_OVERRIDE_DIST_PATH: dist });
    expect(code).toBe(1);
    expect(stderr).toContain('npm run build');
  });

  it('with a binary: runs it on the project folder, passes arguments, and returns its exit code', async () => {
    await mkdir(join(project, 'dist', 'electron'), { recursive: true });
    await writeFile(join(project, 'dist', 'electron', 'main.cjs'), '');
    const dist = await mkdtemp(join(tmpdir(), 'briefing-electron-dist-'));
    const record = join(dist, 'invocation.json');
    const executable = join(dist, platformExecutable());
    await mkdir(join(executable, '..'), { recursive: true });
    // A stand-in executable: records how it was started, then exits with code 7.
    await writeFile(
      executable,
      `#!${process.execPath}\nrequire('fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify({ args: process.argv.slice(2), cwd: process.cwd(), runAsNode: process.env.ELECTRON_RUN_AS_NODE ?? null }));\nprocess.exit(7);\n`,
    );
    await chmod(executable, 0o755);
    expect(locateElectronBinary({ projectDir: project, env: { ELECTRON_OVERRIDE_DIST_PATH: dist } })).toEqual({ found: true, path: executable });
    const { code } = await runStart({ ELECTRON_OVERRIDE_DIST_PATH: dist, ELECTRON_RUN_AS_NODE: '1' }, ['--lang=en']);
    expect(code).toBe(7);
    const invocation = JSON.parse(await readFile(record, 'utf8'));
    expect(invocation).toEqual({ args: [project, '--lang=en'], cwd: project, runAsNode: null });
  });
});

describe('locateElectronBinary', () => {
  it('reads path.txt and looks in node_modules/electron/dist, as electron/index.js does', async () => {
    const fake = await mkdtemp(join(tmpdir(), 'briefing-locate-'));
    const electronDir = join(fake, 'node_modules', 'electron');
    await mkdir(join(electronDir, 'dist'), { recursive: true });
    await writeFile(join(electronDir, 'package.json'), '{}');
    expect(locateElectronBinary({ projectDir: fake, env: {} })).toMatchObject({ found: false, reason: expect.stringContaining('path.txt') });
    await writeFile(join(electronDir, 'path.txt'), 'electron');
    expect(locateElectronBinary({ projectDir: fake, env: {} })).toMatchObject({ found: false });
    await writeFile(join(electronDir, 'dist', 'electron'), '');
    expect(locateElectronBinary({ projectDir: fake, env: {} })).toEqual({ found: true, path: join(electronDir, 'dist', 'electron') });
    expect(locateElectronBinary({ projectDir: join(fake, 'nowhere'), env: {} })).toMatchObject({ found: false, reason: expect.stringContaining('npm install') });
  });
});
