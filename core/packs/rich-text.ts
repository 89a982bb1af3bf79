// Runs anywhere (core): small helpers to compose the engine's rich text: spans in a
// language, bold or muted, joined with line breaks. A span's own mark (the amber band of
// text filled with Chinese) always wins over the style asked for.
import type { RichText, Span } from '../typeset/document-schema';
import { isRtlLanguage } from '../typeset/text/languages';

export interface SpanStyle {
  lang?: string;
  bold?: boolean;
  muted?: boolean;
}

export function toSpans(text: RichText, style: SpanStyle = {}): Span[] {
  const spans: Span[] = typeof text === 'string' ? [{ text }] : text.map((s) => ({ ...s }));
  for (const span of spans) {
    if (style.lang && !span.lang) span.lang = style.lang;
    if (style.bold && span.mark !== 'tag') span.bold = true;
    if (style.muted && !span.mark) span.mark = 'muted';
  }
  return spans;
}

/** Parts joined by `separator` (a line break by default); empty parts are left out. */
export function joinText(parts: readonly (RichText | undefined | false)[], separator = '\n'): Span[] {
  const out: Span[] = [];
  for (const part of parts) {
    if (part === undefined || part === false) continue;
    if ((typeof part === 'string' ? part : part.map((s) => s.text).join('')) === '') continue;
    if (out.length > 0) out.push({ text: separator });
    out.push(...toSpans(part));
  }
  return out;
}

export function plain(text: RichText): string {
  return typeof text === 'string' ? text : text.map((s) => s.text).join('');
}

const LRM = '\u200e';

/**
 * Text of a left-to-right language inside a right-to-left paragraph (the Chinese under an
 * Arabic translation in one cell): each such span is held between left-to-right marks, so
 * that its closing "。" or bracket stays at its end instead of jumping to the other side.
 */
export function settleDirection(text: RichText, paragraphLang: string): RichText {
  if (!isRtlLanguage(paragraphLang) || typeof text === 'string') return text;
  return text.map((span) =>
    span.lang && !isRtlLanguage(span.lang) && span.text.trim() !== '' && span.mark !== 'tag' ? { ...span, text: `${LRM}${span.text}${LRM}` } : span,
  );
}
