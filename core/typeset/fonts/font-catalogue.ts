// Runs anywhere (core): the fonts the engine sets text in, and which font serves which
// script. The host supplies the bytes of each key (electron/fonts reads them from the
// @expo-google-fonts packages); all are Noto, under the SIL Open Font License.
import { ARABIC, BOPOMOFO, CYRILLIC, GREEK, HAN, HANGUL, HIRAGANA, KATAKANA, LATIN, type Script } from '../text/scripts';

export const FONT_KEYS = [
  'NotoSans-Regular',
  'NotoSans-Bold',
  'NotoSansSC-Regular',
  'NotoSansSC-Bold',
  'NotoNaskhArabic-Regular',
  'NotoNaskhArabic-Bold',
] as const;
export type FontKey = (typeof FONT_KEYS)[number];

export type FontFamily = 'NotoSans' | 'NotoSansSC' | 'NotoNaskhArabic';

export interface FontInfo {
  key: FontKey;
  family: FontFamily;
  weight: 400 | 700;
  /** Scripts the family is chosen for first (coverage is still checked by cmap). */
  scripts: readonly Script[];
  /**
   * Size relative to the style's size. Naskh's letters are small on their body (tall
   * ascenders and deep descenders), so it is set larger to look the same size as the rest.
   */
  sizeAdjust: number;
}

const FAMILY_SCRIPTS: Record<FontFamily, readonly Script[]> = {
  NotoSans: [LATIN, GREEK, CYRILLIC],
  NotoSansSC: [HAN, HIRAGANA, KATAKANA, BOPOMOFO, HANGUL],
  NotoNaskhArabic: [ARABIC],
};
const SIZE_ADJUST: Record<FontFamily, number> = { NotoSans: 1, NotoSansSC: 1, NotoNaskhArabic: 1.12 };

export const FONT_CATALOGUE: Record<FontKey, FontInfo> = Object.fromEntries(
  FONT_KEYS.map((key) => {
    const [family, style] = key.split('-') as [FontFamily, string];
    return [key, { key, family, weight: style === 'Bold' ? 700 : 400, scripts: FAMILY_SCRIPTS[family], sizeAdjust: SIZE_ADJUST[family] }];
  }),
) as Record<FontKey, FontInfo>;

export function fontKey(family: FontFamily, bold: boolean): FontKey {
  return `${family}-${bold ? 'Bold' : 'Regular'}` as FontKey;
}

const FAMILY_OF_SCRIPT: (FontFamily | undefined)[] = [];
for (const family of Object.keys(FAMILY_SCRIPTS) as FontFamily[]) {
  for (const script of FAMILY_SCRIPTS[family]) FAMILY_OF_SCRIPT[script] = family;
}

/** The family tried first for a script; Common and unknown scripts have none. */
export function familyForScript(script: Script): FontFamily | undefined {
  return FAMILY_OF_SCRIPT[script];
}

/** Every family, in the order they are tried when the first choice lacks a character. */
export const FALLBACK_ORDER: readonly FontFamily[] = ['NotoSans', 'NotoSansSC', 'NotoNaskhArabic'];
