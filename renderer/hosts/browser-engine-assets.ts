// Runs in the browser host: the engine's fonts and wasm fetched from the build's own URLs
// (same origin: the CSP's connect-src 'self'), once per worker, and kept. Fonts are
// fetched as documents need them (fontKeysFor: the faces of the scripts they contain),
// so a Chinese–Arabic handout never downloads the Korean face.
import { fontKeysFor, type FontKey } from '../../core/typeset/fonts/font-catalogue';
import type { EngineAssets } from '../../core/typeset/engine-assets';
import type { EngineAssetUrls } from './engine-asset-urls';

let wasm: Promise<Pick<EngineAssets, 'harfbuzzWasm' | 'subsetWasm'>> | undefined;
/** One record for the worker's life: the engine is cached by it, and reads faces added later. */
const fonts: Partial<Record<FontKey, Uint8Array>> = {};
const fetching = new Map<FontKey, Promise<void>>();

async function bytesOf(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url} (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

function fontLoaded(urls: EngineAssetUrls, key: FontKey): Promise<void> {
  let loading = fetching.get(key);
  if (!loading) {
    loading = bytesOf(urls.fonts[key]).then((bytes) => void (fonts[key] = bytes));
    fetching.set(key, loading);
    // A failed load (offline dev server, say) is tried again next time.
    loading.catch(() => fetching.delete(key));
  }
  return loading;
}

/** The engine's assets with every face `text` can need loaded. */
export async function loadBrowserEngineAssets(urls: EngineAssetUrls, text: string): Promise<EngineAssets> {
  wasm ??= Promise.all([bytesOf(urls.harfbuzzWasm), bytesOf(urls.subsetWasm)]).then(([harfbuzzWasm, subsetWasm]) => ({ harfbuzzWasm, subsetWasm }));
  wasm.catch(() => (wasm = undefined));
  const [loaded] = await Promise.all([wasm, ...fontKeysFor(text).map((key) => fontLoaded(urls, key))]);
  return { ...loaded, fonts };
}
