import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import packageJson from '../../../package.json' with { type: 'json' };
import { main } from '../../../electron/cli/main';
import { commands } from '../../../electron/cli/commands/index';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

describe('briefing CLI', () => {
  it('lists every registered command in --help', async () => {
    for (const argv of [[], ['--help'], ['-h'], ['help']]) {
      const { code, stdout } = await run(argv);
      expect(code).toBe(0);
      expect(stdout).toContain('Usage: briefing <command>');
      for (const command of commands) expect(stdout).toMatch(new RegExp(`^  ${command.name}\\s+${command.summary.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm'));
    }
  });

  it('prints the package version', async () => {
    expect(await run(['--version'])).toMatchObject({ code: 0, stdout: `${packageJson.version}\n` });
  });

  it('refuses an unknown command with exit 2 and a hint, on stderr', async () => {
    const { code, stdout, stderr } = await run(['frobnicate']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('unknown command "frobnicate"');
    expect(stderr).toContain('briefing --help');
    expect((await run(['help', 'frobnicate'])).code).toBe(2);
  });

  it('runs as the installed bin, the way `npx briefing` does', async () => {
    const bin = join(root, packageJson.bin.briefing);
    const { stdout } = await promisify(execFile)(process.execPath, [bin, '--help'], { cwd: root });
    expect(stdout).toContain('Usage: briefing <command>');
  });
});
