// Runs in the browser host: the typesetting engine's files as URLs of the build (Vite copies
// them into dist/renderer/assets, the fonts being the very files the UI's CSS uses, both
// generated from the font table by scripts/vite-font-table.ts), so the
// browser host typesets with the same fonts and HarfBuzz as the desktop app. Nothing is
// fetched until a pack is exported.
/// <reference path="./font-table-modules.d.ts" />
import fontUrls from 'virtual:engine-font-urls';
import harfbuzzWasm from 'harfbuzzjs/dist/harfbuzz.wasm?url';
import subsetWasm from 'harfbuzzjs/dist/harfbuzz-subset.wasm?url';
import { FONT_KEYS, type FontKey } from '../../core/typeset/fonts/font-catalogue';

export interface EngineAssetUrls {
  harfbuzzWasm: string;
  subsetWasm: string;
  fonts: Record<FontKey, string>;
}

/** Absolute URLs (resolved against the page), so a worker elsewhere can fetch them. */
export function engineAssetUrls(baseUrl: string): EngineAssetUrls {
  const absolute = (url: string) => new URL(url, baseUrl).href;
  return {
    harfbuzzWasm: absolute(harfbuzzWasm),
    subsetWasm: absolute(subsetWasm),
    fonts: Object.fromEntries(FONT_KEYS.map((key) => [key, absolute(fontUrls[key])])) as Record<FontKey, string>,
  };
}
