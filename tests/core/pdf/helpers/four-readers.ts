// Runs in Node (tests): extracts the text of every page of a PDF with the four readers a
// delegate's device may use: poppler (pdftotext), pdf.js (Firefox), PDFium (Chrome, Edge;
// @embedpdf/pdfium's WebAssembly build) and MuPDF (SumatraPDF, phones; the mupdf package).
// The WebAssembly readers are instantiated once per test file and reused.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pdfjsText, popplerText, saveTemp } from './read-pdf';

export type ReaderName = 'poppler' | 'pdfjs' | 'pdfium' | 'mupdf';
export const READERS: readonly ReaderName[] = ['poppler', 'pdfjs', 'pdfium', 'mupdf'];

const require = createRequire(import.meta.url);

type Pdfium = Awaited<ReturnType<typeof import('@embedpdf/pdfium').init>>;
let pdfiumReady: Promise<Pdfium> | undefined;

function pdfium(): Promise<Pdfium> {
  pdfiumReady ??= (async () => {
    const { init } = await import('@embedpdf/pdfium');
    const wasmBinary = readFileSync(require.resolve('@embedpdf/pdfium/pdfium.wasm'));
    const module = await init({ wasmBinary } as never);
    module.PDFiumExt_Init();
    return module;
  })();
  return pdfiumReady;
}

/** Text of every page through PDFium's text page (what Chrome's find and copy use). */
export async function pdfiumPages(bytes: Uint8Array): Promise<string[]> {
  const m = await pdfium();
  const heap = m.pdfium;
  const data = heap.wasmExports.malloc(bytes.length);
  (heap as unknown as { HEAPU8: Uint8Array }).HEAPU8.set(bytes, data);
  const doc = m.FPDF_LoadMemDocument(data, bytes.length, '');
  if (!doc) {
    heap.wasmExports.free(data);
    throw new Error(`PDFium could not open the PDF (error ${m.FPDF_GetLastError()})`);
  }
  const pages: string[] = [];
  try {
    const count = m.FPDF_GetPageCount(doc);
    for (let i = 0; i < count; i++) {
      const page = m.FPDF_LoadPage(doc, i);
      const text = m.FPDFText_LoadPage(page);
      const chars = m.FPDFText_CountChars(text);
      const buffer = heap.wasmExports.malloc((chars + 1) * 2);
      const written = m.FPDFText_GetText(text, 0, chars, buffer);
      pages.push(written > 0 ? heap.UTF16ToString(buffer) : '');
      heap.wasmExports.free(buffer);
      m.FPDFText_ClosePage(text);
      m.FPDF_ClosePage(page);
    }
  } finally {
    m.FPDF_CloseDocument(doc);
    heap.wasmExports.free(data);
  }
  return pages;
}

type MuPdf = typeof import('mupdf');
let mupdfReady: Promise<MuPdf> | undefined;

/** Text of every page through MuPDF's structured text (what SumatraPDF and mutool use). */
export async function mupdfPages(bytes: Uint8Array): Promise<string[]> {
  mupdfReady ??= import('mupdf');
  const mupdf = await mupdfReady;
  const doc = mupdf.Document.openDocument(bytes, 'application/pdf');
  const pages: string[] = [];
  try {
    for (let i = 0; i < doc.countPages(); i++) {
      const page = doc.loadPage(i);
      const stext = page.toStructuredText('preserve-whitespace');
      pages.push(stext.asText());
      stext.destroy();
      page.destroy();
    }
  } finally {
    doc.destroy();
  }
  return pages;
}

/** Text of every page through pdftotext (reading order). */
export function popplerPages(bytes: Uint8Array): string[] {
  const text = popplerText(saveTemp(bytes, 'readers'));
  const pages = text.split('\f');
  if (pages.length > 1 && pages[pages.length - 1]!.trim() === '') pages.pop();
  return pages;
}

export async function pdfjsPages(bytes: Uint8Array): Promise<string[]> {
  const { pages } = await pdfjsText(bytes);
  return pages.map((page) => page.text);
}

/** Every page's text from each of the four readers. */
export async function fourReaders(bytes: Uint8Array): Promise<Record<ReaderName, string[]>> {
  return {
    poppler: popplerPages(bytes),
    pdfjs: await pdfjsPages(bytes),
    pdfium: await pdfiumPages(bytes),
    mupdf: await mupdfPages(bytes),
  };
}
