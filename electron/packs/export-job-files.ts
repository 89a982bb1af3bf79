// Runs in the main process: what the pack export wrote in this session. Only those files
// may be opened or shown in their folder at the page's request; any other path the page
// names is refused. (The writing itself is the one durable write, electron/files/.)
import { resolve } from 'node:path';

export class ExportedFiles {
  private readonly paths = new Set<string>();

  add(path: string): void {
    this.paths.add(resolve(path));
  }

  has(path: string): boolean {
    return this.paths.has(resolve(path));
  }
}
