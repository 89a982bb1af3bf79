// Runs in Node (tests): LaidOutDocuments for the writer tests, built from lines shaped by
// the test shaper, and the writer called the way the host calls it.
import type { LaidOutDocument, LaidOutPage, LineItem, PageItem } from '../../../../core/typeset/laid-out-document';
import { writePdf, type WritePdfOptions } from '../../../../core/pdf/write-pdf';
import { nodeDeflate } from '../../../../electron/fonts/load-engine-assets';
import { SAMPLE_PARAGRAPHS } from './sample-texts';
import { shapeLine, shapeLines } from './shape-line';
import { fontResources, subsetWasm, type TestFontKey } from './test-fonts';

export const A4 = { width: 595.28, height: 841.89 };
export const MARGIN = 56;

const ALL_FONTS: TestFontKey[] = ['sans', 'sans-bold', 'sc', 'sc-bold', 'naskh', 'naskh-bold'];

export function documentOf(pages: PageItem[][], extra: Partial<LaidOutDocument> = {}): LaidOutDocument {
  return {
    title: 'Briefing Desk test',
    lang: 'en',
    outline: [],
    fonts: fontResources(ALL_FONTS),
    pages: pages.map((items): LaidOutPage => ({ ...A4, items })),
    ...extra,
  };
}

/** Writes with the options the CLI uses (native zlib on its own thread), unless told otherwise. */
export function write(doc: LaidOutDocument, options: Partial<WritePdfOptions> = {}): Promise<Uint8Array> {
  return writePdf(doc, {
    subsetWasm: subsetWasm(),
    creationDate: new Date(Date.UTC(2024, 3, 18, 9, 30, 0)),
    deflate: nodeDeflate,
    ...options,
  });
}

/** A paragraph of one sample language, set at 11 pt from the top margin. */
export function sampleParagraph(key: keyof typeof SAMPLE_PARAGRAPHS, top = 100, options: { bold?: boolean; size?: number } = {}): LineItem[] {
  const paragraph = SAMPLE_PARAGRAPHS[key]!;
  return shapeLines(paragraph.lines, {
    x: MARGIN,
    right: A4.width - MARGIN,
    y: top,
    direction: paragraph.direction,
    lang: paragraph.lang,
    size: options.size ?? 11,
    ...(options.bold ? { bold: true } : {}),
  });
}

/** One line of text at a given baseline, full measure. */
export function lineOf(text: string, direction: 'ltr' | 'rtl', lang: string, y = 100, size = 11): LineItem {
  return shapeLine(text, { x: MARGIN, right: A4.width - MARGIN, y, direction, lang, size });
}
