// Runs in the browser host: the typesetting engine's files as URLs of the build (Vite copies
// them into dist/renderer/assets, the fonts being the very files the UI's CSS uses), so the
// browser host typesets with the same fonts and HarfBuzz as the desktop app. Nothing is
// fetched until a pack is exported.
import notoNaskhArabicBold from '@expo-google-fonts/noto-naskh-arabic/700Bold/NotoNaskhArabic_700Bold.ttf?url';
import notoNaskhArabicRegular from '@expo-google-fonts/noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf?url';
import notoSansBold from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import notoSansRegular from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import notoSansScBold from '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf?url';
import notoSansScRegular from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import harfbuzzWasm from 'harfbuzzjs/dist/harfbuzz.wasm?url';
import subsetWasm from 'harfbuzzjs/dist/harfbuzz-subset.wasm?url';
import type { FontKey } from '../../core/typeset/fonts/font-catalogue';

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
    fonts: {
      'NotoSans-Regular': absolute(notoSansRegular),
      'NotoSans-Bold': absolute(notoSansBold),
      'NotoSansSC-Regular': absolute(notoSansScRegular),
      'NotoSansSC-Bold': absolute(notoSansScBold),
      'NotoNaskhArabic-Regular': absolute(notoNaskhArabicRegular),
      'NotoNaskhArabic-Bold': absolute(notoNaskhArabicBold),
    },
  };
}
