// Runs in Node: where each catalogue font and the HarfBuzz wasm builds live in node_modules.
import type { FontKey } from '../../core/typeset/fonts/font-catalogue';

/** Package-relative module specifiers, resolved with require.resolve. */
export const FONT_FILES: Record<FontKey, string> = {
  'NotoSans-Regular': '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  'NotoSans-Bold': '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  'NotoSansSC-Regular': '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  'NotoSansSC-Bold': '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  'NotoNaskhArabic-Regular': '@expo-google-fonts/noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf',
  'NotoNaskhArabic-Bold': '@expo-google-fonts/noto-naskh-arabic/700Bold/NotoNaskhArabic_700Bold.ttf',
};

export const HARFBUZZ_WASM = 'harfbuzzjs/dist/harfbuzz.wasm';
export const HARFBUZZ_SUBSET_WASM = 'harfbuzzjs/dist/harfbuzz-subset.wasm';
