// Runs in Node: every `briefing` sub-command, in the order `--help` lists them.
import type { CliCommand } from '../cli-command';
import { checkCommand } from './check';
import { icsCommand } from './ics';
import { itineraryCommand } from './itinerary';
import { packCommand } from './pack';
import { typesetCommand } from './typeset';

export const commands: CliCommand[] = [checkCommand, typesetCommand, packCommand, itineraryCommand, icsCommand];
