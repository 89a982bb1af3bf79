// Runs in Node (tests): reads typeset PDFs back with real readers (poppler's pdftotext,
// pdftoppm, qpdf, pdf.js) and with pdf-lib for the embedded fonts, plus a tiny PNG
// decoder for comparing renders with the reference pictures.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodePng as decodeRaster } from '../../../support/png';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFRef,
  type PDFObject,
} from 'pdf-lib';

const dir = mkdtempSync(join(tmpdir(), 'briefing-typeset-test-'));
let counter = 0;

export function saveTemp(bytes: Uint8Array, name: string): string {
  const path = join(dir, `${name}-${++counter}.pdf`);
  writeFileSync(path, bytes);
  return path;
}

function run(command: string, args: string[]): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** pdftotext's reading-order text; fails on any complaint from poppler. */
export function popplerText(path: string): string {
  const result = run('pdftotext', ['-enc', 'UTF-8', path, '-']);
  if (result.status !== 0 || result.stderr.trim()) throw new Error(`pdftotext: ${result.stderr}`);
  return result.stdout;
}

/** pdf.js's text of every page, items joined as its copy does; warnings it logged too. */
export async function pdfjsText(bytes: Uint8Array): Promise<{ pages: string[]; warnings: string[] }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const warnings: string[] = [];
  const original = console.log;
  console.log = (...args: unknown[]) => void warnings.push(args.join(' '));
  try {
    const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 1, useSystemFonts: false }).promise;
    const pages: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      pages.push(
        content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''),
      );
    }
    await doc.destroy();
    return { pages, warnings };
  } finally {
    console.log = original;
  }
}

/** qpdf --check: exit status and its report. */
export function qpdfCheck(path: string): { status: number | null; output: string } {
  const result = run('qpdf', ['--check', path]);
  return { status: result.status, output: result.stdout + result.stderr };
}

/**
 * Text as readers should give it, for comparison: bidi control marks that poppler adds
 * around right-to-left text removed, whitespace collapsed, and no whitespace next to
 * Chinese characters (a line break inside Chinese text is not a space).
 */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]) ?/g, '$1')
    .trim();
}

/** Renders one page as an 8-bit grey PNG with pdftoppm and returns the file's bytes. */
export function renderPage(path: string, page: number, dpi: number): Uint8Array {
  const prefix = join(dir, `render-${++counter}`);
  const result = run('pdftoppm', ['-r', String(dpi), '-gray', '-png', '-f', String(page), '-l', String(page), '-singlefile', path, prefix]);
  if (result.status !== 0) throw new Error(`pdftoppm: ${result.stderr}`);
  return readFileSync(`${prefix}.png`);
}

export interface GreyImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** Decodes a PNG (tests/support/png.ts) to grey pixels: colour averaged, alpha dropped. */
export function decodePng(bytes: Uint8Array): GreyImage {
  const { width, height, channels, pixels: samples } = decodeRaster(bytes);
  const pixels = new Uint8Array(width * height);
  for (let i = 0; i < width * height; i++) {
    pixels[i] = channels <= 2 ? samples[i * channels]! : Math.round((samples[i * channels]! + samples[i * channels + 1]! + samples[i * channels + 2]!) / 3);
  }
  return { width, height, pixels };
}

/** How far apart two renders are: mean absolute difference and the share of pixels off by more than 64. */
export function compareImages(a: GreyImage, b: GreyImage): { mean: number; changed: number } {
  if (a.width !== b.width || a.height !== b.height) return { mean: 255, changed: 1 };
  let sum = 0;
  let changed = 0;
  for (let i = 0; i < a.pixels.length; i++) {
    const d = Math.abs(a.pixels[i]! - b.pixels[i]!);
    sum += d;
    if (d > 64) changed++;
  }
  return { mean: sum / a.pixels.length, changed: changed / a.pixels.length };
}

// --- Embedded fonts and the glyphs the pages draw -------------------------------------------

function resolve(doc: PDFDocument, object: PDFObject | undefined): PDFObject | undefined {
  return object instanceof PDFRef ? doc.context.lookup(object) : object;
}

function streamBytes(doc: PDFDocument, object: PDFObject | undefined): Uint8Array {
  const stream = resolve(doc, object);
  if (!(stream instanceof PDFRawStream)) throw new Error('expected a stream');
  return decodePDFRawStream(stream).decode();
}

/**
 * The CIDs each font resource paints in a content stream (TJ and Tj with 2-byte codes).
 * Text in an invisible rendering mode (3 Tr, 7 Tr) paints nothing and is not counted.
 */
function cidsByFont(content: Uint8Array): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  let font = '';
  let invisible = false;
  let i = 0;
  const operands: (string | number[] | number)[] = [];
  const readLiteral = (): number[] => {
    const bytes: number[] = [];
    let depth = 1;
    i++; // '('
    while (i < content.length) {
      const c = content[i]!;
      if (c === 0x5c) {
        const n = content[i + 1]!;
        const map: Record<number, number> = { 0x6e: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12 };
        if (n >= 0x30 && n <= 0x37) {
          let v = 0;
          let k = 1;
          while (k <= 3 && content[i + k]! >= 0x30 && content[i + k]! <= 0x37) v = v * 8 + content[i + k++]! - 0x30;
          bytes.push(v & 0xff);
          i += k;
          continue;
        }
        bytes.push(map[n] ?? n);
        i += 2;
        continue;
      }
      if (c === 0x28) depth++;
      if (c === 0x29 && --depth === 0) {
        i++;
        break;
      }
      bytes.push(c);
      i++;
    }
    return bytes;
  };
  const readHex = (): number[] => {
    i++;
    let hex = '';
    while (content[i] !== 0x3e) hex += String.fromCharCode(content[i++]!);
    i++;
    hex = hex.replace(/\s/g, '');
    if (hex.length % 2) hex += '0';
    const bytes: number[] = [];
    for (let k = 0; k < hex.length; k += 2) bytes.push(parseInt(hex.slice(k, k + 2), 16));
    return bytes;
  };
  const show = (bytes: number[]) => {
    let set = out.get(font);
    if (!set) out.set(font, (set = new Set()));
    for (let k = 0; k + 1 < bytes.length; k += 2) set.add((bytes[k]! << 8) | bytes[k + 1]!);
  };
  while (i < content.length) {
    const c = content[i]!;
    if (c === 0x28) operands.push(readLiteral());
    else if (c === 0x3c && content[i + 1] !== 0x3c) operands.push(readHex());
    else if (c === 0x2f) {
      let name = '';
      i++;
      while (i < content.length && !/[\s/\[\]()<>]/.test(String.fromCharCode(content[i]!))) name += String.fromCharCode(content[i++]!);
      operands.push(name);
    } else if (/[A-Za-z'"]/.test(String.fromCharCode(c))) {
      let op = '';
      while (i < content.length && /[A-Za-z'"*]/.test(String.fromCharCode(content[i]!))) op += String.fromCharCode(content[i++]!);
      if (op === 'Tf') font = operands.find((o) => typeof o === 'string') as string;
      if (op === 'Tr') invisible = operands.at(-1) === 3 || operands.at(-1) === 7;
      if (!invisible && (op === 'TJ' || op === 'Tj' || op === "'" || op === '"')) for (const o of operands) if (Array.isArray(o)) show(o);
      operands.length = 0;
    } else if ((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e) {
      let number = '';
      while (i < content.length && /[0-9.+-]/.test(String.fromCharCode(content[i]!))) number += String.fromCharCode(content[i++]!);
      operands.push(Number(number));
    } else i++;
  }
  return out;
}

/** Glyph count and which glyphs have outlines, from a TrueType font's loca table. */
function glyphOutlines(ttf: Uint8Array): { numGlyphs: number; hasOutline(gid: number): boolean } {
  const view = new DataView(ttf.buffer, ttf.byteOffset, ttf.byteLength);
  const tables = new Map<string, number>();
  const count = view.getUint16(4);
  for (let t = 0; t < count; t++) {
    const rec = 12 + t * 16;
    tables.set(String.fromCharCode(...ttf.subarray(rec, rec + 4)), view.getUint32(rec + 8));
  }
  const head = tables.get('head')!;
  const maxp = tables.get('maxp')!;
  const loca = tables.get('loca')!;
  const longOffsets = view.getInt16(head + 50) === 1;
  const numGlyphs = view.getUint16(maxp + 4);
  const at = (gid: number) => (longOffsets ? view.getUint32(loca + gid * 4) : view.getUint16(loca + gid * 2) * 2);
  return { numGlyphs, hasOutline: (gid) => gid < numGlyphs && at(gid + 1) > at(gid) };
}

function toUnicodeMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const hexText = (hex: string) => {
    let s = '';
    for (let k = 0; k < hex.length; k += 4) s += String.fromCharCode(parseInt(hex.slice(k, k + 4), 16));
    return s;
  };
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/g)) map.set(parseInt(m[1]!, 16), hexText(m[2]!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])/g)) {
      const lo = parseInt(m[1]!, 16);
      const hi = parseInt(m[2]!, 16);
      if (m[3]!.startsWith('[')) {
        const items = [...m[3]!.matchAll(/<([0-9A-Fa-f]*)>/g)].map((x) => hexText(x[1]!));
        for (let c = lo; c <= hi; c++) map.set(c, items[c - lo] ?? '');
      } else {
        const base = m[3]!.slice(1, -1);
        for (let c = lo; c <= hi; c++) {
          const last = parseInt(base.slice(-4), 16) + (c - lo);
          map.set(c, hexText(base.slice(0, -4) + last.toString(16).padStart(4, '0')));
        }
      }
    }
  }
  return map;
}

export interface DrawnGlyphProblem {
  page: number;
  font: string;
  cid: number;
  gid: number;
  reason: string;
}

/**
 * Every glyph the pages draw, checked against the font program embedded for it: the
 * glyph must exist in the subset and have an outline (only whitespace may be blank).
 * Returns the problems and how many glyphs were checked.
 */
export async function checkDrawnGlyphs(bytes: Uint8Array): Promise<{ checked: number; fonts: string[]; problems: DrawnGlyphProblem[] }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const problems: DrawnGlyphProblem[] = [];
  const fonts = new Set<string>();
  let checked = 0;
  doc.getPages().forEach((page, pageIndex) => {
    const contents = resolve(doc, page.node.get(PDFName.of('Contents')));
    const parts = contents instanceof PDFArray ? contents.asArray() : [contents];
    const content = Buffer.concat(parts.map((p) => streamBytes(doc, p)));
    const resources = resolve(doc, page.node.get(PDFName.of('Resources'))) as PDFDict;
    const fontDict = resolve(doc, resources.get(PDFName.of('Font'))) as PDFDict;
    for (const [name, cids] of cidsByFont(content)) {
      const type0 = resolve(doc, fontDict.get(PDFName.of(name))) as PDFDict;
      const baseFont = String(type0.get(PDFName.of('BaseFont')));
      fonts.add(baseFont);
      const descendant = resolve(doc, (resolve(doc, type0.get(PDFName.of('DescendantFonts'))) as PDFArray).get(0)) as PDFDict;
      const descriptor = resolve(doc, descendant.get(PDFName.of('FontDescriptor'))) as PDFDict;
      const outlines = glyphOutlines(streamBytes(doc, descriptor.get(PDFName.of('FontFile2'))));
      const mapObject = resolve(doc, descendant.get(PDFName.of('CIDToGIDMap')));
      const map = mapObject instanceof PDFName ? undefined : streamBytes(doc, mapObject);
      const toUnicodeObject = type0.get(PDFName.of('ToUnicode'));
      const text = toUnicodeObject ? toUnicodeMap(Buffer.from(streamBytes(doc, toUnicodeObject)).toString('latin1')) : new Map<number, string>();
      for (const cid of cids) {
        checked++;
        const gid = map ? (map[cid * 2]! << 8) | map[cid * 2 + 1]! : cid;
        // Only text that is blank (whitespace, perhaps with invisible bidi marks) may be drawn blank.
        const blankAllowed = text.has(cid) && /^[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069]*$/.test(text.get(cid)!);
        if (gid === 0) problems.push({ page: pageIndex + 1, font: baseFont, cid, gid, reason: '.notdef (missing glyph)' });
        else if (gid >= outlines.numGlyphs) problems.push({ page: pageIndex + 1, font: baseFont, cid, gid, reason: 'not in the subset' });
        else if (!outlines.hasOutline(gid) && !blankAllowed) problems.push({ page: pageIndex + 1, font: baseFont, cid, gid, reason: 'no outline in the subset' });
      }
    }
  });
  return { checked, fonts: [...fonts], problems };
}
