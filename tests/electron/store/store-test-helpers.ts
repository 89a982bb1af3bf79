// Runs in Node (tests): temporary folders with workspace files, and byte-exact pictures
// of a folder, to prove what a store did and did not touch.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Workspace } from '../../../core/model/workspace';

const folders: string[] = [];

/** A fresh folder, removed after the test. */
export function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'briefing-store-'));
  folders.push(folder);
  return folder;
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

export function writeWorkspace(file: string, doc: Workspace): void {
  writeFileSync(file, JSON.stringify(doc));
}

/** Every file under `folder` with its bytes (base64), sorted by path. */
export function folderPicture(folder: string): Record<string, string> {
  const picture: Record<string, string> = {};
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path, `${prefix}${name}/`);
      else picture[`${prefix}${name}`] = readFileSync(path).toString('base64');
    }
  };
  walk(folder, '');
  return picture;
}

export const setTranslation = (segmentId: string, language: string, text: string) => ({ type: 'setTranslation', segmentId, language, text, status: 'translated' });
