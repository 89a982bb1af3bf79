// Runs anywhere (core): the direction rules of the engine, for the preview: a block reads
// in its language's direction unless its letters are all of the other one, and a row of
// columns puts its first column on the start side of its own language.
import type { RichText } from '../../typeset/document-schema';
import { paragraphDirection, styledSpans } from '../../typeset/layout/rich-text';
import { isRtlLanguage } from '../../typeset/text/languages';

export type Direction = 'ltr' | 'rtl';

export function directionOfLanguage(lang: string): Direction {
  return isRtlLanguage(lang) ? 'rtl' : 'ltr';
}

/** The direction the engine sets this text in (docs/document-format.md, "Languages and direction"). */
export function directionOfText(text: RichText, lang: string): Direction {
  return paragraphDirection(styledSpans(text, lang, false), lang);
}
