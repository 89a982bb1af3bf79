// Runs in Node (tests): the engine's assets come from node_modules: real TTF and wasm
// files, read once, fonts only when first asked for.
import { copyFileSync, mkdtempSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_KEYS } from '../../../core/typeset/fonts/font-catalogue';
import { ENGINE_ASSET_FILES, fontFilePath, loadEngineAssets } from '../../../electron/fonts/load-engine-assets';

const isTrueType = (b: Uint8Array) => b[0] === 0 && b[1] === 1 && b[2] === 0 && b[3] === 0;
const isWasm = (b: Uint8Array) => b[0] === 0 && b[1] === 0x61 && b[2] === 0x73 && b[3] === 0x6d;

describe('loadEngineAssets', () => {
  it('reads both HarfBuzz builds and every catalogue font', () => {
    const assets = loadEngineAssets();
    expect(isWasm(assets.harfbuzzWasm)).toBe(true);
    expect(isWasm(assets.subsetWasm)).toBe(true);
    expect(assets.subsetWasm.length).not.toBe(assets.harfbuzzWasm.length);
    for (const key of FONT_KEYS) {
      const bytes = assets.fonts[key];
      expect(isTrueType(bytes), key).toBe(true);
      expect(bytes.length, key).toBe(statSync(fontFilePath(key)).size);
    }
    expect(fontFilePath('NotoSansSC-Bold')).toMatch(/noto-sans-sc[/\\]700Bold[/\\]NotoSansSC_700Bold\.ttf$/);
  });

  it('reads each file once and hands out the same bytes afterwards', () => {
    const a = loadEngineAssets();
    const b = loadEngineAssets();
    expect(b).toBe(a);
    expect(b.fonts['NotoNaskhArabic-Regular']).toBe(a.fonts['NotoNaskhArabic-Regular']);
  });

  it('reads the same files from one folder, as a packaged app ships them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'engine-assets-'));
    const require = createRequire(import.meta.url);
    expect(new Set(ENGINE_ASSET_FILES.map((f) => basename(f))).size).toBe(ENGINE_ASSET_FILES.length);
    for (const file of ENGINE_ASSET_FILES) copyFileSync(require.resolve(file), join(dir, basename(file)));
    const fromFolder = loadEngineAssets({ directory: dir });
    const fromModules = loadEngineAssets();
    expect(fromFolder === fromModules).toBe(false); // (not .not.toBe: it deep-compares megabytes for its message)
    // (Buffer.equals: a deep equality over a megabyte of elements would take minutes.)
    expect(Buffer.from(fromFolder.harfbuzzWasm).equals(fromModules.harfbuzzWasm)).toBe(true);
    expect(Buffer.from(fromFolder.fonts['NotoSans-Bold']).equals(fromModules.fonts['NotoSans-Bold'])).toBe(true);
    expect(() => loadEngineAssets({ directory: join(dir, 'missing') })).toThrow(/ENOENT/);
  });
});
