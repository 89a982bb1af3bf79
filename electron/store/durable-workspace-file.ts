// Runs in Node (main process and CLI): lowdb's JSONFile adapter for the workspace file,
// made durable. JSONFile reads and parses; its writer (steno) renames a temp file but
// never fsyncs, so a power cut could leave an empty file. Writes here fsync the file and
// the folder before they resolve, and stream the JSON in pieces.
import { JSONFile } from 'lowdb/node';
import type { Workspace } from '../../core/model/workspace';
import { workspaceJsonChunks } from '../../core/workspace/workspace-json-chunks';
import { writeFileDurably } from './durable-fs';

export class DurableWorkspaceFile extends JSONFile<Workspace> {
  constructor(readonly path: string) {
    super(path);
  }

  override async write(doc: Workspace): Promise<void> {
    await writeFileDurably(this.path, workspaceJsonChunks(doc));
  }
}
