// Runs anywhere (core): the preview's typography, taken from the engine's styles
// (core/typeset/layout/styles.ts and the fonts' size adjustment) rather than copied by hand,
// so the HTML preview cannot drift from the PDF. The preview adopts these CSS custom
// properties as a stylesheet (renderer/packs/preview-typography-sheet.ts); packs.css reads
// only them for the sizes, line heights and colours of the document:
//   --pv-size-<role>          the role's size as a multiple of the body text's
//   --pv-leading-<role>-<s>   baseline to baseline as a multiple of the font size, for the
//                             script s: latin, zh, ar (Arabic text is set larger, by --pv-naskh,
//                             as the engine sets Naskh, so its leading is divided by that)
//   --pv-naskh                the engine's size adjustment of the Naskh font
//   --pv-<colour>             the engine's inks and fills
import { FONT_CATALOGUE } from '../../typeset/fonts/font-catalogue';
import type { Rgb } from '../../typeset/laid-out-document';
import {
  ACCENT,
  BAND_FILL,
  BAND_SECONDARY_INK,
  CARD_FILL,
  HEADER_FILL,
  HEADING_INK,
  HIGHLIGHT_FILL,
  INK,
  MUTED_INK,
  paragraphStyle,
  RULE_COLOR,
  STRONG_RULE_COLOR,
  TAG_FILL,
  type TextRole,
} from '../../typeset/layout/styles';

/** The roles the preview shows, by the names its stylesheet uses. */
export const PREVIEW_ROLES = {
  body: 'body',
  muted: 'muted',
  h1: 'h1',
  h2: 'h2',
  h3: 'h3',
  table: 'table',
  caption: 'caption',
  running: 'running',
  'figure-value': 'figureValue',
  'figure-label': 'figureLabel',
  'figure-note': 'figureNote',
  contents: 'contents',
  'cover-band': 'coverBand',
  'cover-kicker': 'coverKicker',
  'cover-title': 'coverTitle',
  'cover-subtitle': 'coverSubtitle',
  'cover-label': 'coverLabel',
  'cover-value': 'coverValue',
  'cover-note': 'coverNote',
} as const satisfies Record<string, TextRole>;

/** A language standing for each script family the engine leads differently. */
export const PREVIEW_SCRIPTS = { latin: 'en', zh: 'zh', ar: 'ar' } as const;

const COLOURS: Record<string, Rgb> = {
  ink: INK,
  heading: HEADING_INK,
  muted: MUTED_INK,
  rule: RULE_COLOR,
  'strong-rule': STRONG_RULE_COLOR,
  band: HEADER_FILL,
  card: CARD_FILL,
  accent: ACCENT,
  'cover-band': BAND_FILL,
  'cover-band-soft': BAND_SECONDARY_INK,
  amber: HIGHLIGHT_FILL,
  'amber-strong': TAG_FILL,
};

export type PreviewTypography = Record<`--pv-${string}`, string>;

const round = (n: number) => String(Math.round(n * 10_000) / 10_000);

function hex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c * 255).toString(16).padStart(2, '0')).join('')}`;
}

/** Naskh is set larger than the style's size (font-catalogue's sizeAdjust). */
export function naskhSizeAdjust(): number {
  return FONT_CATALOGUE['NotoNaskhArabic-Regular'].sizeAdjust;
}

export function previewTypography(): PreviewTypography {
  const out: PreviewTypography = {};
  const body = paragraphStyle('body', 'en', 'start').size;
  const naskh = naskhSizeAdjust();
  out['--pv-naskh'] = round(naskh);
  for (const [name, role] of Object.entries(PREVIEW_ROLES)) {
    out[`--pv-size-${name}`] = round(paragraphStyle(role, 'en', 'start').size / body);
    for (const [script, lang] of Object.entries(PREVIEW_SCRIPTS)) {
      const style = paragraphStyle(role, lang, 'start');
      const factor = style.leading / style.size;
      out[`--pv-leading-${name}-${script}`] = round(script === 'ar' ? factor / naskh : factor);
    }
  }
  for (const [name, rgb] of Object.entries(COLOURS)) out[`--pv-${name}`] = hex(rgb);
  return out;
}

/** The properties as one CSS rule, for a stylesheet the host adopts (the preview) or writes (the benchmark). */
export function previewTypographyRule(selector = '.pv-document'): string {
  return `${selector}{${Object.entries(previewTypography())
    .map(([name, value]) => `${name}:${value}`)
    .join(';')}}`;
}
