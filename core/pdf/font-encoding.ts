// Runs anywhere (core): the character codes of one embedded font. Every distinct pair
// (glyph, text it stands for) gets its own CID, numbered densely from 1, and the
// CIDToGIDMap sends each CID to its glyph. So one glyph drawn for different text (a
// mirrored parenthesis, a glyph shared by two code points, a mark glyph heading different
// clusters) still extracts correctly, and W, ToUnicode and CIDToGIDMap stay small.
//
// Glyphs that carry no text of their own (marks, dots and other parts of a cluster whose
// text rides on another glyph) are not drawn through a font at all: see glyph-outline.ts.
import { readSfntMetrics, type SfntMetrics } from './sfnt-metrics';

const SEPARATOR = '\u0000';

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
  private readonly toThousandths: number;
  /** widthOf per glyph, worked out on first use (-1: not yet); asked for about every glyph drawn. */
  private readonly nominalWidths: Float64Array;

  constructor(
    readonly key: string,
    readonly resourceName: string,
    readonly fontBytes: Uint8Array,
  ) {
    this.metrics = readSfntMetrics(fontBytes);
    this.firstCidOfGid = new Int32Array(this.metrics.numGlyphs);
    this.toThousandths = 1000 / this.metrics.unitsPerEm;
    this.nominalWidths = new Float64Array(this.metrics.numGlyphs).fill(-1);
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

  /** Nominal advance of a glyph in thousandths of an em. */
  widthOf(gid: number): number {
    let width = this.nominalWidths[gid]!;
    if (width < 0) width = this.nominalWidths[gid] = Math.round(this.metrics.advanceOf(gid) * this.toThousandths * 1000) / 1000;
    return width;
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
    return [...new Set(this.gidOfCid)].sort((a, b) => a - b);
  }
}
