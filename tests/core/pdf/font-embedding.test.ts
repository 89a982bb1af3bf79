// Runs in Node (tests): vitest, node project; reads real files with real PDF readers.
// Embedded fonts read back from the file: Type0 / CIDFontType2 / Identity-H with a
// CIDToGIDMap, ToUnicode and W; one font object per font shared by all pages; subsets
// that hold every glyph the pages draw (checked against the original font's outlines)
// and little else, so a page in three scripts stays small.
import { PDFArray, PDFDict, PDFName, PDFNumber, type PDFRef } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LaidOutDocument } from '../../../core/typeset/laid-out-document';
import { readSfntMetrics } from '../../../core/pdf/sfnt-metrics';
import { documentOf, lineOf, sampleParagraph, write } from './helpers/sample-documents';
import { drawnCids, glyphOutlineLengths, loadPdf, readFont, type EmbeddedFont } from './helpers/pdf-fonts';
import { SAMPLE_PARAGRAPHS } from './helpers/sample-texts';
import { testFont, type TestFontKey } from './helpers/test-fonts';

const LANGUAGES = Object.keys(SAMPLE_PARAGRAPHS) as (keyof typeof SAMPLE_PARAGRAPHS)[];

/** Every (font key, gid) layout asked for, from the LaidOutDocument itself. */
function requestedGlyphs(doc: LaidOutDocument): Map<string, Set<number>> {
  const wanted = new Map<string, Set<number>>();
  for (const page of doc.pages) {
    for (const item of page.items) {
      if (item.kind !== 'line') continue;
      for (const run of item.runs) {
        const set = wanted.get(run.font) ?? new Set<number>();
        for (const glyph of run.glyphs) set.add(glyph.gid);
        wanted.set(run.font, set);
      }
    }
  }
  return wanted;
}

let doc: LaidOutDocument;
let fonts: Map<string, EmbeddedFont>; // by BaseFont without the subset tag
let drawn: Map<string, Set<number>>; // gids drawn per BaseFont, from the content streams
let pageFontRefs: PDFRef[][];
let outlined: Map<string, Set<number>>; // gids drawn as outline forms (ink only), per BaseFont
let bytes: Uint8Array;

beforeAll(async () => {
  // Every language on its own page, plus bold and the mixtures, so every script is drawn
  // on several pages through shared font objects.
  doc = documentOf([
    ...LANGUAGES.map((language) => sampleParagraph(language)),
    [...sampleParagraph('zh', 100, { bold: true }), ...sampleParagraph('ar', 200, { bold: true }), ...sampleParagraph('en', 300, { bold: true })],
    [lineOf('قدّم الممثّلون اقتراحًا جديدًا بِشأنِ الضوضاء.', 'rtl', 'ar')],
  ]);
  bytes = await write(doc);
  const pdf = await loadPdf(bytes);
  fonts = new Map();
  drawn = new Map();
  outlined = new Map();
  pageFontRefs = [];
  for (let p = 0; p < pdf.getPageCount(); p++) {
    const refs: PDFRef[] = [];
    for (const [ref, cids] of drawnCids(pdf, p)) {
      refs.push(ref);
      const font = readFont(pdf, ref);
      const name = font.baseFont.slice(7);
      fonts.set(name, font);
      const gids = drawn.get(name) ?? new Set<number>();
      for (const cid of cids) gids.add(font.gidOfCid.get(cid)!);
      drawn.set(name, gids);
    }
    pageFontRefs.push(refs);
    // Glyphs drawn ink-only are forms named after their font's resource and glyph id.
    const page = pdf.getPage(p);
    const fontDict = page.node.Resources()!.lookup(PDFName.of('Font'), PDFDict);
    const xObjects = page.node.Resources()!.lookupMaybe(PDFName.of('XObject'), PDFDict);
    for (const key of xObjects?.keys() ?? []) {
      const form = /^\/(F\d+)g(\d+)$/.exec(key.toString());
      if (!form) continue;
      const name = readFont(pdf, fontDict.get(PDFName.of(form[1]!)) as PDFRef).baseFont.slice(7);
      const gids = outlined.get(name) ?? new Set<number>();
      gids.add(Number(form[2]));
      outlined.set(name, gids);
    }
  }
});

const POSTSCRIPT_NAMES: Record<TestFontKey, string> = {
  sans: 'NotoSans-Regular',
  'sans-bold': 'NotoSans-Bold',
  sc: 'NotoSansSC-Regular',
  'sc-bold': 'NotoSansSC-Bold',
  naskh: 'NotoNaskhArabic-Regular',
  'naskh-bold': 'NotoNaskhArabic-Bold',
};

describe('embedded fonts', () => {
  it('are Type0 fonts over CIDFontType2 with Identity-H, a subset tag and a ToUnicode CMap', () => {
    expect([...fonts.keys()].sort()).toEqual(Object.values(POSTSCRIPT_NAMES).sort());
    for (const font of fonts.values()) {
      expect(font.baseFont).toMatch(/^[A-Z]{6}\+/);
      expect(font.type0.lookup(PDFName.of('Subtype'))).toBe(PDFName.of('Type0'));
      expect(font.type0.lookup(PDFName.of('Encoding'))).toBe(PDFName.of('Identity-H'));
      expect(font.descendant.lookup(PDFName.of('Subtype'))).toBe(PDFName.of('CIDFontType2'));
      expect(font.descriptor.lookup(PDFName.of('FontName'))).toBe(PDFName.of(font.baseFont));
    }
  });

  it('have font descriptors with the metrics of the font files', () => {
    for (const [key, name] of Object.entries(POSTSCRIPT_NAMES) as [TestFontKey, string][]) {
      const font = fonts.get(name)!;
      const metrics = readSfntMetrics(testFont(key).bytes);
      const number = (field: string) => (font.descriptor.lookup(PDFName.of(field)) as PDFNumber).asNumber();
      const scale = 1000 / metrics.unitsPerEm;
      expect(number('Ascent')).toBe(Math.round(metrics.ascent * scale));
      expect(number('Descent')).toBe(Math.round(metrics.descent * scale));
      expect(number('Ascent')).toBeGreaterThan(0);
      expect(number('Descent')).toBeLessThan(0);
      expect(number('CapHeight')).toBeGreaterThan(0);
      expect(number('ItalicAngle')).toBe(0);
      expect(number('Flags') & 4).toBe(4); // symbolic
      expect(number('StemV')).toBeGreaterThan(name.endsWith('Bold') ? 100 : 30);
      const bbox = font.descriptor.lookup(PDFName.of('FontBBox'), PDFArray).asArray().map((v) => (v as PDFNumber).asNumber());
      expect(bbox).toEqual(metrics.bbox.map((v) => Math.round(v * scale)));
    }
  });

  it('draw exactly the glyphs layout placed, and each one keeps its outline in the subset', () => {
    const wanted = requestedGlyphs(doc);
    for (const [key, name] of Object.entries(POSTSCRIPT_NAMES) as [TestFontKey, string][]) {
      const original = glyphOutlineLengths(testFont(key).bytes);
      const subset = glyphOutlineLengths(fonts.get(name)!.fontFile);
      const gids = drawn.get(name)!;
      // The end anchor (rule 5) draws .notdef invisibly; everything else is layout's.
      const all = new Set([...gids, ...(outlined.get(name) ?? [])]);
      expect([...all].filter((gid) => gid !== 0).sort((a, b) => a - b)).toEqual([...wanted.get(key)!].sort((a, b) => a - b));
      for (const gid of gids) {
        if (original[gid]! > 0) expect(subset[gid], `${name} glyph ${gid}`).toBeGreaterThan(0);
      }
      // And the subset is a subset: glyphs nobody drew (nor needs as a component) are empty.
      const kept = subset.filter((length) => length > 0).length;
      expect(kept).toBeLessThan(gids.size * 2 + 8);
      expect(fonts.get(name)!.fontFile.length).toBeLessThan(testFont(key).bytes.length / 4);
    }
  });

  it('give each code the width of its glyph, and text that the ToUnicode map spells out', () => {
    for (const [key, name] of Object.entries(POSTSCRIPT_NAMES) as [TestFontKey, string][]) {
      const font = fonts.get(name)!;
      const metrics = readSfntMetrics(testFont(key).bytes);
      for (const [cid, gid] of font.gidOfCid) {
        if (cid === 0) continue;
        const text = font.textOfCid!.get(cid) ?? '';
        // Codes that also cover the space after them, and the zero-width end anchor, are
        // the writer's own (rules 4 and 5 in run-text-plan.ts).
        // Zero-width codes are the writer's invisible ones (marks, direction marks).
        if (text.endsWith(' ') || gid === 0 || font.widthOf(cid) === 0) continue;
        expect(font.widthOf(cid), `${name} cid ${cid}`).toBeCloseTo((metrics.advanceOf(gid) * 1000) / metrics.unitsPerEm, 2);
        expect(text, `${name} cid ${cid} has text`).not.toBe('');
      }
    }
  });

  it('share one font object per font across all pages', () => {
    // Regular Noto Sans draws the en, ru, fr, es, pt pages (and digits elsewhere): each
    // of those pages points at the very same object.
    const sansRef = fonts.get('NotoSans-Regular')!.ref.toString();
    const pagesUsingSans = pageFontRefs.filter((refs) => refs.some((ref) => ref.toString() === sansRef)).length;
    expect(pagesUsingSans).toBeGreaterThanOrEqual(5);
    // Six fonts, plus at most one ink-only companion each: no per-page copies.
    expect(new Set(pageFontRefs.flat().map((ref) => ref.toString())).size).toBeLessThanOrEqual(12);
  });

  it('keep a page in Chinese, Arabic and Russian small (tens of KB, not MB)', async () => {
    const page = [...sampleParagraph('zh', 100), ...sampleParagraph('ar', 180), ...sampleParagraph('ru', 260)];
    const small = await write(documentOf([page]));
    expect(small.length).toBeLessThan(40_000);
    // And without the host's zlib (pdf-lib's own deflate), the same content and size class.
    const portable = await write(documentOf([page]), { deflate: undefined });
    expect(portable.length).toBeLessThan(40_000);
  });

  it('refuse a glyph id the font does not have, naming the font', async () => {
    const bad = documentOf([[lineOf('Hello', 'ltr', 'en')]]);
    const line = bad.pages[0]!.items[0]!;
    if (line.kind === 'line') line.runs[0]!.glyphs[0]!.gid = 70_000;
    await expect(write(bad)).rejects.toThrow(/Glyph id 70000 does not exist in font "sans"/);
  });

  it('refuse a font key the document does not carry', async () => {
    const bad = documentOf([[lineOf('Hello', 'ltr', 'en')]]);
    const line = bad.pages[0]!.items[0]!;
    if (line.kind === 'line') line.runs[0]!.font = 'serif';
    await expect(write(bad)).rejects.toThrow(/font "serif" but the document does not include it/);
  });
});
