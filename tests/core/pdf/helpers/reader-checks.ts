// Runs in Node (tests): what "the text reads right" means for each reader: every line's
// logical text is found on its page (bidi format characters dropped and whitespace
// collapsed on both sides), and the reader returns no character the document does not
// hold. Failures are listed per reader, a few at a time, so a broken line can be read.
import type { LaidOutDocument } from '../../../../core/typeset/laid-out-document';
import { READERS, type ReaderName } from './four-readers';

/** Bidi format characters (marks, embeddings, isolates): readers and writer add them as direction hints. */
const BIDI_FORMAT = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

export function readable(text: string): string {
  return text.replace(BIDI_FORMAT, '').replace(/\s+/g, ' ').trim().normalize('NFC');
}

const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const LTR_LETTER = /[\p{L}\p{N}]/u;
/** Matches letters of left-to-right scripts and digits once RTL letters are removed. */
const LTR_ONLY = (text: string) => LTR_LETTER.test(text.replace(new RegExp(RTL_LETTER.source, 'g'), ''));

interface PageLine {
  text: string;
  /** Baseline, rounded: PDFium joins everything on one baseline into one line. */
  y: number;
  rtl: boolean;
  /** Right-to-left letters with left-to-right letters or digits in the line itself. */
  mixed: boolean;
  /** Right-to-left words on a baseline that also holds left-to-right text. */
  mixedVisualLine?: boolean;
}

/** Whether every word (run of letters, marks and digits) of the line is in the text. */
function wordsFound(line: string, text: string): boolean {
  return (line.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).every((word) => text.includes(word));
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
    const ltrAt = new Set<number>();
    for (const item of page.items) {
      if (item.kind !== 'line') continue;
      let text = readable(item.text);
      if (text === '') continue;
      for (const char of text.normalize('NFD')) own.add(char);
      for (const char of text) own.add(char);
      const y = Math.round(item.runs[0]?.y ?? 0);
      if (LTR_ONLY(text)) ltrAt.add(y);
      // A hard hyphen that ends a line reads as hyphenation to poppler and PDFium, which
      // join the word and drop the hyphen, as they do in any PDF.
      const hyphenated = /[-\u00ad]$/.test(text);
      if (hyphenated) text = text.slice(0, -1);
      const rtl = RTL_LETTER.test(text);
      lines.push({ text, y, rtl, mixed: rtl && LTR_ONLY(text) });
    }
    for (const line of lines) line.mixedVisualLine = line.rtl && (ltrAt.has(line.y) || LTR_ONLY(line.text));
    return lines;
  });
  const failures: Partial<Record<ReaderName, ReaderFailures>> = {};
  for (const reader of READERS) {
    const missing: string[] = [];
    const foreign = new Set<string>();
    doc.pages.forEach((_, index) => {
      // PDFium marks the place of a dropped line-end hyphen with U+FFFE.
      let got = readable(pages[reader][index] ?? '');
      if (reader === 'pdfium') got = got.replace(/\ufffe/g, '');
      for (const line of linesOfPage[index]!) {
        if (got.includes(line.text)) continue;
        // PDFium's named limitation (see four-readers-samples.test.ts): on a visual line
        // where left-to-right text outnumbers right-to-left words, it keeps an Arabic
        // phrase's words in visual order. Each word must still be whole.
        if (reader === 'pdfium' && line.mixedVisualLine && wordsFound(line.text, got)) continue;
        // A line mixing directions (Arabic with digits or Latin, Chinese quoting Arabic):
        // each reader orders its sections by its own rule (see text-extraction.test.ts
        // for poppler's); every word must still be whole.
        if (line.mixed && wordsFound(line.text, got)) continue;
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
