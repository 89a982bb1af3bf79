// Runs anywhere (core): one page's content stream, written as bytes. Text goes in
// BT…ET blocks, one Tm per run and one TJ array per run, with a TJ adjustment only where
// layout placed a glyph away from where the font's own advance would put it, and Ts for
// glyphs raised or lowered by GPOS (marks). Rules, rectangles and images are paths and
// XObjects. Layout's top-left, y-down points become PDF's bottom-left, y-up points here.
import { assertNever } from '../assert-never';
import type { GlyphRun, ImageItem, PositionedGlyph, StructureNode, LaidOutPage, LineItem, RectItem, Rgb, RuleItem } from '../typeset/laid-out-document';
import { ByteBuilder } from './byte-builder';
import type { FontEncoding } from './font-encoding';
import { STRONG_RTL, fontGroups, runStreamOrder } from './run-stream-order';
import { leadingMarks, streamText } from './cluster-text';
import { LEFT_TO_RIGHT_MARK, RIGHT_TO_LEFT_MARK, needsEndAnchor } from './poppler-direction';
import { planLineText, type RunTextPlan } from './run-text-plan';

/** What the page content needs from the document being written. */
export interface PageContentContext {
  fontFor(key: string): FontEncoding;
  /** The resource name (e.g. "Im1") of an image, embedding it on first use. */
  imageNameFor(item: ImageItem): string;
  /** The resource name of a glyph drawn as ink only (see glyph-forms.ts). */
  glyphFormFor(encoding: FontEncoding, gid: number): string;
  /** A fresh MCID on this page for content of a structure element (see structure-tree.ts). */
  mark?(node: StructureNode, lang: string | undefined): number;
}

export interface PageContent {
  bytes: Uint8Array;
  fonts: Set<FontEncoding>;
  /** XObject resource names used: images and ink-only glyph forms. */
  xObjects: Set<string>;
}

/** Thousandths of an em below which a glyph is considered where the pen already is. */
const ADJUSTMENT_EPSILON = 0.5;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Points by which a direction mark after a glyph sits inside that glyph's right edge. */
const MARK_INSET = 0.05;
const CHAR_OPEN = 0x28;
const CHAR_CLOSE = 0x29;
const CHAR_BACKSLASH = 0x5c;

class ContentWriter {
  readonly out = new ByteBuilder(16 * 1024);
  readonly fonts = new Set<FontEncoding>();
  readonly xObjects = new Set<string>();
  private inText = false;
  private fill: Rgb | undefined;
  private stroke: Rgb | undefined;
  private lineWidth = -1;
  private fontName = '';
  private fontSize = -1;
  private readonly tj: TjWriter;
  /** The run just written, while the text position still follows on from it. */
  private previousRun: GlyphRun | undefined;
  private sectionOpen = false;
  private sectionTag: StructureNode | undefined;

  constructor(
    private readonly height: number,
    private readonly context: PageContentContext,
  ) {
    this.tj = new TjWriter(this.out);
  }

  private beginText(): void {
    if (this.inText) return;
    this.out.ascii('BT\n');
    this.inText = true;
    // Tf is part of the text state, which survives ET, but re-stating it per block keeps
    // each BT…ET readable on its own; the cost is one operator per block.
    this.fontName = '';
  }

  private endText(): void {
    if (!this.inText) return;
    this.out.ascii('ET\n');
    this.inText = false;
  }

  private setFill(color: Rgb): void {
    const f = this.fill;
    if (f && f[0] === color[0] && f[1] === color[1] && f[2] === color[2]) return;
    this.out.number(color[0], 3).byte(32).number(color[1], 3).byte(32).number(color[2], 3).ascii(' rg\n');
    this.fill = color;
  }

  private setStroke(color: Rgb, width: number): void {
    const s = this.stroke;
    if (!s || s[0] !== color[0] || s[1] !== color[1] || s[2] !== color[2]) {
      this.out.number(color[0], 3).byte(32).number(color[1], 3).byte(32).number(color[2], 3).ascii(' RG\n');
      this.stroke = color;
    }
    if (width !== this.lineWidth) {
      this.out.number(width, 3).ascii(' w\n');
      this.lineWidth = width;
    }
  }

  line(item: LineItem): void {
    if (item.runs.length === 0) return;
    this.beginText();
    this.previousRun = undefined;
    const groups = fontGroups(item.runs, item.direction);
    const order = runStreamOrder(item.runs, item.direction, groups);
    const plans = planLineText(item.runs, item.direction, groups, order.reordered);
    let inkOnly: [GlyphRun, number[]][] | undefined;
    let previous: GlyphRun | undefined;
    for (const run of order.runs) {
      const separate = order.separate?.has(run) ?? false;
      // A span in another language than its line says so (/Lang), for screen readers.
      const otherLang = this.context.mark && item.tag && run.lang && run.lang !== lineLanguage(item) ? run.lang : undefined;
      if (otherLang) this.out.ascii('/Span <</Lang (').ascii(otherLang.replace(/[^A-Za-z0-9-]/g, '')).ascii(')>> BDC\n');
      else if (separate) this.out.ascii('/Span BMC\n');
      const textless = this.run(run, plans?.get(run), run.direction === 'rtl' && previous?.direction !== 'rtl');
      previous = run;
      if (separate || otherLang) this.out.ascii('EMC\n');
      if (textless) (inkOnly ??= []).push([run, textless]);
    }
    this.previousRun = undefined;
    if (item.direction === 'ltr') this.endAnchor(item.runs[item.runs.length - 1]!);
    if (inkOnly) {
      // After the line's text, so that readers that build words in stream order (poppler)
      // see the text glyphs uninterrupted.
      this.endText();
      for (const [run, indices] of inkOnly) this.inkOnlyGlyphs(run, indices);
    }
  }

  /** Rule 5 of run-text-plan.ts: an invisible, zero-width LRM after the line's last glyph. */
  private endAnchor(run: GlyphRun): void {
    let last = run.glyphs.length - 1;
    while (last >= 0 && run.glyphs[last]!.chars === '') last--;
    if (last < 0 || run.direction !== 'ltr') return;
    const glyph = run.glyphs[last]!;
    if (!needsEndAnchor(glyph.chars)) return;
    const encoding = this.context.fontFor(run.font);
    this.setFont(encoding.resourceName, run.size);
    const cid = encoding.cidFor(0, LEFT_TO_RIGHT_MARK, 0);
    this.out.ascii('3 Tr 1 0 0 1 ').number(run.x + glyph.x + glyph.advance).byte(32).number(this.height - run.y)
      .ascii(' Tm <').ascii(hex4(cid)).ascii('> Tj 0 Tr\n');
  }

  private setFont(resourceName: string, size: number): void {
    if (resourceName === this.fontName && size === this.fontSize) return;
    this.out.byte(0x2f).ascii(resourceName).byte(32).number(size, 3).ascii(' Tf\n');
    this.fontName = resourceName;
    this.fontSize = size;
  }

  /**
   * Writes the run's text glyphs (see run-text-plan.ts); returns the indices of glyphs
   * left to draw ink-only, or undefined when there are none.
   */
  private run(run: GlyphRun, plan: RunTextPlan | undefined, opensRtl: boolean): number[] | undefined {
    const glyphs = run.glyphs;
    if (glyphs.length === 0) return undefined;
    const out = this.out;
    const encoding = this.context.fontFor(run.font);
    this.fonts.add(encoding);
    this.setFont(encoding.resourceName, run.size);
    this.setFill(run.color);
    const toThousandths = 1000 / run.size;
    const widths = encoding.widthOfCid;
    const previous = this.previousRun;
    let tj: TjWriter;
    if (previous && previous.font === run.font && previous.size === run.size && previous.y === run.y) {
      // The next run of a font group goes on from where the last one left the pen, with
      // no new Tm: pdf.js tracks the pen itself (counting glyphs with marks as
      // zero-width), and a fresh Tm would make it measure the gap wrong.
      tj = this.tj.moveOrigin(previous.x - run.x);
    } else {
      out.ascii('1 0 0 1 ').number(run.x).byte(32).number(this.height - run.y).ascii(' Tm\n');
      tj = this.tj.start(toThousandths);
    }
    this.previousRun = run;
    if (opensRtl) this.openRtl(tj, encoding, run, plan);
    if (!plan) {
      const direction = run.direction;
      for (let i = 0; i < glyphs.length; i++) {
        const width = (direction === 'ltr' ? squeezedWidth(glyphs, i, encoding, toThousandths) : undefined) ?? stretchedSpaceWidth(glyphs, i, encoding, toThousandths);
        this.glyphText(tj, encoding, glyphs[i]!, streamText(glyphs[i]!.chars, direction), width);
      }
      tj.finish();
      return undefined;
    }
    let textless: number[] | undefined;
    for (let i = 0; i < glyphs.length; i++) {
      const text = plan.texts[i];
      if (text === undefined) continue;
      if (text === null) {
        (textless ??= []).push(i);
        continue;
      }
      const glyph = glyphs[i]!;
      const wide = plan.widths?.get(i) ?? kashidaSpan(glyphs, plan.texts, i);
      const width =
        wide === undefined
          ? ((run.direction === 'ltr' ? squeezedWidth(glyphs, i, encoding, toThousandths) : undefined) ?? stretchedSpaceWidth(glyphs, i, encoding, toThousandths))
          : Math.round(wide * toThousandths);
      this.glyphText(tj, encoding, glyph, text, width);
      const after = plan.after?.get(i);
      // Just inside the glyph's right edge, so that PDFium puts it before what follows.
      if (after !== undefined) tj.invisible(glyph.x + (wide ?? glyph.advance) - MARK_INSET, encoding.cidFor(glyph.gid, after, 0));
    }
    tj.finish();
    return textless;
  }

  /**
   * Opens a right-to-left stretch of the stream with an invisible RLM where its first
   * character does not itself read right to left (the full stop that ends an Arabic
   * line is its visually first glyph). MuPDF gives such a character the direction of
   * whatever came before it in the stream, which may be the previous line's, and then
   * leaves it out when it turns the stretch back into logical order.
   */
  private openRtl(tj: TjWriter, encoding: FontEncoding, run: GlyphRun, plan: RunTextPlan | undefined): void {
    for (let i = 0; i < run.glyphs.length; i++) {
      const text = plan ? plan.texts[i] : run.glyphs[i]!.chars;
      if (typeof text !== 'string' || text === '') continue;
      const first = text[0]!;
      if (first !== RIGHT_TO_LEFT_MARK && !(STRONG_RTL.test(first) && LETTER_OR_DIGIT.test(first))) tj.invisible(run.glyphs[i]!.x, encoding.cidFor(run.glyphs[i]!.gid, RIGHT_TO_LEFT_MARK, 0));
      return;
    }
  }

  /**
   * Writes one glyph with its stream text. Text that starts with nonspacing marks (the
   * reversed text of an Arabic letter with a vowel mark) is split: the marks go on an
   * invisible zero-width glyph just before it. MuPDF does not advance its pen for a glyph
   * whose text starts with a mark and then reads the glyph's own width as a space, and
   * pdf.js counts a glyph holding a mark as zero-width; a glyph of marks alone is zero
   * width for both, and the letter after it is an ordinary glyph.
   */
  private glyphText(tj: TjWriter, encoding: FontEncoding, glyph: PositionedGlyph, text: string, width: number | undefined): void {
    const marks = leadingMarks(text);
    if (marks > 0 && marks < text.length) {
      tj.invisible(glyph.x, encoding.cidFor(glyph.gid, text.slice(0, marks), 0));
      text = text.slice(marks);
    }
    const cid = encoding.cidFor(glyph.gid, text, width);
    tj.glyph(glyph.x, glyph.y, cid, encoding.widthOfCid[cid]!);
  }

  /**
   * Draws glyphs that carry no text as their outlines (glyph-forms.ts), outside any text
   * object: one scaled origin per run, then a relative move (in font units) per glyph.
   */
  private inkOnlyGlyphs(run: GlyphRun, indices: number[]): void {
    const encoding = this.context.fontFor(run.font);
    this.setFill(run.color);
    const scale = run.size / encoding.metrics.unitsPerEm;
    const out = this.out;
    out.ascii('q ').number(scale, 6).ascii(' 0 0 ').number(scale, 6).byte(32).number(run.x).byte(32)
      .number(this.height - run.y).ascii(' cm\n');
    let x = 0;
    let y = 0;
    for (const i of indices) {
      const glyph = run.glyphs[i]!;
      const name = this.context.glyphFormFor(encoding, glyph.gid);
      this.xObjects.add(name);
      const gx = Math.round(glyph.x / scale);
      const gy = Math.round(glyph.y / scale);
      if (gx !== x || gy !== y) out.ascii('1 0 0 1 ').number(gx - x).byte(32).number(gy - y).ascii(' cm ');
      out.byte(0x2f).ascii(name).ascii(' Do\n');
      x = gx;
      y = gy;
    }
    out.ascii('Q\n');
  }

  rule(item: RuleItem): void {
    this.endText();
    this.setStroke(item.color, item.width);
    const h = this.height;
    this.out.number(item.x1).byte(32).number(h - item.y1).ascii(' m ')
      .number(item.x2).byte(32).number(h - item.y2).ascii(' l S\n');
  }

  rect(item: RectItem): void {
    if (!item.fill && !item.stroke) return;
    this.endText();
    if (item.fill) this.setFill(item.fill);
    if (item.stroke) this.setStroke(item.stroke, item.strokeWidth ?? 1);
    this.out.number(item.x).byte(32).number(this.height - item.y - item.height).byte(32)
      .number(item.width).byte(32).number(item.height)
      .ascii(item.fill && item.stroke ? ' re B\n' : item.fill ? ' re f\n' : ' re S\n');
  }

  image(item: ImageItem): void {
    this.endText();
    const name = this.context.imageNameFor(item);
    this.xObjects.add(name);
    this.out.ascii('q ').number(item.width, 3).ascii(' 0 0 ').number(item.height, 3).byte(32)
      .number(item.x, 3).byte(32).number(this.height - item.y - item.height, 3).ascii(' cm /')
      .ascii(name).ascii(' Do Q\n');
  }

  /**
   * Puts what follows in the marked-content section for `tag` (an element's MCID), or
   * among artifacts when there is none. Consecutive lines of one element share a
   * section; sections never cross a text object's BT…ET.
   */
  section(tag: StructureNode | undefined, lang: string | undefined): void {
    const mark = this.context.mark;
    if (!mark) return; // an untagged document
    if (this.sectionOpen && this.sectionTag === tag) return;
    this.endSection();
    if (tag) {
      const mcid = mark.call(this.context, tag, lang);
      this.out.byte(0x2f).ascii(tag.role).ascii(' <</MCID ').number(mcid, 0).ascii('>> BDC\n');
    } else {
      this.out.ascii('/Artifact BMC\n');
    }
    this.sectionOpen = true;
    this.sectionTag = tag;
  }

  private endSection(): void {
    if (!this.sectionOpen) return;
    this.endText();
    this.out.ascii('EMC\n');
    this.sectionOpen = false;
  }

  finish(): void {
    this.endText();
    this.endSection();
  }
}

/**
 * Writes one run's glyphs as TJ arrays. It tracks where the font's own advances put the
 * pen and emits an adjustment only where layout placed a glyph elsewhere (kerning, GPOS
 * offsets, justification), and a Ts where a glyph is raised or lowered.
 */
class TjWriter {
  private pen = 0; // points from the run origin
  private rise = 0;
  private inArray = false;
  private inString = false;
  private toThousandths = 1;

  constructor(private readonly out: ByteBuilder) {}

  /** Starts a run: the pen at the run origin (just after its Tm), for a font size. */
  start(toThousandths: number): this {
    this.pen = 0;
    this.rise = 0;
    this.inArray = this.inString = false;
    this.toThousandths = toThousandths;
    return this;
  }

  /** Goes on to a run whose origin is `offset` points left of the last one's, same size. */
  moveOrigin(offset: number): this {
    this.pen += offset;
    this.rise = 0;
    this.inArray = this.inString = false;
    return this;
  }

  /**
   * An invisible (render mode 3), zero-width glyph at x on the baseline: text that has
   * to sit at a point of the line without ink of its own. Callers draw it with the
   * neighbouring glyph's outline (unseen): PDFium starts a new line after a text object
   * whose box is empty, as an outline-less .notdef's would be.
   */
  invisible(x: number, cid: number): void {
    // Move the pen there inside the current array first: PDFium orders a line's text
    // objects by where each starts, so the invisible glyph's own TJ must start at x.
    if (Math.abs(this.pen - x) * this.toThousandths >= ADJUSTMENT_EPSILON) this.glyph(x, this.rise, -1, 0);
    this.close();
    this.out.ascii('3 Tr\n');
    this.glyph(x, 0, cid, 0);
    this.close();
    this.out.ascii('0 Tr\n');
  }

  glyph(x: number, y: number, cid: number, width: number): void {
    const out = this.out;
    const rise = Math.round(y * 100) / 100;
    if (rise !== this.rise) {
      this.close();
      out.number(rise).ascii(' Ts\n');
      this.rise = rise;
    }
    if (!this.inArray) {
      out.byte(0x5b); // '['
      this.inArray = true;
    }
    const adjustment = Math.round((this.pen - x) * this.toThousandths * 10) / 10;
    if (adjustment >= ADJUSTMENT_EPSILON || adjustment <= -ADJUSTMENT_EPSILON) {
      if (this.inString) {
        out.byte(CHAR_CLOSE);
        this.inString = false;
      }
      out.number(adjustment, 1);
      this.pen -= adjustment / this.toThousandths;
    }
    if (cid < 0) return; // only the move
    if (!this.inString) {
      out.byte(CHAR_OPEN);
      this.inString = true;
    }
    writeCodeByte(out, cid >> 8);
    writeCodeByte(out, cid & 0xff);
    this.pen += width / this.toThousandths;
  }

  /** Ends the current TJ (the pen position carries over to the next one). */
  close(): void {
    if (this.inString) this.out.byte(CHAR_CLOSE);
    if (this.inArray) this.out.ascii('] TJ\n');
    this.inArray = this.inString = false;
  }

  finish(): void {
    this.close();
    if (this.rise !== 0) {
      this.out.ascii('0 Ts\n');
      this.rise = 0;
    }
  }
}

function hex4(value: number): string {
  return value.toString(16).padStart(4, '0');
}

/** Writes a code byte inside a literal string, escaping what the PDF string syntax needs. */
function writeCodeByte(out: ByteBuilder, value: number): void {
  if (value === CHAR_OPEN || value === CHAR_CLOSE || value === CHAR_BACKSLASH) out.byte(CHAR_BACKSLASH).byte(value);
  else if (value === 0x0d) out.byte(CHAR_BACKSLASH).byte(0x72); // a bare CR would be read as LF
  else if (value === 0x0a) out.byte(CHAR_BACKSLASH).byte(0x6e);
  else out.byte(value);
}

/**
 * The language of a line's text: its spans' when they all share one (a Chinese term set
 * as a paragraph of its own inside an Arabic block), else the paragraph's.
 */
function lineLanguage(item: LineItem): string | undefined {
  const first = item.runs[0]?.lang;
  return first && item.runs.every((run) => run.lang === first) ? first : item.lang;
}

export function writePageContent(page: LaidOutPage, context: PageContentContext): PageContent {
  const writer = new ContentWriter(page.height, context);
  for (const item of page.items) {
    switch (item.kind) {
      case 'line':
        writer.section(item.tag, lineLanguage(item));
        writer.line(item);
        break;
      case 'rule':
        writer.section(undefined, undefined);
        writer.rule(item);
        break;
      case 'rect':
        writer.section(undefined, undefined);
        writer.rect(item);
        break;
      case 'image':
        writer.section(item.tag, undefined);
        writer.image(item);
        break;
      default:
        assertNever(item, 'page item');
    }
  }
  writer.finish();
  return { bytes: writer.out.view(), fonts: writer.fonts, xObjects: writer.xObjects };
}

/**
 * The width (thousandths of an em) to declare for glyph i of a left-to-right run when the
 * next glyph starts inside its nominal advance box: compressed Chinese punctuation (」（,
 * ”。) gives a closing mark half its em. With the nominal width the two boxes overlap, and
 * poppler reads the overlap as a step back: it splits the line there and, on a page it
 * reads right to left, moves the mark to another line. Declaring the width actually used
 * keeps every reader's boxes end to end. Undefined: the nominal width is right.
 */
function squeezedWidth(glyphs: readonly PositionedGlyph[], i: number, encoding: FontEncoding, toThousandths: number): number | undefined {
  const next = glyphs[i + 1];
  const glyph = glyphs[i]!;
  // The last glyph's box ends where the line's pen does (a mark halved at the line's end).
  const used = Math.round((next ? next.x - glyph.x : glyph.advance) * toThousandths);
  return used > 0 && used < encoding.widthOf(glyph.gid) - SQUEEZE_EPSILON ? used : undefined;
}

/**
 * The width (thousandths of an em) a space widened by justification declares: up to the
 * next glyph, so its box covers the gap. Left as a jump between glyphs, the gap is taken
 * for a second word break: poppler then moves an Arabic comma or stop after the word
 * into a section of its own ("العام ، وتقود"). Undefined: not a space, or not widened.
 */
function stretchedSpaceWidth(glyphs: readonly PositionedGlyph[], i: number, encoding: FontEncoding, toThousandths: number): number | undefined {
  const glyph = glyphs[i]!;
  if (glyph.chars !== ' ') return undefined;
  // Where the pen goes next: the next glyph with an advance (a zero-width glyph may sit
  // anywhere over its base, e.g. a mark or the glyph carrying a cluster's text).
  let next = i + 1;
  while (next < glyphs.length && glyphs[next]!.advance === 0) next++;
  if (next >= glyphs.length) return undefined;
  const used = Math.round((glyphs[next]!.x - glyph.x) * toThousandths);
  return used > encoding.widthOf(glyph.gid) + STRETCH_EPSILON ? used : undefined;
}

/**
 * The advance (points) to declare for glyph i when inserted kashidas follow it in visual
 * order (with only ink-only glyphs between): from its own left edge to the end of the
 * last of them. A kashida is drawn as ink only, so without this the word's text boxes
 * leave a gap where it stretches the word, and readers split the word there (poppler,
 * pdf.js and PDFium read "يشرح" as "يش رح"). In a right-to-left run this is the letter
 * that follows the kashida in logical order: its box now reaches the letter before it.
 * The TJ writer advances by the declared width, so every later glyph stays where layout
 * put it. Undefined: no kashida follows.
 */
function kashidaSpan(glyphs: readonly PositionedGlyph[], texts: readonly (string | null | undefined)[], i: number): number | undefined {
  let end: number | undefined;
  for (let j = i + 1; j < glyphs.length && texts[j] === null; j++) {
    const glyph = glyphs[j]!;
    if (glyph.inserted === 'kashida') end = glyph.x + glyph.advance;
  }
  const own = glyphs[i]!;
  return end !== undefined && end - own.x > own.advance ? end - own.x : undefined;
}

/** Thousandths of an em: below this, a shorter placed advance is rounding, not compression. */
const SQUEEZE_EPSILON = 50;
/** Thousandths of an em: below this, a wider placed space is rounding, not justification. */
const STRETCH_EPSILON = 5;
