// Runs anywhere (core): the one table of fonts. Every host derives what it needs from
// it: the engine (which family serves which script, core/typeset/fonts/font-catalogue.ts),
// the Node loader (the file of each face inside its npm package, electron/fonts/), the
// build that copies those files for a packaged app (scripts/build-electron.mjs, through
// the loader), and the renderer: the engine's font URLs and the UI's @font-face rules are
// generated from it by a Vite plugin (vite.config.ts, renderer/hosts/font-table-modules.ts).
// All are Noto from the @expo-google-fonts packages, under the SIL Open Font License.
// It imports nothing, so the Node side of the build (vite.config.ts) can load it as it is.

/** How the UI shows a family: a CSS family name, limited to a Unicode range (unless it is the default). */
export interface CssFace {
  family: string;
  unicodeRange?: string;
}

export interface FontFamilyEntry {
  /** Scripts (ISO 15924) the family is chosen for first (coverage is still checked by cmap). */
  scripts: readonly string[];
  /**
   * Size relative to the style's size. Naskh's letters are small on their body (tall
   * ascenders and deep descenders), so it is set larger to look the same size as the rest.
   */
  sizeAdjust: number;
  /**
   * Whether a long run may be shaped word by word from the cache: true when no lookup of
   * the font reaches across a space, so the glyphs and break flags are those of the whole
   * run (tests/core/typeset/shaping.test.ts holds each family that says so to it).
   */
  wordShaping: boolean;
  /** The npm package and, per weight, the TTF inside it. */
  package: string;
  files: { 400: string; 700: string };
  /** The renderer's @font-face families for this font (none: the UI does not use it). */
  css: readonly CssFace[];
}

const CJK_RANGE =
  'U+2E80-2FDF, U+2FF0-303F, U+3040-30FF, U+3100-312F, U+3190-31FF, U+3200-33FF, U+3400-4DBF, U+4E00-9FFF, U+F900-FAFF, U+FE10-FE1F, U+FE30-FE4F, U+FF00-FFEF, U+20000-3134F';

/**
 * Every family, in the order they are tried when the first choice lacks a character
 * (the large Korean face last: it is read only when a document needs it).
 */
export const FONT_FAMILIES = {
  NotoSans: {
    scripts: ['Latn', 'Grek', 'Cyrl'],
    sizeAdjust: 1,
    wordShaping: true,
    package: '@expo-google-fonts/noto-sans',
    files: { 400: '400Regular/NotoSans_400Regular.ttf', 700: '700Bold/NotoSans_700Bold.ttf' },
    // Latin, Greek and Cyrillic, and everything no other face claims.
    css: [{ family: 'Briefing Latin' }],
  },
  NotoSansSC: {
    scripts: ['Hani', 'Hira', 'Kana', 'Bopo'],
    sizeAdjust: 1,
    // Ideographs have their own fast path (shaper.ts).
    wordShaping: false,
    package: '@expo-google-fonts/noto-sans-sc',
    files: { 400: '400Regular/NotoSansSC_400Regular.ttf', 700: '700Bold/NotoSansSC_700Bold.ttf' },
    css: [
      { family: 'Briefing CJK', unicodeRange: CJK_RANGE },
      // In Chinese text, quotation marks, the middle dot, dashes and the ellipsis take their
      // full-width Chinese forms; this face is put first only under :lang(zh).
      { family: 'Briefing CJK Punctuation', unicodeRange: 'U+00B7, U+2014-2015, U+2018-2019, U+201C-201D, U+2026' },
    ],
  },
  NotoNaskhArabic: {
    scripts: ['Arab'],
    sizeAdjust: 1.12,
    wordShaping: true,
    package: '@expo-google-fonts/noto-naskh-arabic',
    files: { 400: '400Regular/NotoNaskhArabic_400Regular.ttf', 700: '700Bold/NotoNaskhArabic_700Bold.ttf' },
    // Naskh is the book hand Arabic readers expect in running text.
    css: [
      {
        family: 'Briefing Arabic',
        unicodeRange: 'U+0600-06FF, U+0750-077F, U+0870-089F, U+08A0-08FF, U+200C-200F, U+2E41, U+FB50-FDFF, U+FE70-FEFF',
      },
    ],
  },
  NotoSansHebrew: {
    scripts: ['Hebr'],
    sizeAdjust: 1,
    wordShaping: true,
    package: '@expo-google-fonts/noto-sans-hebrew',
    files: { 400: '400Regular/NotoSansHebrew_400Regular.ttf', 700: '700Bold/NotoSansHebrew_700Bold.ttf' },
    css: [{ family: 'Briefing Hebrew', unicodeRange: 'U+0590-05FF, U+FB1D-FB4F' }],
  },
  NotoSansThai: {
    scripts: ['Thai'],
    sizeAdjust: 1,
    wordShaping: true,
    package: '@expo-google-fonts/noto-sans-thai',
    files: { 400: '400Regular/NotoSansThai_400Regular.ttf', 700: '700Bold/NotoSansThai_700Bold.ttf' },
    css: [{ family: 'Briefing Thai', unicodeRange: 'U+0E01-0E5B' }],
  },
  NotoSansKR: {
    scripts: ['Hang'],
    sizeAdjust: 1,
    // Its Hangul lookups flag the glyphs beside a space as unsafe to break.
    wordShaping: false,
    package: '@expo-google-fonts/noto-sans-kr',
    files: { 400: '400Regular/NotoSansKR_400Regular.ttf', 700: '700Bold/NotoSansKR_700Bold.ttf' },
    css: [{ family: 'Briefing Korean', unicodeRange: 'U+1100-11FF, U+3130-318F, U+A960-A97F, U+AC00-D7AF, U+D7B0-D7FF' }],
  },
} as const satisfies Record<string, FontFamilyEntry>;

export type FontFamily = keyof typeof FONT_FAMILIES;
export type FontWeight = 400 | 700;
export type FontKey = `${FontFamily}-${'Regular' | 'Bold'}`;

export interface FontFace {
  key: FontKey;
  family: FontFamily;
  weight: FontWeight;
  /** Module specifier of the TTF (package + file), as require.resolve and Vite take it. */
  file: string;
}

export const FONT_FAMILY_NAMES = Object.keys(FONT_FAMILIES) as FontFamily[];

/** Every face: each family in regular and bold. */
export const FONT_FACES: readonly FontFace[] = FONT_FAMILY_NAMES.flatMap((family) =>
  ([400, 700] as const).map((weight) => ({
    key: faceKey(family, weight === 700),
    family,
    weight,
    file: `${FONT_FAMILIES[family].package}/${FONT_FAMILIES[family].files[weight]}`,
  })),
);

export function faceKey(family: FontFamily, bold: boolean): FontKey {
  return `${family}-${bold ? 'Bold' : 'Regular'}`;
}

/** The @font-face rules of the UI, given how a font file becomes a URL (the Vite plugin's job). */
export function fontFaceCss(urlOf: (file: string) => string): string {
  const rules: string[] = [];
  for (const face of FONT_FACES) {
    for (const css of FONT_FAMILIES[face.family].css as readonly CssFace[]) {
      rules.push(
        `@font-face {\n  font-family: '${css.family}';\n  src: url('${urlOf(face.file)}') format('truetype');\n  font-weight: ${face.weight};\n  font-style: normal;\n  font-display: swap;${
          css.unicodeRange ? `\n  unicode-range: ${css.unicodeRange};` : ''
        }\n}`,
      );
    }
  }
  return `${rules.join('\n')}\n`;
}
