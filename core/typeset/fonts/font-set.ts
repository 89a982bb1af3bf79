// Runs anywhere (core): the catalogue's fonts opened in HarfBuzz, lazily (a CJK font is
// 10 MB, so it is copied into the shaper only when a document first needs it), with each
// font's cmap coverage as a bitmap for the fallback chain.
import type { HarfBuzz, HbFontHandle } from '../shaping/harfbuzz';
import { shapingFont } from './shaping-font';
import { FONT_CATALOGUE, fontKey, type FontFamily, type FontInfo, type FontKey } from './font-catalogue';

export interface LoadedFont extends FontInfo {
  bytes: Uint8Array;
  handle: HbFontHandle;
  upem: number;
  /** Ascender and descender (positive) as fractions of the em. */
  ascent: number;
  descent: number;
  covers(codePoint: number): boolean;
}

export class FontSet {
  private readonly loaded = new Map<FontKey, LoadedFont>();

  constructor(
    readonly hb: HarfBuzz,
    /** A host may leave out faces no document so far needs (and add them later). */
    private readonly bytes: Partial<Record<FontKey, Uint8Array>>,
  ) {}

  /** Whether the host supplied the face (fallback skips the ones it did not). */
  has(family: FontFamily, bold: boolean): boolean {
    const cache = bold ? this.bold : this.regular;
    return cache[family] !== undefined || this.bytes[fontKey(family, bold)] !== undefined;
  }

  private readonly regular: Partial<Record<FontFamily, LoadedFont>> = {};
  private readonly bold: Partial<Record<FontFamily, LoadedFont>> = {};

  /** The family's regular or bold font (hot path: no string building after the first call). */
  of(family: FontFamily, bold: boolean): LoadedFont {
    const cache = bold ? this.bold : this.regular;
    return (cache[family] ??= this.get(fontKey(family, bold)));
  }

  get(key: FontKey): LoadedFont {
    let font = this.loaded.get(key);
    if (!font) {
      const bytes = this.bytes[key];
      if (!bytes) throw new Error(`No bytes were supplied for the font ${key}`);
      const handle = this.hb.openFont(shapingFont(bytes));
      const coverage = this.hb.coverage(handle);
      font = {
        ...FONT_CATALOGUE[key],
        bytes,
        handle,
        upem: handle.upem,
        ascent: handle.ascender / handle.upem,
        descent: handle.descender / handle.upem,
        covers: (cp: number) => ((coverage[cp >> 3] ?? 0) & (1 << (cp & 7))) !== 0,
      };
      this.loaded.set(key, font);
    }
    return font;
  }

  /** Fonts opened so far (those a document used). */
  used(): LoadedFont[] {
    return [...this.loaded.values()];
  }
}
