// Runs in Node (tests): what "the text reads right" means for each reader: every line's
// logical text is found on its page (bidi format characters dropped and whitespace
// collapsed on both sides), and the reader returns no character the document does not
// hold. Failures are listed per reader, a few at a time, so a broken line can be read.
import type { LaidOutDocument } from '../../../../core/typeset/laid-out-document';
import { READERS, type ReaderName } from './four-readers';

/** Bidi format characters (marks, embeddings, isolates): readers and writer add them as direction hints. */
const BIDI_FORMAT = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

export function readable(text: string): string {
  return (
    text
      .replace(BIDI_FORMAT, '')
      .replace(/\s+/g, ' ')
      .trim()
      .normalize('NFC')
      // A Chinese line set with space between its characters (a short line justified)
      // reads with a space between every two; the letters are right.
      .replace(/(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef]) (?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])/gu, '')
  );
}

const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const LTR_LETTER = /[\p{L}\p{N}]/u;
/** Matches letters of left-to-right scripts and digits once RTL letters are removed. */
const LTR_ONLY = (text: string) => LTR_LETTER.test(text.replace(new RegExp(RTL_LETTER.source, 'g'), ''));
/**
 * Right-to-left text that also holds what readers treat as left to right: Latin letters,
 * digits, or ASCII punctuation other than a sentence's final full stop (poppler counts
 * , : / + with digits; MuPDF gives + % # $ a left-to-right level).
 */
const MIXES_DIRECTIONS = (text: string) => LTR_ONLY(text) || /[,:;/+%#$*=<>|\\-]/.test(text);
/** PDFium mirrors brackets in right-to-left text a second time; compare them as one. */
const unmirrored = (text: string) => text.replace(/[»)\]}›>]/g, (c) => ({ '»': '«', ')': '(', ']': '[', '}': '{', '›': '‹', '>': '<' })[c]!);

interface PageLine {
  text: string;
  /** Baseline, rounded: PDFium joins everything on one baseline into one line. */
  y: number;
  rtl: boolean;
  /** Right-to-left letters with left-to-right letters or digits in the line itself. */
  mixed: boolean;
  /** Text on a baseline that also holds text of the other direction. */
  mixedVisualLine?: boolean;
}

const MARK_BEFORE_PUNCTUATION = /\p{Mn}[\p{P}]/u;
/** A nonspacing mark that ends a word ("بِشأنِ"): the first character of its word's text in visual order. */
const MARK_ENDS_WORD = /\p{Mn}(?![\p{L}\p{M}])/u;
const withoutMarks = (text: string) => text.normalize('NFD').replace(/\p{Mn}/gu, '');

/** Whether every word (run of letters, marks and digits) of the line is in the text. */
function wordsFound(line: string, text: string): boolean {
  // Chinese has no spaces between words: its characters count one by one here.
  return (line.match(/\p{Script=Han}|[\p{L}\p{M}]+|\p{N}+/gu) ?? []).every((word) => text.includes(word));
}

export interface ReaderFailures {
  /** Lines (logical text) not found on their page. */
  missing: string[];
  /** Characters the reader returned that the document does not hold. */
  foreign: string[];
}

export function readerFailures(
  doc: LaidOutDocument,
  pages: Record<ReaderName, string[]>,
): Partial<Record<ReaderName, ReaderFailures>> {
  const own = new Set<string>();
  const linesOfPage = doc.pages.map((page) => {
    const lines: PageLine[] = [];
    for (const item of page.items) {
      if (item.kind !== 'line') continue;
      let text = readable(item.text);
      if (text === '') continue;
      for (const char of text.normalize('NFD')) own.add(char);
      for (const char of text) own.add(char);
      const y = Math.round(item.runs[0]?.y ?? 0);
      // A hard hyphen that ends a line reads as hyphenation to poppler and PDFium, which
      // join the word and drop the hyphen, as they do in any PDF.
      const hyphenated = /[-\u00ad]$/.test(text);
      if (hyphenated) text = text.slice(0, -1);
      const rtl = RTL_LETTER.test(text);
      // Arabic set in a left-to-right paragraph (a note in an English list) reads, to
      // readers that guess a line's direction from its letters, as a right-to-left line.
      const againstScript = rtl !== (item.direction === 'rtl') && !LTR_ONLY(text) === rtl;
      lines.push({ text, y, rtl, mixed: (rtl && MIXES_DIRECTIONS(text)) || againstScript });
    }
    // PDFium joins everything near one baseline (a table row, two columns) into one line.
    const near = (a: number, b: number) => Math.abs(a - b) <= 6;
    for (const line of lines) {
      line.mixedVisualLine = lines.some((other) => near(other.y, line.y) && other.rtl !== line.rtl) || (line.rtl && LTR_ONLY(line.text));
    }
    return lines;
  });
  const failures: Partial<Record<ReaderName, ReaderFailures>> = {};
  for (const reader of READERS) {
    const missing: string[] = [];
    const foreign = new Set<string>();
    doc.pages.forEach((_, index) => {
      // PDFium marks the place of a dropped line-end hyphen with U+FFFE.
      let got = readable(pages[reader][index] ?? '');
      if (reader === 'pdfium') got = unmirrored(got.replace(/\ufffe/g, ''));
      for (const line of linesOfPage[index]!) {
        if (got.includes(reader === 'pdfium' ? unmirrored(line.text) : line.text)) continue;
        // PDFium's named limitation (see four-readers-samples.test.ts): on a visual line
        // where left-to-right text outnumbers right-to-left words, it keeps an Arabic
        // phrase's words in visual order. Each word must still be whole.
        if (reader === 'pdfium' && line.mixedVisualLine && wordsFound(line.text, got)) continue;
        // ...and there it takes a vowel mark for a neutral character, so a vocalised word
        // comes out in pieces split at its marks, each piece whole.
        if (reader === 'pdfium' && line.mixedVisualLine && wordsFound(line.text.normalize('NFD').replace(/\p{Mn}+/gu, ' '), withoutMarks(got))) continue;
        // A line mixing directions (Arabic with digits or Latin, Chinese quoting Arabic):
        // each reader orders its sections by its own rule (see text-extraction.test.ts
        // for poppler's); every word must still be whole.
        if (line.mixed && wordsFound(line.text, got)) continue;
        // Named poppler limitation: an Arabic line holding a full stop or an Arabic comma on
        // a page poppler reads left to right. poppler picks one direction per page
        // (TextPage::coalesce: primaryLR = lrCount >= 0, left-to-right letters minus
        // right-to-left ones) and, reading left to right, reorderText writes a line's
        // sections in visual order. It counts . and ، with digits (poppler-direction.ts),
        // so they open a left-to-right section even between Arabic words, and no mark can
        // reorder sections in that mode. Measured on 22.12: "السكان لا الاتصال. السكان؟"
        // beside English and Chinese lines reads "السكان؟ . السكان لا الاتصال" (the sentence
        // after the stop first). Reading right to left, poppler wraps each line in
        // RLE…PDF and every left-to-right section in LRE…PDF, so a page with such a line
        // and no LRE was read left to right. Every word must still be whole, but a vowel
        // mark that ends a word right before the stop ("بِشأنِ.") is neutral to poppler and
        // joins the stop's section, as in pdf.js and PDFium below; the letters are right.
        if (reader === 'poppler' && line.rtl && /[.\u060c]/.test(line.text) && !pages.poppler[index]?.includes('\u202a')) {
          if (wordsFound(line.text, got)) continue;
          if (MARK_BEFORE_PUNCTUATION.test(line.text) && wordsFound(withoutMarks(line.text), withoutMarks(got))) continue;
        }
        // PDFium groups a vowel mark with the punctuation beside it when it reorders a
        // line with numbers in it, so the mark may land after the comma; letters stay.
        if (reader === 'pdfium' && line.mixed && wordsFound(withoutMarks(line.text), withoutMarks(got))) continue;
        // Named limitation: a vowel mark that ends a word right before punctuation
        // ("بِشأنِ،") may come out after the punctuation in pdf.js and PDFium, which group
        // marks with neutral characters when they reorder; the letters are right.
        if ((reader === 'pdfjs' || reader === 'pdfium') && MARK_BEFORE_PUNCTUATION.test(line.text) && withoutMarks(got).includes(withoutMarks(line.text))) continue;
        if ((reader === 'pdfjs' || reader === 'pdfium') && MARK_BEFORE_PUNCTUATION.test(line.text) && wordsFound(withoutMarks(line.text), withoutMarks(got))) continue;
        // MuPDF does the same on a line it reorders in sections (Arabic with a number or a
        // Latin name): "25,000 UIBE … 3.5 بِشأنِ." reads "… 3.5 .ِ بِشأن", the stop's section
        // taking the mark. The letters are right, word by word.
        if (reader === 'mupdf' && line.mixed && MARK_BEFORE_PUNCTUATION.test(line.text) && wordsFound(withoutMarks(line.text), withoutMarks(got))) continue;
        // Named pdf.js limitation: a text item cannot start with a nonspacing mark. The
        // visually first glyph of a right-to-left stretch carries its word's last character,
        // so an Arabic word that ends in a vowel mark ("بِشأنِ") and opens an item (at the
        // start of a line, after a change of font) opens it with the mark. pdf.js gives any
        // glyph whose text holds a mark zero width (getCharUnicodeCategory, \p{Mn}) and does
        // not note its position, so the item's next glyph is compared with where the
        // previous item ended (textOrientation is 0 for an item of zero width): any
        // difference, a rounding of 0.004 pt or a new line, flushes the mark as an item of
        // its own, before the word or at the end of the line above. Whatever glyph carries
        // the mark, the item's first glyph holds it, so no writer design avoids this. The
        // letters are right, word by word.
        if (reader === 'pdfjs' && MARK_ENDS_WORD.test(line.text) && wordsFound(withoutMarks(line.text), withoutMarks(got))) continue;
        missing.push(`p${index + 1}: ${line.text}`);
      }
      for (const char of got) if (char !== ' ' && !own.has(char)) foreign.add(`U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} ${char}`);
    });
    if (missing.length || foreign.size) failures[reader] = { missing, foreign: [...foreign] };
  }
  return failures;
}

/** A short report of failures for an assertion message. */
export function describeFailures(failures: Partial<Record<ReaderName, ReaderFailures>>): string {
  return Object.entries(failures)
    .map(([reader, f]) => `${reader}: ${f!.missing.length} lines missing ${JSON.stringify(f!.missing.slice(0, 4))}; foreign ${JSON.stringify(f!.foreign.slice(0, 10))}`)
    .join('\n');
}
