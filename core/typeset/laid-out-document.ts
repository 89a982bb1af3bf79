// Runs anywhere (core): the hand-over from layout (core/typeset) to the PDF writer
// (core/pdf). Layout decides where every glyph goes; the writer only encodes.
// Coordinates are points, origin at the page's top-left corner, y growing downward;
// the writer converts to PDF's bottom-left origin.

export type Rgb = readonly [number, number, number]; // each 0..1

/** One glyph as drawn: id in its font, pen position, and the text it stands for. */
export interface PositionedGlyph {
  gid: number;
  /** Left edge of the glyph's advance box, relative to the run's origin (GPOS offsets included). */
  x: number;
  /** Vertical offset from the baseline (GPOS yOffset), positive = up. */
  y: number;
  /** Advance width in points as shaped (may differ from the font's nominal advance). */
  advance: number;
  /**
   * The logical text this glyph represents. A ligature carries all its characters; the
   * second and later glyphs of one cluster (marks, decomposed parts) carry ''.
   */
  chars: string;
  /**
   * A glyph the typesetter added that is not in the text: 'hyphen', the hyphen at the end
   * of a hyphenated line (chars "-": readers join it as any line-end hyphen), or
   * 'kashida', a tatweel that lengthens a justified Arabic word (chars '': ink only, like
   * a mark; a writer must not extract it, nor let it break the word's text apart).
   */
  inserted?: 'hyphen' | 'kashida';
}

/** A run of glyphs of one font, size and direction, in visual order (left to right). */
export interface GlyphRun {
  font: string; // key into LaidOutDocument.fonts
  size: number;
  color: Rgb;
  direction: 'ltr' | 'rtl';
  /** The run's text in logical order: what copying this run should give. */
  text: string;
  /** Origin of the run: x of the leftmost glyph box edge, y of the baseline. */
  x: number;
  y: number;
  glyphs: PositionedGlyph[];
  lang?: string;
  /** The span's mark; layout draws its band behind the run (the writer ignores it). */
  mark?: 'highlight' | 'tag' | 'muted';
}

/** Structure types of tagged PDF (ISO 32000-1, 14.8.4) that layout hands over. */
export type StructureRole = 'H1' | 'H2' | 'H3' | 'P' | 'L' | 'LI' | 'Lbl' | 'LBody' | 'Table' | 'TR' | 'TH' | 'TD' | 'Figure' | 'Caption';

/**
 * A structure element (tagged PDF): what a piece of content is, for screen readers,
 * reflow and reading order. Layout creates one object per element and hangs every line
 * (and picture) of it on that object; elements nest through `parent`. Content with no
 * element (running headers and footers, page numbers, rules, fills) is an artifact.
 * Elements come in the order their first content is drawn.
 */
export interface StructureNode {
  role: StructureRole;
  parent?: StructureNode;
  /** Figure: the alternative text a screen reader says instead of the picture. */
  alt?: string;
  /** TH: the cells it heads. */
  scope?: 'Row' | 'Column';
}

/** One typeset line: its runs in visual order, and its whole text in logical order. */
export interface LineItem {
  kind: 'line';
  direction: 'ltr' | 'rtl'; // the paragraph's base direction
  text: string; // logical order, as a reader should extract it
  lang?: string;
  runs: GlyphRun[];
  /** The structure element the line belongs to; none = an artifact. */
  tag?: StructureNode;
}

export interface RuleItem {
  kind: 'rule';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  color: Rgb;
}

export interface RectItem {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill?: Rgb;
  stroke?: Rgb;
  strokeWidth?: number;
}

export interface ImageItem {
  kind: 'image';
  x: number;
  y: number;
  width: number;
  height: number;
  format: 'png' | 'jpeg';
  bytes: Uint8Array;
  /** The Figure it is; none = decoration (an artifact). */
  tag?: StructureNode;
}

export type PageItem = LineItem | RuleItem | RectItem | ImageItem;

export interface LaidOutPage {
  width: number;
  height: number;
  items: PageItem[];
}

export interface OutlineEntry {
  title: string;
  level: number; // 1 = top
  pageIndex: number;
  y: number; // top of the heading on that page
}

export interface FontResource {
  key: string;
  /** The complete font file (TTF); the writer embeds only the subset it needs. */
  bytes: Uint8Array;
}

export interface LaidOutDocument {
  title: string;
  lang: string; // BCP 47, the document's main language
  author?: string;
  subject?: string;
  pages: LaidOutPage[];
  outline: OutlineEntry[];
  fonts: Record<string, FontResource>;
  /**
   * Page labels (what a viewer shows as the page number), from a page index on: a cover
   * has none (`style` absent), numbered pages say which number their first one prints.
   */
  pageLabels?: { pageIndex: number; style?: 'decimal'; start?: number }[];
}
