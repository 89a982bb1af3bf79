// Runs in the browser host: the engine's fonts and wasm fetched from the build's own URLs
// (same origin: the CSP's connect-src 'self'), once per worker, and kept.
import { FONT_KEYS, type FontKey } from '../../core/typeset/fonts/font-catalogue';
import type { EngineAssets } from '../../core/typeset/engine-assets';
import type { EngineAssetUrls } from './engine-asset-urls';

let loading: Promise<EngineAssets> | undefined;

async function bytesOf(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url} (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

export function loadBrowserEngineAssets(urls: EngineAssetUrls): Promise<EngineAssets> {
  loading ??= (async () => {
    const [harfbuzzWasm, subsetWasm, ...fonts] = await Promise.all([
      bytesOf(urls.harfbuzzWasm),
      bytesOf(urls.subsetWasm),
      ...FONT_KEYS.map((key) => bytesOf(urls.fonts[key])),
    ]);
    return {
      harfbuzzWasm: harfbuzzWasm!,
      subsetWasm: subsetWasm!,
      fonts: Object.fromEntries(FONT_KEYS.map((key, i) => [key, fonts[i]!])) as Record<FontKey, Uint8Array>,
    };
  })();
  // A failed load (offline dev server, say) is tried again next time.
  loading.catch(() => (loading = undefined));
  return loading;
}
