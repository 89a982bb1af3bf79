// Runs in Node: the pictures of a pack's document, read from the workspace's folder. Only a
// safe relative path inside that folder is read (the model allows nothing else either);
// anything unreadable is left out by the engine with a warning.
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isSafeRelativeImagePath } from '../../core/model/blocks';

export function imageResolver(imageRoot: string | undefined): ((src: string) => Uint8Array | undefined) | undefined {
  if (!imageRoot) return undefined;
  const root = resolve(imageRoot);
  return (src) => {
    if (!isSafeRelativeImagePath(src)) return undefined;
    const path = resolve(join(root, src));
    if (relative(root, path).startsWith('..')) return undefined;
    try {
      const buffer = readFileSync(path);
      return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    } catch {
      return undefined;
    }
  };
}
