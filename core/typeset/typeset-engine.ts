// Runs anywhere (core): the engine: HarfBuzz, the fonts and the shaping cache, created
// once per set of assets and reused, so a second document costs only its own layout.
import type { EngineAssets } from './engine-assets';
import { FontSet } from './fonts/font-set';
import type { LayoutEngine } from './layout/layout-document';
import { HarfBuzz } from './shaping/harfbuzz';
import { Shaper } from './shaping/shaper';

export interface TypesetEngine extends LayoutEngine {
  assets: EngineAssets;
}

// Keyed by the font table: hosts that add a per-document image resolver to the same
// assets still share one engine.
const engines = new WeakMap<object, Promise<TypesetEngine>>();

export function typesetEngine(assets: EngineAssets): Promise<TypesetEngine> {
  let engine = engines.get(assets.fonts);
  if (!engine) {
    engine = HarfBuzz.instantiate(assets.harfbuzzWasm).then((hb) => ({
      assets,
      fonts: new FontSet(hb, assets.fonts),
      shaper: new Shaper(hb),
    }));
    engines.set(assets.fonts, engine);
  }
  return engine;
}
