// Runs in the main process: replace a small file (settings, recent files) durably, with
// the same temp-file, fsync, rename and folder-fsync sequence the workspace store uses.
import { writeFileDurably } from '../store/durable-fs';

export async function atomicWriteFile(target: string, contents: string): Promise<void> {
  await writeFileDurably(target, [contents]);
}
