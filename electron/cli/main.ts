// Runs in Node: `briefing` argument dispatch, help and version.
import packageJson from '../../package.json' with { type: 'json' };
import { CliError, type CliIo } from './cli-command';
import { commands } from './commands/index';

function overview(): string {
  const width = Math.max(8, ...commands.map((c) => c.name.length));
  const lines = [
    `briefing ${packageJson.version}: Briefing Desk on the command line`,
    '',
    'Usage: briefing <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    `  ${'help'.padEnd(width)}  Show this help, or a command's: briefing help <command>`,
    '',
    'Options:',
    '  -h, --help     Show help',
    '  -v, --version  Show the version',
    '',
  ];
  return lines.join('\n');
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help') {
    io.stdout(overview());
    return 0;
  }
  if (first === '-v' || first === '--version') {
    io.stdout(`${packageJson.version}\n`);
    return 0;
  }
  if (first === 'help') {
    const target = rest[0] && commands.find((c) => c.name === rest[0]);
    if (rest[0] && !target) {
      io.stderr(`briefing: unknown command "${rest[0]}". Run "briefing --help" for the list.\n`);
      return 2;
    }
    io.stdout(target ? `${target.usage.trimEnd()}\n` : overview());
    return 0;
  }
  const command = commands.find((c) => c.name === first);
  if (!command) {
    io.stderr(`briefing: unknown command "${first}". Run "briefing --help" for the list.\n`);
    return 2;
  }
  if (rest.includes('-h') || rest.includes('--help')) {
    io.stdout(`${command.usage.trimEnd()}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`briefing ${command.name}: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`briefing ${command.name}: unexpected error: ${message}\n`);
    return 1;
  }
}
