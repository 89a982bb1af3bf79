// Runs in Node: every `briefing` sub-command, in the order `--help` lists them.
import type { CliCommand } from '../cli-command';

export const commands: CliCommand[] = [];
