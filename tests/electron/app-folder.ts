// Runs in Node (tests): a minimal app folder on disk, laid out as the build lays it out
// (dist/renderer/index.html and one script), for the protocol to serve.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export async function makeAppFolder(root: string): Promise<string> {
  const appPath = join(root, 'app');
  const renderer = join(appPath, 'dist', 'renderer');
  await mkdir(join(renderer, 'assets'), { recursive: true });
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Briefing Desk</title><script type="module" src="/assets/app.js"></script>');
  await writeFile(join(renderer, 'assets', 'app.js'), 'document.title = "ready";');
  return appPath;
}
