// Runs in Node (tests): digs the embedded fonts and the glyphs each page draws out of a
// written PDF, with pdf-lib's parser and zlib, so tests can check them against the
// original font files.
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, type PDFObject } from 'pdf-lib';

export interface EmbeddedFont {
  ref: PDFRef;
  baseFont: string;
  type0: PDFDict;
  descendant: PDFDict;
  descriptor: PDFDict;
  /** Decoded FontFile2. */
  fontFile: Uint8Array;
  /** gid of each CID (from CIDToGIDMap). */
  gidOfCid: Map<number, number>;
  /** Text of each CID (from ToUnicode), if the font has one. */
  textOfCid: Map<number, string> | undefined;
  /** Width of each CID from DW and W. */
  widthOf(cid: number): number;
}

export function streamBytes(stream: PDFObject | undefined): Uint8Array {
  if (!(stream instanceof PDFRawStream)) throw new Error('Expected a stream');
  const filter = stream.dict.lookup(PDFName.of('Filter'));
  return filter === PDFName.of('FlateDecode') ? inflateSync(stream.contents) : stream.contents;
}

function parseToUnicode(text: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, hex] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/g)) {
      let value = '';
      for (let i = 0; i < hex!.length; i += 4) value += String.fromCharCode(parseInt(hex!.slice(i, i + 4), 16));
      map.set(parseInt(code!, 16), value);
    }
  }
  return map;
}

export function readFont(pdf: PDFDocument, ref: PDFRef): EmbeddedFont {
  const type0 = pdf.context.lookup(ref, PDFDict);
  const descendant = type0.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict);
  const descriptor = descendant.lookup(PDFName.of('FontDescriptor'), PDFDict);
  const map = streamBytes(descendant.lookup(PDFName.of('CIDToGIDMap')));
  const gidOfCid = new Map<number, number>();
  for (let cid = 0; cid * 2 < map.length; cid++) gidOfCid.set(cid, (map[cid * 2]! << 8) | map[cid * 2 + 1]!);
  const toUnicode = type0.lookup(PDFName.of('ToUnicode'));
  const widths = new Map<number, number>();
  const w = descendant.lookup(PDFName.of('W'), PDFArray).asArray().map((item) => pdf.context.lookup(item));
  for (let i = 0; i < w.length; ) {
    const first = (w[i] as PDFNumber).asNumber();
    const next = w[i + 1];
    if (next instanceof PDFArray) {
      next.asArray().forEach((value, k) => widths.set(first + k, (value as PDFNumber).asNumber()));
      i += 2;
    } else {
      const last = (next as PDFNumber).asNumber();
      for (let cid = first; cid <= last; cid++) widths.set(cid, (w[i + 2] as PDFNumber).asNumber());
      i += 3;
    }
  }
  const dw = (descendant.lookup(PDFName.of('DW')) as PDFNumber | undefined)?.asNumber() ?? 1000;
  return {
    ref,
    baseFont: (type0.lookup(PDFName.of('BaseFont')) as PDFName).decodeText(),
    type0,
    descendant,
    descriptor,
    fontFile: streamBytes(descriptor.lookup(PDFName.of('FontFile2'))),
    gidOfCid,
    textOfCid: toUnicode ? parseToUnicode(new TextDecoder().decode(streamBytes(toUnicode))) : undefined,
    widthOf: (cid) => widths.get(cid) ?? dw,
  };
}

/** The CIDs drawn on a page, per font resource ref (parses the TJ/Tj strings we write). */
export function drawnCids(pdf: PDFDocument, pageIndex: number): Map<PDFRef, number[]> {
  const page = pdf.getPage(pageIndex);
  const fonts = page.node.Resources()!.lookup(PDFName.of('Font'), PDFDict);
  const content = streamBytes(page.node.lookup(PDFName.of('Contents')));
  const drawn = new Map<PDFRef, number[]>();
  let current: PDFRef | undefined;
  const text = Buffer.from(content).toString('latin1');
  const addCodes = (bytes: number[]) => {
    if (bytes.length === 0) return;
    if (!current) throw new Error('Text shown before any Tf');
    const list = drawn.get(current!) ?? [];
    for (let i = 0; i + 1 < bytes.length; i += 2) list.push((bytes[i]! << 8) | bytes[i + 1]!);
    drawn.set(current!, list);
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '/') {
      const name = /^\/([A-Za-z0-9]+)\s+[\d.]+\s+Tf/.exec(text.slice(i, i + 40));
      if (name) current = fonts.get(PDFName.of(name[1]!)) as PDFRef;
      i++;
    } else if (c === '(') {
      const bytes: number[] = [];
      i++;
      while (text[i] !== ')') {
        if (text[i] === '\\') {
          const escaped = text[i + 1]!;
          bytes.push(escaped === 'n' ? 10 : escaped === 'r' ? 13 : escaped.charCodeAt(0));
          i += 2;
        } else bytes.push(text.charCodeAt(i++));
      }
      i++;
      addCodes(bytes);
    } else if (c === '<' && text[i + 1] !== '<') {
      const end = text.indexOf('>', i);
      const hex = text.slice(i + 1, end);
      const bytes: number[] = [];
      for (let k = 0; k < hex.length; k += 2) bytes.push(parseInt(hex.slice(k, k + 2), 16));
      addCodes(bytes);
      i = end + 1;
    } else if (c === '<') {
      i += 2; // a dictionary (marked content properties)
    } else i++;
  }
  return drawn;
}

/** Minimal TrueType reading: table offsets, glyph count and which glyphs have outlines. */
export function glyphOutlineLengths(font: Uint8Array): number[] {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = new Map<string, number>();
  for (let i = 0; i < view.getUint16(4); i++) {
    const at = 12 + i * 16;
    tables.set(String.fromCharCode(...font.subarray(at, at + 4)), view.getUint32(at + 8));
  }
  const numGlyphs = view.getUint16(tables.get('maxp')! + 4);
  const longLoca = view.getInt16(tables.get('head')! + 50) === 1;
  const loca = tables.get('loca')!;
  const offset = (gid: number) => (longLoca ? view.getUint32(loca + gid * 4) : view.getUint16(loca + gid * 2) * 2);
  const lengths: number[] = [];
  for (let gid = 0; gid < numGlyphs; gid++) lengths.push(offset(gid + 1) - offset(gid));
  return lengths;
}

export async function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false });
}
