// Runs anywhere (core): the typographic scale. Sizes are in points; leading (baseline to
// baseline) depends on the script: Chinese wants more air between lines than Latin, and
// Naskh's tall ascenders and deep descenders more still.
import type { Rgb } from '../laid-out-document';
import type { Alignment } from '../document-schema';
import { scriptOfLanguage } from '../text/languages';
import { ARABIC, HAN, HEBREW, type Script } from '../text/scripts';
import type { ParagraphStyle } from '../paragraph/typeset-paragraph';

export const INK: Rgb = [0.12, 0.13, 0.15];
export const HEADING_INK: Rgb = [0.07, 0.2, 0.38];
export const MUTED_INK: Rgb = [0.38, 0.4, 0.44];
export const RULE_COLOR: Rgb = [0.72, 0.74, 0.78];
export const STRONG_RULE_COLOR: Rgb = [0.25, 0.3, 0.38];
export const HEADER_FILL: Rgb = [0.92, 0.94, 0.97];

export type TextRole = 'body' | 'h1' | 'h2' | 'h3' | 'table' | 'tableHeader' | 'caption' | 'running';

const SIZES: Record<TextRole, number> = {
  body: 10.5,
  h1: 19,
  h2: 14.5,
  h3: 12,
  table: 9.5,
  tableHeader: 9.5,
  caption: 9,
  running: 8.5,
};

/** Baseline-to-baseline distance as a multiple of the size, per script family. */
function leadingFactor(script: Script, role: TextRole): number {
  const heading = role === 'h1' || role === 'h2' || role === 'h3';
  if (script === ARABIC || script === HEBREW) return heading ? 1.75 : 2.0;
  if (script === HAN) return heading ? 1.45 : 1.75;
  return heading ? 1.25 : role === 'table' || role === 'tableHeader' ? 1.4 : 1.48;
}

export function isBold(role: TextRole): boolean {
  return role === 'h1' || role === 'h2' || role === 'h3' || role === 'tableHeader';
}

export function paragraphStyle(role: TextRole, lang: string, align: Alignment): ParagraphStyle {
  const size = SIZES[role];
  const color = role === 'h1' || role === 'h2' || role === 'h3' ? HEADING_INK : role === 'running' || role === 'caption' ? MUTED_INK : INK;
  return { size, leading: size * leadingFactor(scriptOfLanguage(lang), role), color, align };
}

/** Default alignment: Chinese running text is set justified, as Chinese books are. */
export function defaultAlign(role: TextRole, lang: string): Alignment {
  if (role === 'body' && scriptOfLanguage(lang) === HAN) return 'justify';
  return 'start';
}

/** Vertical rhythm, in points. */
export const SPACING = {
  paragraph: 7,
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
