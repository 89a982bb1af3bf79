// Runs anywhere (core): the typographic scale. Sizes are in points; leading (baseline to
// baseline) depends on the script: Chinese wants more air between lines than Latin, and
// Naskh's tall ascenders and deep descenders more still.
import type { Rgb } from '../laid-out-document';
import type { Alignment } from '../document-schema';
import { scriptOfLanguage } from '../text/languages';
import { ARABIC, CYRILLIC, GREEK, HAN, HANGUL, HEBREW, LATIN, THAI, type Script } from '../text/scripts';
import type { ParagraphStyle } from '../paragraph/typeset-paragraph';

export const INK: Rgb = [0.12, 0.13, 0.15];
export const HEADING_INK: Rgb = [0.07, 0.2, 0.38];
export const MUTED_INK: Rgb = [0.38, 0.4, 0.44];
export const RULE_COLOR: Rgb = [0.72, 0.74, 0.78];
export const STRONG_RULE_COLOR: Rgb = [0.25, 0.3, 0.38];
export const HEADER_FILL: Rgb = [0.92, 0.94, 0.97];

export const ACCENT: Rgb = [0.72, 0.16, 0.14]; // the red of the cover's rule and the cards' top edge
export const CARD_FILL: Rgb = [0.95, 0.96, 0.98];
export const BAND_FILL: Rgb = [0.07, 0.2, 0.38];
export const HIGHLIGHT_FILL: Rgb = [1, 0.93, 0.74];
export const TAG_FILL: Rgb = [0.8, 0.45, 0.05];
const WHITE: Rgb = [1, 1, 1];
const SOFT_WHITE: Rgb = [0.84, 0.88, 0.94];

export type TextRole =
  | 'body'
  | 'muted'
  | 'h1'
  | 'h2'
  | 'h3'
  | 'table'
  | 'tableHeader'
  | 'caption'
  | 'running'
  | 'figureValue'
  | 'figureLabel'
  | 'figureNote'
  | 'contents'
  | 'coverBand'
  | 'coverKicker'
  | 'coverTitle'
  | 'coverSubtitle'
  | 'coverLabel'
  | 'coverValue'
  | 'coverNote';

const SIZES: Record<TextRole, number> = {
  body: 10.5,
  muted: 9.5,
  h1: 19,
  h2: 14.5,
  h3: 12,
  table: 9.5,
  tableHeader: 9.5,
  caption: 9,
  running: 8.5,
  figureValue: 21,
  figureLabel: 9,
  figureNote: 8.5,
  contents: 10.5,
  coverBand: 9.5,
  coverKicker: 10.5,
  coverTitle: 26,
  coverSubtitle: 13.5,
  coverLabel: 8.5,
  coverValue: 10.5,
  coverNote: 8.5,
};

const COLORS: Partial<Record<TextRole, Rgb>> = {
  h1: HEADING_INK,
  h2: HEADING_INK,
  h3: HEADING_INK,
  figureValue: HEADING_INK,
  coverTitle: HEADING_INK,
  coverKicker: ACCENT,
  running: MUTED_INK,
  caption: MUTED_INK,
  muted: MUTED_INK,
  figureNote: MUTED_INK,
  coverLabel: MUTED_INK,
  coverNote: MUTED_INK,
  coverBand: WHITE,
};

/** Text on the cover's band that is not its first line is set a little softer. */
export const BAND_SECONDARY_INK = SOFT_WHITE;

const DISPLAY_ROLES = new Set<TextRole>(['h1', 'h2', 'h3', 'figureValue', 'coverTitle', 'coverSubtitle']);

/** Baseline-to-baseline distance as a multiple of the size, per script family. */
function leadingFactor(script: Script, role: TextRole): number {
  const heading = DISPLAY_ROLES.has(role);
  const compact = role === 'figureLabel' || role === 'figureNote';
  if (script === ARABIC || script === HEBREW) return heading ? 1.75 : compact ? 1.8 : 2.0;
  if (script === HAN || script === HANGUL) return heading ? 1.45 : compact ? 1.6 : 1.75;
  // Thai stacks vowels and tone marks above and below its letters.
  if (script === THAI) return heading ? 1.5 : compact ? 1.7 : 1.85;
  return heading ? 1.25 : compact || role === 'table' || role === 'tableHeader' ? 1.4 : 1.48;
}

export function isBold(role: TextRole): boolean {
  return (
    role === 'h1' || role === 'h2' || role === 'h3' || role === 'tableHeader' || role === 'figureValue' || role === 'coverTitle' || role === 'coverBand'
  );
}

export function paragraphStyle(role: TextRole, lang: string, align: Alignment): ParagraphStyle {
  const size = SIZES[role];
  const color = COLORS[role] ?? INK;
  return { size, leading: size * leadingFactor(scriptOfLanguage(lang), role), color, align };
}

/**
 * Scripts whose running text is set justified, as their books are: Chinese on its grid,
 * Latin, Greek and Cyrillic with hyphenation, Arabic with kashida, Hebrew and Korean by
 * their spaces. Thai stays ragged: it has no spaces between words to widen.
 */
const JUSTIFIED_SCRIPTS: ReadonlySet<Script> = new Set([HAN, LATIN, GREEK, CYRILLIC, ARABIC, HEBREW, HANGUL]);

/** How running text in `lang` is aligned when the document does not say (engine and preview). */
export function runningTextAlign(lang: string): Alignment {
  return JUSTIFIED_SCRIPTS.has(scriptOfLanguage(lang)) ? 'justify' : 'start';
}

/** Default alignment: running text as runningTextAlign says; headings, cells and the rest at the start. */
export function defaultAlign(role: TextRole, lang: string): Alignment {
  if (role === 'body' || role === 'muted') return runningTextAlign(lang);
  return 'start';
}

/** Vertical rhythm, in points. */
export const SPACING = {
  paragraph: 7,
  /** A muted paragraph follows its twin closely (the Chinese under a stacked translation). */
  mutedParagraph: 3,
  cards: 10,
  contents: 6,
  list: 7,
  listItem: 3,
  table: 10,
  image: 10,
  columns: 10,
  headingBefore: { h1: 16, h2: 14, h3: 10 },
  headingAfter: { h1: 8, h2: 6, h3: 4 },
  cellPaddingX: 5,
  cellPaddingY: 4,
  listIndent: 20,
  columnGap: 22,
} as const;
