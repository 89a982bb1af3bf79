// Runs in Node: the shape every `briefing` sub-command has, and the one way its command
// line is read (util.parseArgs, strict). A new command is one file in commands/ made with
// defineCommand, plus one line in commands/index.ts.
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface CliCommand {
  name: string;
  /** One line for `briefing --help`. */
  summary: string;
  /** The full usage text for `briefing <name> --help`. */
  usage: string;
  /** Returns the process exit code. */
  run(args: string[], io: CliIo): Promise<number>;
}

/** A user error: printed as one line, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

type Strict<O extends ParseArgsOptionsConfig> = { args: string[]; options: O; allowPositionals: true; strict: true };

/** A command line read against a command's options: typed values and the positionals. */
export type CommandLine<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<Strict<O>>>;

/** Reads `args` with util.parseArgs; a mistake becomes one CliError line naming the option. */
export function parseCommandLine<const O extends ParseArgsOptionsConfig>(command: string, args: string[], options: O): CommandLine<O> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = error instanceof Error ? error.message : String(error);
    // Node names the option as `'--lang'`, `'--lang <value>'` or `'-o, --output <value>'`.
    const flag = /'(-[^']*?)(?: <value>)?'/.exec(message)?.[1] ?? '';
    const help = `Run "briefing ${command} --help".`;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new CliError(`unknown option "${flag}". ${help}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      if (/does not take an argument/.test(message)) throw new CliError(`${flag} takes no value. ${help}`);
      throw new CliError(`${flag} needs a value. ${help}`);
    }
    throw error;
  }
}

export interface CommandSpec<O extends ParseArgsOptionsConfig> {
  name: string;
  summary: string;
  usage: string;
  /** The options util.parseArgs reads; anything else is refused. */
  options: O;
  run(line: CommandLine<O>, io: CliIo): Promise<number>;
}

export function defineCommand<const O extends ParseArgsOptionsConfig>(spec: CommandSpec<O>): CliCommand {
  return {
    name: spec.name,
    summary: spec.summary,
    usage: spec.usage,
    run: (args, io) => spec.run(parseCommandLine(spec.name, args, spec.options), io),
  };
}

/** `ar, ru` → ['ar', 'ru']; a comma-separated option value as a list. */
export function listValue(text: string): string[] {
  return text.split(',').map((item) => item.trim()).filter(Boolean);
}
