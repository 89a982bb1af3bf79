// Runs anywhere (core): writes one font as a Type0 font with Identity-H encoding over a
// CIDFontType2 descendant: subset FontFile2, CIDToGIDMap, W widths, FontDescriptor and
// ToUnicode, all streams deflated. The CIDToGIDMap is a stream rather than /Identity
// because CIDs stand for (glyph, text) pairs (see FontEncoding); the subset keeps glyph
// ids (hb-subset's RETAIN_GIDS), so the map holds layout's own ids. Called once per font
// per document, after every page is written, so the subset holds exactly the glyphs
// drawn (with .notdef and the components of composite glyphs).
import { PDFString, type PDFContext, type PDFRef } from 'pdf-lib';
import type { FontEncoding } from './font-encoding';
import type { StreamRegistrar } from './deflated-stream';
import type { FontSubsetter } from './font-subsetter';
import { toUnicodeCmap } from './to-unicode-cmap';
import { compactWidths } from './widths-array';

/** PDF FontDescriptor flags (PDF 32000-1:2008, table 123). */
const FLAG_FIXED_PITCH = 1;
const FLAG_SERIF = 2;
const FLAG_SYMBOLIC = 4;
const FLAG_ITALIC = 64;

/** Six capital letters derived from the font and its glyph set, as the subset prefix. */
export function subsetTag(seed: string, glyphIds: readonly number[]): string {
  let hash = 0x811c9dc5;
  const mix = (value: number) => {
    hash ^= value;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  };
  for (let i = 0; i < seed.length; i++) mix(seed.charCodeAt(i));
  for (const gid of glyphIds) mix(gid & 0xffff);
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.floor(hash / 26) ^ Math.imul(hash, 31 + i);
    hash >>>= 0;
  }
  return tag;
}

function cidToGidMap(pairs: Iterable<readonly [number, number]>, maxCid: number): Uint8Array {
  const bytes = new Uint8Array((maxCid + 1) * 2);
  for (const [cid, gid] of pairs) {
    bytes[cid * 2] = gid >> 8;
    bytes[cid * 2 + 1] = gid & 0xff;
  }
  return bytes;
}

/**
 * Writes a font. `refFor` gives the ref pages already use for a font resource name, or
 * undefined when no page used it.
 */
export function embedCidFont(
  context: PDFContext,
  encoding: FontEncoding,
  refFor: (resourceName: string) => PDFRef | undefined,
  subsetter: FontSubsetter,
  stream: StreamRegistrar,
): void {
  const { metrics } = encoding;
  const glyphIds = encoding.usedGlyphIds();
  const baseName = metrics.postScriptName || encoding.key.replace(/[^A-Za-z0-9-]/g, '') || 'Font';
  const baseFont = `${subsetTag(encoding.key + baseName, glyphIds)}+${baseName}`;
  const toPdf = (value: number) => Math.round((value * 1000) / metrics.unitsPerEm);

  const fontFile = subsetter.subset(encoding.fontBytes, glyphIds);
  const fontFileRef = stream(fontFile, { Length1: fontFile.length });

  let flags = FLAG_SYMBOLIC; // CID fonts address glyphs outside the standard Latin set
  if (metrics.isFixedPitch) flags |= FLAG_FIXED_PITCH;
  if (metrics.isSerif) flags |= FLAG_SERIF;
  if (metrics.isItalic) flags |= FLAG_ITALIC;
  // No font table records stem widths; this common estimate from the weight class serves.
  const stemV = Math.round(10 + 220 * ((metrics.weightClass - 50) / 900) ** 2);

  const descriptorRef = context.register(
    context.obj({
      Type: 'FontDescriptor',
      FontName: baseFont,
      Flags: flags,
      FontBBox: metrics.bbox.map(toPdf),
      ItalicAngle: metrics.italicAngle,
      Ascent: toPdf(metrics.ascent),
      Descent: toPdf(metrics.descent),
      CapHeight: toPdf(metrics.capHeight),
      ...(metrics.xHeight ? { XHeight: toPdf(metrics.xHeight) } : {}),
      StemV: stemV,
      FontFile2: fontFileRef,
    }),
  );

  const writeType0 = (
    ref: PDFRef,
    widths: { defaultWidth: number; w: (number | number[])[] },
    cidMap: Uint8Array,
    toUnicode: PDFRef | undefined,
  ) => {
    const descendantRef = context.register(
      context.obj({
        Type: 'Font',
        Subtype: 'CIDFontType2',
        BaseFont: baseFont,
        // Registry and Ordering are strings, not names.
        CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
        FontDescriptor: descriptorRef,
        DW: widths.defaultWidth,
        W: widths.w,
        CIDToGIDMap: stream(cidMap),
      }),
    );
    context.assign(
      ref,
      context.obj({
        Type: 'Font',
        Subtype: 'Type0',
        BaseFont: baseFont,
        Encoding: 'Identity-H',
        DescendantFonts: [descendantRef],
        ...(toUnicode ? { ToUnicode: toUnicode } : {}),
      }),
    );
  };

  const mainRef = refFor(encoding.resourceName);
  if (mainRef) {
    const gidOfCid = encoding.gidOfCid;
    writeType0(
      mainRef,
      compactWidths(encoding.widthOfCid),
      cidToGidMap(gidOfCid.map((gid, cid) => [cid, gid] as const), gidOfCid.length - 1),
      stream(toUnicodeCmap(encoding.textOfCid)),
    );
  }
}
