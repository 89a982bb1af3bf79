// Runs anywhere (core): rich text set as one paragraph for a block, with the characters
// no font has reported under the block's JSON path. Every box builder sets its text here.
import type { Alignment, RichText } from '../document-schema';
import { typesetParagraph, type ParagraphContext, type SetParagraph } from '../paragraph/typeset-paragraph';
import { paragraphDirection, styledSpans } from './rich-text';
import { defaultAlign, isBold, paragraphStyle, type TextRole } from './styles';

export interface TypesetWarning {
  code: 'missing-glyph' | 'image-unavailable';
  message: string;
  /** JSON path of the block, e.g. `blocks[3].rows[2][1]`. */
  path: string;
  /** For missing-glyph: the character. */
  character?: string;
}

export interface BuildContext {
  paragraph: ParagraphContext;
  warnings: TypesetWarning[];
  resolveImage?: (src: string) => Uint8Array | undefined;
  /** Height of the page's text area: the largest a picture may take, and a table row without splitting. */
  maxImageHeight: number;
}

/** Sets rich text as one paragraph and reports characters no font has, under `path`. */
export function setText(
  ctx: BuildContext,
  text: RichText,
  lang: string,
  role: TextRole,
  width: number,
  path: string,
  align?: Alignment,
  /** Break lines at this measure (at most `width`) while aligning within `width`. */
  measure?: number,
): SetParagraph {
  const spans = styledSpans(text, lang, isBold(role));
  const direction = paragraphDirection(spans, lang);
  const style = paragraphStyle(role, lang, align ?? defaultAlign(role, lang));
  const missing = ctx.paragraph.missing;
  const before = missing.length;
  // Running text may be hyphenated; headings, tables, figures, captions and the cover never.
  const hyphenate = role === 'body' || role === 'muted';
  const set = typesetParagraph(ctx.paragraph, { spans, direction, lang, style, width, hyphenate, ...(measure === undefined ? {} : { measure }) });
  const reported = new Set<number>();
  for (let k = before; k < missing.length; k++) {
    const m = missing[k]!;
    if (reported.has(m.codePoint)) continue;
    reported.add(m.codePoint);
    const hex = m.codePoint.toString(16).toUpperCase().padStart(4, '0');
    ctx.warnings.push({
      code: 'missing-glyph',
      path,
      character: m.char,
      message: `No font has the character "${m.char}" (U+${hex}), at position ${m.index} of ${path}; it prints as an empty box.`,
    });
  }
  return set;
}
