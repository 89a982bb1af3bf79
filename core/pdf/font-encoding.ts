// Runs anywhere (core): the character codes of one embedded font. Every distinct pair
// (glyph, text it stands for) gets its own CID, numbered densely from 1, and the
// CIDToGIDMap sends each CID to its glyph. So one glyph drawn for different text (a
// mirrored parenthesis, a glyph shared by two code points, a mark glyph heading different
// clusters) still extracts correctly, and W, ToUnicode and CIDToGIDMap stay small.
//
// Glyphs that carry no text of their own (marks, dots and other parts of a cluster whose
// text rides on another glyph) are drawn through companion fonts: the same glyphs under
// CIDs whose numeric values are Unicode format characters (Cf) and with no ToUnicode, so
// pdf.js, which falls back to the code as the character, skips them, and poppler, which
// finds no mapping, adds nothing for them.
import { readSfntMetrics, type SfntMetrics } from './sfnt-metrics';

const SEPARATOR = '\u0000';

/** The Basic Multilingual Plane's format characters (General Category Cf), lowest first. */
export const FORMAT_CHARACTER_CODES: readonly number[] = [
  0xad, 0x600, 0x601, 0x602, 0x603, 0x604, 0x605, 0x61c, 0x6dd, 0x70f, 0x890, 0x891, 0x8e2, 0x180e,
  0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2061,
  0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069, 0x206a, 0x206b, 0x206c, 0x206d, 0x206e,
  0x206f, 0xfeff, 0xfff9, 0xfffa, 0xfffb,
];

/** A companion font: up to FORMAT_CHARACTER_CODES.length text-less glyphs. */
export interface InkOnlyFont {
  resourceName: string;
  /** [cid, gid, width in thousandths of an em] for each glyph, in allocation order. */
  glyphs: [number, number, number][];
}

export class FontEncoding {
  readonly metrics: SfntMetrics;
  /** gidOfCid[cid]; index 0 is .notdef. */
  readonly gidOfCid: number[] = [0];
  /** The text each CID extracts as ('' maps to nothing). */
  readonly textOfCid: string[] = [''];
  /** Advance of each CID in thousandths of an em, as written to the W array. */
  readonly widthOfCid: number[] = [0];
  /** Fast path: the CID first given to a glyph (0 = none yet), and its text. */
  private readonly firstCidOfGid: Int32Array;
  private readonly otherCids = new Map<string, number>();
  /** Companion fonts for glyphs drawn without text; see the file comment. */
  readonly inkOnlyFonts: InkOnlyFont[] = [];
  /** (companion index << 16 | cid) + 1 per glyph, 0 = not allocated yet. */
  private readonly inkOnlyCodeOfGid: Int32Array;
  private readonly toThousandths: number;

  constructor(
    readonly key: string,
    readonly resourceName: string,
    readonly fontBytes: Uint8Array,
  ) {
    this.metrics = readSfntMetrics(fontBytes);
    this.firstCidOfGid = new Int32Array(this.metrics.numGlyphs);
    this.inkOnlyCodeOfGid = new Int32Array(this.metrics.numGlyphs);
    this.toThousandths = 1000 / this.metrics.unitsPerEm;
  }

  get cidCount(): number {
    return this.gidOfCid.length;
  }

  /**
   * The CID that draws glyph `gid` and extracts as `text`; `width` (thousandths of an em)
   * overrides the glyph's own advance, for a glyph that also covers the space after it.
   */
  cidFor(gid: number, text: string, width?: number): number {
    if (gid < 0 || gid >= this.firstCidOfGid.length) {
      throw new Error(`Glyph id ${gid} does not exist in font "${this.key}" (${this.firstCidOfGid.length} glyphs)`);
    }
    if (width === undefined) {
      const first = this.firstCidOfGid[gid]!;
      if (first === 0) {
        const cid = this.allocate(gid, text, this.widthOf(gid));
        this.firstCidOfGid[gid] = cid;
        return cid;
      }
      if (this.textOfCid[first] === text) return first;
    }
    const key = width === undefined ? gid + SEPARATOR + text : gid + SEPARATOR + text + SEPARATOR + width;
    let cid = this.otherCids.get(key);
    if (cid === undefined) {
      cid = this.allocate(gid, text, width ?? this.widthOf(gid));
      this.otherCids.set(key, cid);
    }
    return cid;
  }

  /**
   * The companion font and CID that draw glyph `gid` with no text, packed as
   * `companionIndex << 16 | cid`.
   */
  inkOnlyCodeFor(gid: number): number {
    if (gid < 0 || gid >= this.inkOnlyCodeOfGid.length) {
      throw new Error(`Glyph id ${gid} does not exist in font "${this.key}" (${this.inkOnlyCodeOfGid.length} glyphs)`);
    }
    const known = this.inkOnlyCodeOfGid[gid]!;
    if (known !== 0) return known - 1;
    let companion = this.inkOnlyFonts[this.inkOnlyFonts.length - 1];
    if (!companion || companion.glyphs.length === FORMAT_CHARACTER_CODES.length) {
      const n = this.inkOnlyFonts.length;
      companion = { resourceName: `${this.resourceName}i${n === 0 ? '' : n + 1}`, glyphs: [] };
      this.inkOnlyFonts.push(companion);
    }
    const cid = FORMAT_CHARACTER_CODES[companion.glyphs.length]!;
    companion.glyphs.push([cid, gid, this.widthOf(gid)]);
    const code = ((this.inkOnlyFonts.length - 1) << 16) | cid;
    this.inkOnlyCodeOfGid[gid] = code + 1;
    return code;
  }

  /** Nominal advance of a glyph in thousandths of an em. */
  widthOf(gid: number): number {
    return Math.round(this.metrics.advanceOf(gid) * this.toThousandths * 1000) / 1000;
  }

  private allocate(gid: number, text: string, width: number): number {
    const cid = this.gidOfCid.length;
    if (cid > 0xffff) throw new Error(`Font "${this.key}" needs more than 65535 distinct glyph codes`);
    this.gidOfCid.push(gid);
    this.textOfCid.push(text);
    this.widthOfCid.push(width);
    return cid;
  }

  /** The distinct glyph ids drawn, for the subset. */
  usedGlyphIds(): number[] {
    const gids = new Set(this.gidOfCid);
    for (const companion of this.inkOnlyFonts) for (const [, gid] of companion.glyphs) gids.add(gid);
    return [...gids].sort((a, b) => a - b);
  }
}
