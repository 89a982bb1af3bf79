// Runs in Node (tests): the Noto fonts and hb-subset wasm the PDF writer tests use, read
// from node_modules the way the host hands them to core.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as hb from 'harfbuzzjs';
import type { FontResource } from '../../../../core/typeset/laid-out-document';

const require = createRequire(import.meta.url);

export type TestFontKey = 'sans' | 'sans-bold' | 'sc' | 'sc-bold' | 'naskh' | 'naskh-bold';

const FILES: Record<TestFontKey, string> = {
  sans: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  'sans-bold': '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  sc: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  'sc-bold': '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  naskh: '@expo-google-fonts/noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf',
  'naskh-bold': '@expo-google-fonts/noto-naskh-arabic/700Bold/NotoNaskhArabic_700Bold.ttf',
};

export interface TestFont {
  key: TestFontKey;
  bytes: Uint8Array;
  hbFont: hb.Font;
  upem: number;
  covers(codePoint: number): boolean;
}

const loaded = new Map<TestFontKey, TestFont>();

export function testFont(key: TestFontKey): TestFont {
  let font = loaded.get(key);
  if (!font) {
    const bytes = new Uint8Array(readFileSync(require.resolve(FILES[key])));
    const face = new hb.Face(new hb.Blob(bytes), 0);
    const unicodes = new Set(face.collectUnicodes());
    font = { key, bytes, hbFont: new hb.Font(face), upem: face.upem, covers: (cp) => unicodes.has(cp) };
    loaded.set(key, font);
  }
  return font;
}

export function fontResources(keys: Iterable<TestFontKey>): Record<string, FontResource> {
  const resources: Record<string, FontResource> = {};
  for (const key of keys) resources[key] = { key, bytes: testFont(key).bytes };
  return resources;
}

let wasm: Uint8Array | undefined;
export function subsetWasm(): Uint8Array {
  wasm ??= new Uint8Array(readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')));
  return wasm;
}
