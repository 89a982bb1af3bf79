// Runs in Node: finds layout written for left-to-right only (left/right margins, padding,
// borders, offsets, alignment, floats, lopsided shorthands) in CSS and in TSX style objects.
// Such a rule does not mirror when the page turns right-to-left for Arabic.

export interface PhysicalUse {
  line: number;
  text: string;
}

const CSS_RULES: RegExp[] = [
  /(?:^|[\s;{])(?:margin|padding|border|scroll-margin|scroll-padding)-(?:left|right)(?:-[a-z]+)*\s*:/,
  /(?:^|[\s;{])border-(?:top|bottom)-(?:left|right)-radius\s*:/,
  /(?:^|[\s;{])(?:left|right)\s*:/,
  /(?:^|[\s;{])(?:text-align|text-align-last|float|clear)\s*:\s*(?:left|right)\b/,
  /(?:^|[\s;{])background-position(?:-x)?\s*:[^;]*\b(?:left|right)\b/,
];

const TSX_RULES: RegExp[] = [
  /\b(?:margin|padding|border|scrollMargin|scrollPadding)(?:Left|Right)\w*\s*:/,
  /\bborder(?:Top|Bottom)(?:Left|Right)Radius\s*:/,
  /[{,]\s*(?:left|right)\s*:/,
  /\b(?:textAlign|float|clear)\s*:\s*['"](?:left|right)['"]/,
];

/** Four-value box shorthands whose left and right differ: they mirror wrongly. */
const LOPSIDED_SHORTHAND =
  /(?:^|[\s;{])(margin|padding|inset|border-width|border-style|border-color|scroll-margin|scroll-padding)\s*:\s*([^;{}]+)/g;
const LOPSIDED_RADIUS = /(?:^|[\s;{])border-radius\s*:\s*([^;{}/]+)/g;

function stripCssComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
}

function stripTsComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`])\/\/[^\n]*/g, '$1');
}

function values(declaration: string): string[] {
  return declaration.trim().replace(/!important/, '').trim().split(/\s+(?![^(]*\))/);
}

export function findPhysicalCss(source: string): PhysicalUse[] {
  const text = stripCssComments(source);
  const found: PhysicalUse[] = [];
  text.split('\n').forEach((line, index) => {
    if (CSS_RULES.some((rule) => rule.test(line))) found.push({ line: index + 1, text: line.trim() });
    for (const match of line.matchAll(LOPSIDED_SHORTHAND)) {
      const parts = values(match[2]!);
      if (parts.length === 4 && parts[1] !== parts[3]) found.push({ line: index + 1, text: line.trim() });
    }
    for (const match of line.matchAll(LOPSIDED_RADIUS)) {
      const parts = values(match[1]!);
      if (parts.length > 1 && new Set(parts).size > 1) found.push({ line: index + 1, text: line.trim() });
    }
  });
  return found;
}

export function findPhysicalTsx(source: string): PhysicalUse[] {
  const found: PhysicalUse[] = [];
  stripTsComments(source)
    .split('\n')
    .forEach((line, index) => {
      if (TSX_RULES.some((rule) => rule.test(line))) found.push({ line: index + 1, text: line.trim() });
    });
  return found;
}
