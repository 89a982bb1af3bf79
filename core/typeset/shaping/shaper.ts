// Runs anywhere (core): shapes items with HarfBuzz and remembers the results for short
// strings (table cells, list markers, headers and footers repeat; long runs rarely do).
import type { LoadedFont } from '../fonts/font-set';
import { SCRIPT_TAGS, OTHER, isCjkScript, type Script } from '../text/scripts';
import { allocateShape, HB_DIRECTION_LTR, HB_DIRECTION_RTL, scriptTag, ShapeArena, type HarfBuzz, type RawShape } from './harfbuzz';

/** Glyphs of one item in visual order, clusters relative to the shaped text's start. */
export type ShapedGlyphs = RawShape;

const CACHE_MAX_LENGTH = 48;
const CACHE_MAX_ENTRIES = 20_000;
const SCRIPT_CODES = SCRIPT_TAGS.map((tag) => (tag === 'Zzzz' ? 0 : scriptTag(tag)));

/**
 * Per font: what HarfBuzz gives each BMP code point shaped alone (glyph and advance), or
 * COMPLEX when that is not one plain glyph. Ideographic text has no contextual shaping in
 * these fonts (no joining, ligatures or kerning between full-width glyphs; a test checks
 * this against HarfBuzz on every sample), so CJK items are shaped from this table, which
 * is several times faster than shaping them again and again.
 */
interface SimpleGlyphs {
  gid: Int32Array; // -1 unknown, COMPLEX
  advance: Int32Array;
}
const UNKNOWN = -1;
const SPACE = 0x20;
const COMPLEX = -2;

export class Shaper {
  private readonly buckets = new Map<LoadedFont, Map<string, Map<string, ShapedGlyphs>[]>>();
  private cached = 0;
  private readonly simple = new Map<string, SimpleGlyphs>();
  /** Off: always call HarfBuzz (tests compare both paths). */
  ideographicFastPath = true;
  /** Off: long runs are shaped whole (tests compare both paths). */
  wordCache = true;

  /** Results not kept in the cache live here until the next paragraph. */
  private readonly arena = new ShapeArena();
  /**
   * Results the cache keeps, carved from large buffers and never reset: one small
   * ArrayBuffer per cached word made every garbage collection walk thousands of them.
   */
  private kept = new ShapeArena();

  constructor(private readonly hb: HarfBuzz) {}

  /** Called at the start of each paragraph: earlier uncached results are no longer in use. */
  beginParagraph(): void {
    this.arena.reset();
  }

  private simpleGlyphs(font: LoadedFont, lang: string): SimpleGlyphs {
    const key = `${font.key}\u0001${lang}`;
    let table = this.simple.get(key);
    if (!table) {
      table = { gid: new Int32Array(0x10000).fill(UNKNOWN), advance: new Int32Array(0x10000) };
      this.simple.set(key, table);
    }
    return table;
  }

  /**
   * CJK items: runs of ideographs and full-width punctuation come from the per-character
   * table; anything else inside the item (digits, Latin letters, which do kern) and any
   * character that is not one plain glyph is shaped by HarfBuzz as usual.
   */
  private shapeIdeographic(
    font: LoadedFont,
    text: string,
    start: number,
    end: number,
    script: Script,
    lang: string,
    arena: ShapeArena | undefined,
  ): ShapedGlyphs {
    const table = this.simpleGlyphs(font, lang);
    const scriptCode = SCRIPT_CODES[script]!;
    const parts: ShapedGlyphs[] = [];
    let total = 0;
    let i = start;
    while (i < end) {
      let j = i;
      while (j < end && this.plainIdeograph(font, table, text.charCodeAt(j), scriptCode, lang)) j++;
      if (j > i) {
        const n = j - i;
        const part = arena ? arena.take(n) : allocateShape(n);
        for (let k = 0; k < n; k++) {
          const cp = text.charCodeAt(i + k);
          part.gids[k] = table.gid[cp]!;
          part.xAdvance[k] = table.advance[cp]!;
          part.clusters[k] = i + k - start;
          // (arena memory is reused: every field is written)
          part.xOffset[k] = 0;
          part.yOffset[k] = 0;
          part.flags[k] = 0;
        }
        parts.push(part);
        total += n;
        i = j;
        continue;
      }
      while (j < end && !this.plainIdeograph(font, table, text.charCodeAt(j), scriptCode, lang)) j++;
      const shaped = this.hb.shape(font.handle, text, i, j - i, HB_DIRECTION_LTR, scriptCode, lang, arena);
      for (let k = 0; k < shaped.clusters.length; k++) shaped.clusters[k]! -= start;
      parts.push(shaped);
      total += shaped.gids.length;
      i = j;
    }
    if (parts.length === 1) return parts[0]!;
    const out = arena ? arena.take(total) : allocateShape(total);
    let at = 0;
    for (const part of parts) {
      out.gids.set(part.gids, at);
      out.clusters.set(part.clusters, at);
      out.flags.set(part.flags, at);
      out.xAdvance.set(part.xAdvance, at);
      out.xOffset.set(part.xOffset, at);
      out.yOffset.set(part.yOffset, at);
      at += part.gids.length;
    }
    return out;
  }

  /** True for an ideograph or full-width sign that HarfBuzz sets as one plain glyph. */
  private plainIdeograph(font: LoadedFont, table: SimpleGlyphs, cp: number, scriptCode: number, lang: string): boolean {
    // Ideographs, CJK punctuation and full-width forms only: kana kern (ア イ).
    const ideographic =
      (cp >= 0x4e00 && cp <= 0x9fff) ||
      (cp >= 0x3400 && cp <= 0x4dbf) ||
      (cp >= 0x2e80 && cp <= 0x303f) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xff01 && cp <= 0xff60);
    if (!ideographic) return false;
    let gid = table.gid[cp]!;
    if (gid === UNKNOWN) {
      const alone = this.hb.shape(font.handle, String.fromCharCode(cp), 0, 1, HB_DIRECTION_LTR, scriptCode, lang);
      const plain = alone.gids.length === 1 && alone.gids[0] !== 0 && !alone.xOffset[0] && !alone.yOffset[0];
      gid = plain ? alone.gids[0]! : COMPLEX;
      table.gid[cp] = gid;
      table.advance[cp] = plain ? alone.xAdvance[0]! : 0;
    }
    return gid !== COMPLEX;
  }

  /**
   * Shapes context[start, end) in `font` (HarfBuzz sees the whole context for joining).
   * The result's clusters count from `start`.
   */
  shape(font: LoadedFont, context: string, start: number, end: number, rtl: boolean, script: Script, lang: string): ShapedGlyphs {
    const length = end - start;
    const cacheable = length <= CACHE_MAX_LENGTH && start === 0 && end === context.length;
    let bucket: Map<string, ShapedGlyphs> | undefined;
    if (cacheable) {
      bucket = this.bucket(font, rtl, script, lang);
      const hit = bucket.get(context);
      if (hit) return hit;
    }
    if (!cacheable && this.wordCache && font.wordShaping && !isCjkScript(script)) return this.shapeWords(font, context, start, end, rtl, script, lang);
    if (this.ideographicFastPath && !rtl && isCjkScript(script)) {
      const fast = this.shapeIdeographic(font, context, start, end, script, lang, bucket ? this.kept : this.arena);
      if (bucket) this.remember(bucket, context, fast);
      return fast;
    }
    const shaped = this.harfBuzz(font, context, start, length, rtl, script, lang, bucket ? this.kept : this.arena);
    if (start) for (let g = 0; g < shaped.clusters.length; g++) shaped.clusters[g]! -= start;
    if (bucket) this.remember(bucket, context, shaped);
    return shaped;
  }

  /**
   * A long run shaped word by word, each word (and each run of spaces) from the cache, as
   * browsers do: words repeat where runs do not. The same glyphs as shaping the run whole
   * for fonts whose table entry says so (no lookup reaches across a space; joining stops
   * at one), which a test checks on every sample.
   */
  private shapeWords(font: LoadedFont, context: string, start: number, end: number, rtl: boolean, script: Script, lang: string): ShapedGlyphs {
    const parts: ShapedGlyphs[] = [];
    const offsets: number[] = [];
    let total = 0;
    const bucket = this.bucket(font, rtl, script, lang);
    for (let i = start; i < end; ) {
      const space = context.charCodeAt(i) === SPACE;
      let j = i + 1;
      while (j < end && (context.charCodeAt(j) === SPACE) === space) j++;
      let shaped: ShapedGlyphs;
      // A word cut by the run's edge joins with the context beyond it: shaped in place.
      const cut = (i === start && start > 0 && !space) || (j === end && end < context.length && !space);
      if (cut) {
        shaped = this.harfBuzz(font, context, i, j - i, rtl, script, lang, this.arena);
        for (let g = 0; g < shaped.clusters.length; g++) shaped.clusters[g]! -= i;
      } else if (j - i <= CACHE_MAX_LENGTH) {
        const word = context.slice(i, j);
        const hit = bucket.get(word);
        shaped = hit ?? this.harfBuzz(font, word, 0, word.length, rtl, script, lang, this.kept);
        if (!hit) this.remember(bucket, word, shaped);
      } else {
        shaped = this.harfBuzz(font, context.slice(i, j), 0, j - i, rtl, script, lang, this.arena);
      }
      parts.push(shaped);
      offsets.push(i - start);
      total += shaped.gids.length;
      i = j;
    }
    const out = this.arena.take(total);
    let at = 0;
    // Visual order: right to left, the last word's glyphs come first.
    for (let k = 0; k < parts.length; k++) {
      const index = rtl ? parts.length - 1 - k : k;
      const part = parts[index]!;
      const offset = offsets[index]!;
      const n = part.gids.length;
      out.gids.set(part.gids, at);
      out.flags.set(part.flags, at);
      out.xAdvance.set(part.xAdvance, at);
      out.xOffset.set(part.xOffset, at);
      out.yOffset.set(part.yOffset, at);
      for (let g = 0; g < n; g++) out.clusters[at + g] = part.clusters[g]! + offset;
      at += n;
    }
    return out;
  }

  /** HarfBuzz on text[start, start + length), in the direction and script given. */
  private harfBuzz(font: LoadedFont, text: string, start: number, length: number, rtl: boolean, script: Script, lang: string, arena: ShapeArena): ShapedGlyphs {
    return this.hb.shape(font.handle, text, start, length, rtl ? HB_DIRECTION_RTL : HB_DIRECTION_LTR, script === OTHER ? 0 : SCRIPT_CODES[script]!, lang, arena);
  }

  /** The cache for one font, direction, script and language, keyed by the text alone. */
  private bucket(font: LoadedFont, rtl: boolean, script: Script, lang: string): Map<string, ShapedGlyphs> {
    let byLang = this.buckets.get(font);
    if (!byLang) this.buckets.set(font, (byLang = new Map()));
    let slots = byLang.get(lang);
    if (!slots) byLang.set(lang, (slots = []));
    const slot = script * 2 + (rtl ? 1 : 0);
    return (slots[slot] ??= new Map());
  }

  private remember(bucket: Map<string, ShapedGlyphs>, text: string, shaped: ShapedGlyphs): void {
    if (++this.cached > CACHE_MAX_ENTRIES) {
      this.buckets.clear();
      this.kept = new ShapeArena(); // the old buffers go once no paragraph holds their results
      this.cached = 0;
      return;
    }
    bucket.set(text, shaped);
  }
}
