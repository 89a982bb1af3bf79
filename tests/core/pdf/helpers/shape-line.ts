// Runs in Node (tests): a deliberately small line shaper that builds LineItems for the PDF
// writer tests: bidi levels from bidi-js, a font per script, HarfBuzz shaping per level
// run, runs put in visual order. The real layout (core/typeset) is more thorough.
import bidiFactory from 'bidi-js';
import * as hb from 'harfbuzzjs';
import type { GlyphRun, LineItem, PositionedGlyph, Rgb } from '../../../../core/typeset/laid-out-document';
import { testFont, type TestFontKey } from './test-fonts';

const bidi = bidiFactory();

export interface ShapeLineOptions {
  /** Left edge for LTR lines; for RTL lines the line is set flush against `right` when given. */
  x: number;
  /** Baseline, points from the page top. */
  y: number;
  size?: number;
  direction?: 'ltr' | 'rtl';
  right?: number;
  lang?: string;
  bold?: boolean;
  color?: Rgb;
  /**
   * Which font a space, digit or punctuation mark takes: that of the nearest letter at its
   * own bidi level (default, what the writer's notes recommend), or simply that of the
   * letter before it (a simpler layout, which the writer must cope with too).
   */
  neutrals?: 'by-level' | 'preceding';
}

type Script = 'arabic' | 'han' | 'other' | 'common';

function scriptOf(cp: number): Script {
  if ((cp >= 0x0600 && cp <= 0x06ff) || (cp >= 0x0750 && cp <= 0x077f) || (cp >= 0x08a0 && cp <= 0x08ff) ||
    (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfeff)) return 'arabic';
  if ((cp >= 0x2e80 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xff00 && cp <= 0xffef) || cp >= 0x20000) return 'han';
  if (cp <= 0x40 || (cp >= 0x5b && cp <= 0x60) || (cp >= 0x7b && cp <= 0xbf) || (cp >= 0x2000 && cp <= 0x206f)) return 'common';
  return 'other';
}

function fontFor(script: Script, bold: boolean): TestFontKey {
  const base = script === 'arabic' ? 'naskh' : script === 'han' ? 'sc' : 'sans';
  return (bold ? `${base}-bold` : base) as TestFontKey;
}

interface Segment {
  start: number; // UTF-16 offsets into the line text
  end: number;
  level: number;
  font: TestFontKey;
}

/** Splits the text where the bidi level or the font changes; common characters join their neighbours. */
function itemize(text: string, levels: Uint8Array, bold: boolean, fallback: Script, neutrals: 'by-level' | 'preceding'): Segment[] {
  const codePoints: { at: number; cp: number; script: Script }[] = [];
  for (let at = 0; at < text.length; ) {
    const cp = text.codePointAt(at)!;
    codePoints.push({ at, cp, script: scriptOf(cp) });
    at += cp > 0xffff ? 2 : 1;
  }
  // Common characters (spaces, digits, punctuation) take the font of the nearest letter
  // at the same bidi level, looking back first: a space between Arabic and a Latin name
  // stays with the side it belongs to. Failing that, any neighbour; else the fallback.
  const strong = codePoints.map((c) => (c.script === 'common' ? undefined : c.script));
  const levelAt = (k: number) => levels[codePoints[k]!.at]!;
  codePoints.forEach((c, k) => {
    if (c.script !== 'common') return;
    const find = (sameLevel: boolean): Script | undefined => {
      for (let j = k - 1; j >= 0; j--) if (strong[j] && (!sameLevel || levelAt(j) === levelAt(k))) return strong[j];
      for (let j = k + 1; j < codePoints.length; j++) if (strong[j] && (!sameLevel || levelAt(j) === levelAt(k))) return strong[j];
      return undefined;
    };
    c.script = (neutrals === 'by-level' ? find(true) : undefined) ?? find(false) ?? fallback;
  });
  const segments: Segment[] = [];
  for (const c of codePoints) {
    let font = fontFor(c.script, bold);
    if (!testFont(font).covers(c.cp) && c.cp > 0x20) font = fontFor('other', bold);
    const level = levels[c.at]!;
    const last = segments[segments.length - 1];
    const end = c.at + (c.cp > 0xffff ? 2 : 1);
    if (last && last.level === level && last.font === font) last.end = end;
    else segments.push({ start: c.at, end, level, font });
  }
  return segments;
}

/** Rule L2 of UAX #9 applied to whole segments: the visual order of the segments. */
function visualOrder<T extends { level: number }>(items: T[]): T[] {
  const order = items.slice();
  const highest = Math.max(0, ...order.map((s) => s.level));
  const lowestOdd = Math.min(...order.map((s) => (s.level % 2 === 1 ? s.level : 99)));
  for (let level = highest; level >= lowestOdd && level > 0; level--) {
    for (let i = 0; i < order.length; ) {
      if (order[i]!.level >= level) {
        let j = i;
        while (j < order.length && order[j]!.level >= level) j++;
        const reversed = order.slice(i, j).reverse();
        order.splice(i, j - i, ...reversed);
        i = j;
      } else i++;
    }
  }
  return order;
}

function shapeSegment(text: string, segment: Segment, size: number, lang: string | undefined): { glyphs: PositionedGlyph[]; width: number } {
  const font = testFont(segment.font);
  const buffer = new hb.Buffer();
  buffer.addText(text, segment.start, segment.end - segment.start);
  buffer.guessSegmentProperties();
  buffer.setDirection(segment.level % 2 === 1 ? hb.Direction.RTL : hb.Direction.LTR);
  if (lang) buffer.setLanguage(lang);
  hb.shape(font.hbFont, buffer);
  const infos = buffer.getGlyphInfos();
  const positions = buffer.getGlyphPositions();
  const scale = size / font.upem;

  // The text of a cluster runs from its start to the next larger cluster start.
  const starts = [...new Set(infos.map((info) => info.cluster))].sort((a, b) => a - b);
  const endOf = new Map<number, number>();
  starts.forEach((start, i) => endOf.set(start, starts[i + 1] ?? segment.end));

  const glyphs: PositionedGlyph[] = [];
  const seen = new Set<number>();
  let pen = 0;
  infos.forEach((info, i) => {
    const position = positions[i]!;
    const first = !seen.has(info.cluster);
    seen.add(info.cluster);
    glyphs.push({
      gid: info.codepoint,
      x: pen + position.xOffset * scale,
      y: position.yOffset * scale,
      advance: position.xAdvance * scale,
      chars: first ? text.slice(info.cluster, endOf.get(info.cluster)) : '',
    });
    pen += position.xAdvance * scale;
  });
  return { glyphs, width: pen };
}

export function shapeLine(text: string, options: ShapeLineOptions): LineItem {
  const size = options.size ?? 11;
  const direction = options.direction ?? 'ltr';
  const { levels } = bidi.getEmbeddingLevels(text, direction);
  const fallback: Script = options.lang === 'ar' ? 'arabic' : options.lang?.startsWith('zh') ? 'han' : 'other';
  const segments = itemize(text, levels, options.bold ?? false, fallback, options.neutrals ?? 'by-level');
  const shaped = segments.map((segment) => ({ segment, level: segment.level, ...shapeSegment(text, segment, size, options.lang) }));
  const total = shaped.reduce((sum, s) => sum + s.width, 0);
  let x = direction === 'rtl' && options.right !== undefined ? options.right - total : options.x;
  const runs: GlyphRun[] = [];
  for (const s of visualOrder(shaped)) {
    runs.push({
      font: s.segment.font,
      size,
      color: options.color ?? [0, 0, 0],
      direction: s.level % 2 === 1 ? 'rtl' : 'ltr',
      text: text.slice(s.segment.start, s.segment.end),
      x,
      y: options.y,
      glyphs: s.glyphs,
      ...(options.lang ? { lang: options.lang } : {}),
    });
    x += s.width;
  }
  return { kind: 'line', direction, text, ...(options.lang ? { lang: options.lang } : {}), runs };
}

/** Shapes several lines of one paragraph, one below the other. */
export function shapeLines(texts: string[], options: ShapeLineOptions & { leading?: number }): LineItem[] {
  const leading = options.leading ?? (options.size ?? 11) * 1.6;
  return texts.map((text, i) => shapeLine(text, { ...options, y: options.y + i * leading }));
}
