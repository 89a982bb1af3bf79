// Runs anywhere (core): a block's text (a string or spans) as styled spans, and the
// paragraph direction it implies: the language's direction, unless the text is entirely
// in the other direction (an English name alone in an Arabic column stays left to right).
import type { RichText } from '../document-schema';
import type { StyledSpan } from '../paragraph/itemize';
import { hasStrong } from '../text/bidi';
import { isRtlLanguage } from '../text/languages';

export function styledSpans(text: RichText, lang: string, bold: boolean): StyledSpan[] {
  if (typeof text === 'string') return [{ text: normalize(text), lang, bold }];
  return text.map((span) => {
    const styled: StyledSpan = { text: normalize(span.text), lang: span.lang ?? lang, bold: bold || (span.bold ?? false) };
    if (span.mark) styled.mark = span.mark;
    return styled;
  });
}

/** Plain text of rich text (for outline titles and warnings). */
export function plainText(text: RichText): string {
  return typeof text === 'string' ? text : text.map((s) => s.text).join('');
}

// Tabs and carriage returns have no meaning in flowing text; newlines are forced breaks.
function normalize(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
}

export function paragraphDirection(spans: readonly StyledSpan[], lang: string): 'ltr' | 'rtl' {
  const natural = isRtlLanguage(lang) ? 'rtl' : 'ltr';
  const other = natural === 'rtl' ? 'ltr' : 'rtl';
  const text = spans.map((s) => s.text).join('');
  if (!hasStrong(text, natural) && hasStrong(text, other)) return other;
  return natural;
}

/**
 * The alignment that puts text on its block's start side whatever its own direction: a
 * Chinese line in an Arabic card stays on the right, where the Arabic lines start.
 */
export function alignToBlockStart(text: RichText, lang: string): 'start' | 'end' {
  const natural = isRtlLanguage(lang) ? 'rtl' : 'ltr';
  return paragraphDirection(styledSpans(text, lang, false), lang) === natural ? 'start' : 'end';
}
