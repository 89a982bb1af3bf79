// Runs in Node (main process and CLI): lowdb's JSONFile adapter for the workspace file,
// made durable. JSONFile reads and parses; its writer (steno) renames a temp file but
// never fsyncs, so a power cut could leave an empty file. Writes here go through the one
// durable write: streamed in pieces, fsynced, read back and checked to parse as the
// revision written, then renamed and the folder fsynced.
import { JSONFile } from 'lowdb/node';
import type { Workspace } from '../../core/model/workspace';
import { workspaceJsonChunks } from '../../core/workspace/workspace-json-chunks';
import { nodeFileSystem, type FileSystem } from '../files/file-system';
import { verifyJson, writeFileDurably } from '../files/write-file-durably';

export class DurableWorkspaceFile extends JSONFile<Workspace> {
  constructor(
    readonly path: string,
    private readonly fs: FileSystem = nodeFileSystem,
  ) {
    super(path);
  }

  override async write(doc: Workspace): Promise<void> {
    await writeFileDurably(this.path, workspaceJsonChunks(doc), { fs: this.fs, verify: verifyJson(doc.revision) });
  }
}
