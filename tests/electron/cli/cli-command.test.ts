import { describe, expect, it } from 'vitest';
import { CliError, parseCommandLine } from '../../../electron/cli/cli-command';
import { main } from '../../../electron/cli/main';

const OPTIONS = { lang: { type: 'string' }, json: { type: 'boolean' }, output: { type: 'string', short: 'o' } } as const;

function failure(args: string[]): CliError {
  try {
    parseCommandLine('check', args, OPTIONS);
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error(`${args.join(' ')} was accepted`);
}

describe('parseCommandLine', () => {
  it('reads options in every spelling util.parseArgs knows, and the positionals', () => {
    const line = parseCommandLine('check', ['a.json', '--lang=ar,ru', '--json', '-o', 'x.pdf', '-'], OPTIONS);
    expect(line.values).toEqual({ lang: 'ar,ru', json: true, output: 'x.pdf' });
    expect(line.positionals).toEqual(['a.json', '-']);
    expect(parseCommandLine('check', ['--output', 'y.pdf', '--lang', 'en'], OPTIONS).values).toEqual({ output: 'y.pdf', lang: 'en' });
  });

  it('turns each mistake into one line that names the option, exit 2', () => {
    const cases: [string[], string][] = [
      [['--frobnicate'], 'unknown option "--frobnicate". Run "briefing check --help".'],
      [['-x'], 'unknown option "-x". Run "briefing check --help".'],
      [['--lang'], '--lang needs a value. Run "briefing check --help".'],
      [['--lang', '--json'], '--lang needs a value. Run "briefing check --help".'],
      [['-o'], '-o, --output needs a value. Run "briefing check --help".'],
      [['--json=yes'], '--json takes no value. Run "briefing check --help".'],
    ];
    for (const [args, message] of cases) {
      const error = failure(args);
      expect(error.message, args.join(' ')).toBe(message);
      expect(error.message).not.toContain('\n');
      expect(error.exitCode).toBe(2);
    }
  });

  it('every command refuses an unknown option with that one line on stderr', async () => {
    for (const command of ['check', 'typeset', 'pack']) {
      let stderr = '';
      const code = await main([command, 'x.json', '--frobnicate'], { stdout: () => undefined, stderr: (t) => void (stderr += t) });
      expect(code).toBe(2);
      expect(stderr).toBe(`briefing ${command}: unknown option "--frobnicate". Run "briefing ${command} --help".\n`);
    }
  });
});
