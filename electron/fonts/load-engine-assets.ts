// Runs in Node: reads the typesetting engine's fonts and wasm, once per process: from
// node_modules (a source checkout, the CLI, tests), or from one folder holding the same
// files by name (a packaged app, which ships no node_modules, copies them there). The
// font bytes are read lazily per key (a CJK face is 10 MB) and kept.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { FONT_KEYS, type FontKey } from '../../core/typeset/fonts/font-catalogue';
import type { EngineAssets } from '../../core/typeset/engine-assets';
import { DeflateThread } from './deflate-thread';
import { FONT_FILES, HARFBUZZ_SUBSET_WASM, HARFBUZZ_WASM } from './font-files';

const require = createRequire(import.meta.url);

export interface EngineAssetOptions {
  /** A folder with every font and wasm file by its own name, instead of node_modules. */
  directory?: string;
}

function pathOf(specifier: string, directory: string | undefined): string {
  if (directory) return join(directory, basename(specifier));
  try {
    return require.resolve(specifier);
  } catch {
    throw new Error(`Cannot find ${specifier}: is the package installed (npm install)?`);
  }
}

function readAsset(specifier: string, directory: string | undefined): Uint8Array {
  const buffer = readFileSync(pathOf(specifier, directory));
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** Every file the engine needs, as package specifiers (their base names are unique). */
export const ENGINE_ASSET_FILES: readonly string[] = [HARFBUZZ_WASM, HARFBUZZ_SUBSET_WASM, ...Object.values(FONT_FILES)];

/**
 * Node's zlib for the PDF's streams, several times faster than the writer's JavaScript
 * deflate, on a thread of its own (one per process, started on first use) so that it
 * runs beside the writer.
 */
const deflateThread = new DeflateThread();
export const nodeDeflate = (data: Uint8Array): Uint8Array | Promise<Uint8Array> => deflateThread.deflate(data);

/** On disk every face is there: each is read the first time it is asked for. */
export type NodeEngineAssets = EngineAssets & { fonts: Record<FontKey, Uint8Array> };

const cache = new Map<string, NodeEngineAssets>();

/** The engine's assets, read the first time they are asked for and kept. */
export function loadEngineAssets(options: EngineAssetOptions = {}): NodeEngineAssets {
  const { directory } = options;
  const cached = cache.get(directory ?? '');
  if (cached) return cached;
  const read = (specifier: string) => readAsset(specifier, directory);
  const fonts = {} as Record<FontKey, Uint8Array>;
  const bytes = new Map<FontKey, Uint8Array>();
  for (const key of FONT_KEYS) {
    Object.defineProperty(fonts, key, {
      enumerable: true,
      get: () => {
        let value = bytes.get(key);
        if (!value) {
          value = read(FONT_FILES[key]);
          bytes.set(key, value);
        }
        return value;
      },
    });
  }
  const assets: NodeEngineAssets = { harfbuzzWasm: read(HARFBUZZ_WASM), subsetWasm: read(HARFBUZZ_SUBSET_WASM), fonts, deflate: nodeDeflate };
  cache.set(directory ?? '', assets);
  return assets;
}

/** Path of a font file in node_modules, for tools that want the file itself (tests, the benchmark). */
export function fontFilePath(key: FontKey): string {
  return pathOf(FONT_FILES[key], undefined);
}
