// Runs in Node: every file a `briefing` command writes goes through the app's one durable
// write; a failure (a full disk, no permission) becomes one line and exit status 1, and
// no partial file is left, neither the output nor its temp file.
import { writeFileDurably, type FileData } from '../files/write-file-durably';
import { WriteFailedError } from '../files/write-failed-error';
import { CliError } from './cli-command';

export function cliWriteError(error: unknown): CliError | undefined {
  if (!(error instanceof WriteFailedError)) return undefined;
  return new CliError(`${error.message}; nothing was written`, 1);
}

export async function writeOutputFile(path: string, data: FileData): Promise<void> {
  try {
    await writeFileDurably(path, data, { mode: 0o644 });
  } catch (error) {
    throw cliWriteError(error) ?? error;
  }
}
