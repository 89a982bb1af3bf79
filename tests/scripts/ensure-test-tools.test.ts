// `npm test` starts by making sure of the system tools the tests use. The decision (what is
// missing → which command) is tested with an injected `which`, so nothing is uninstalled.
import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { CHROMIUM_PATH } from '../../scripts/chromium-path.mjs';
import { planTestTools, TEST_TOOLS, whichOnPath } from '../../scripts/ensure-test-tools.mjs';

const temp = mkdtempSync(join(tmpdir(), 'briefing-tools-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A `which` that knows only these commands. */
const only = (...present: string[]) => (command: string) => present.includes(command);
const ALL = TEST_TOOLS.map((tool) => tool.command);

describe('planTestTools', () => {
  it('does nothing when every tool is there', () => {
    expect(planTestTools({ which: only(...ALL, 'apt-get'), isRoot: false, sudo: false }).action).toBe('none');
  });

  it('as root, installs the missing packages once each (pdftotext and pdftoppm are one package)', () => {
    const plan = planTestTools({ which: only('qpdf', 'xmllint', CHROMIUM_PATH, 'apt-get'), isRoot: true, sudo: false });
    expect(plan).toMatchObject({ action: 'install', argv: ['apt-get', 'install', '-y', '--no-install-recommends', 'poppler-utils'] });
  });

  it('with passwordless sudo, installs through sudo -n', () => {
    const plan = planTestTools({ which: only('pdftotext', 'pdftoppm', 'xmllint', 'apt-get'), isRoot: false, sudo: true });
    expect(plan).toMatchObject({ action: 'install', argv: ['sudo', '-n', 'apt-get', 'install', '-y', '--no-install-recommends', 'qpdf', 'chromium'] });
  });

  it('without a way to install, stops with the one command to run', () => {
    const plan = planTestTools({ which: only('apt-get', 'qpdf'), isRoot: false, sudo: false });
    expect(plan.action).toBe('stop');
    if (plan.action !== 'stop') return;
    expect(plan.message).toContain('\n  sudo apt-get install -y poppler-utils libxml2-utils chromium\n');
    expect(plan.message).toContain('pdftotext');
    expect(plan.message).not.toContain('qpdf (');
  });

  it('without apt-get, names the packages and CHROMIUM_PATH', () => {
    const plan = planTestTools({ which: only('pdftotext', 'pdftoppm', 'qpdf', 'xmllint'), isRoot: true, sudo: false });
    expect(plan.action).toBe('stop');
    if (plan.action === 'stop') expect(plan.message).toMatch(/no apt-get.*chromium.*CHROMIUM_PATH/s);
  });
});

describe('ensure-test-tools', () => {
  it('finds commands on PATH and absolute paths, executable ones only', () => {
    const bin = mkdtempSync(join(temp, 'bin-'));
    writeFileSync(join(bin, 'qpdf'), '#!/bin/sh\n');
    chmodSync(join(bin, 'qpdf'), 0o755);
    writeFileSync(join(bin, 'xmllint'), 'not executable');
    expect(whichOnPath('qpdf', { PATH: bin })).toBe(true);
    expect(whichOnPath('xmllint', { PATH: bin })).toBe(false);
    expect(whichOnPath('pdftotext', { PATH: bin })).toBe(false);
    expect(whichOnPath(join(bin, 'qpdf'), { PATH: '' })).toBe(true);
  });

  it('passes on this machine, and --check stops with the command when tools are missing', async () => {
    const run = promisify(execFile);
    await expect(run(process.execPath, ['scripts/ensure-test-tools.mjs', '--check'])).resolves.toBeDefined();
    // An empty PATH: everything is missing, and --check never installs.
    const failed = await run(process.execPath, ['scripts/ensure-test-tools.mjs', '--check'], { env: { PATH: mkdtempSync(join(temp, 'empty-')), CHROMIUM_PATH: join(temp, 'no-chromium') } }).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toMatch(/pdftotext.*qpdf.*xmllint/s);
  });

  it('is the first step of npm test', () => {
    expect(packageJson.scripts.test.startsWith('node scripts/ensure-test-tools.mjs && ')).toBe(true);
  });
});
