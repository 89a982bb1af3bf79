// Runs anywhere (core): embeds each distinct picture of a document once (PNG through
// pdf-lib's decoder, with its alpha as an SMask; JPEG as-is with DCTDecode) and names it
// for the pages' XObject resources.
import type { PDFDocument, PDFRef } from 'pdf-lib';
import type { ImageItem, LaidOutPage } from '../typeset/laid-out-document';

export interface ImageResources {
  nameFor(item: ImageItem): string;
  refOf(name: string): PDFRef;
}

function fingerprint(bytes: Uint8Array): string {
  // FNV-1a over the bytes: pictures repeated on many pages (a logo) are embedded once even
  // when layout hands over a fresh copy of the bytes each time.
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  return `${bytes.length}:${(hash >>> 0).toString(16)}`;
}

export async function embedImages(pdf: PDFDocument, pages: readonly LaidOutPage[]): Promise<ImageResources> {
  const byBytes = new Map<Uint8Array, string>();
  const byFingerprint = new Map<string, string>();
  const refs = new Map<string, PDFRef>();
  for (const page of pages) {
    for (const item of page.items) {
      if (item.kind !== 'image' || byBytes.has(item.bytes)) continue;
      const print = fingerprint(item.bytes);
      let name = byFingerprint.get(print);
      if (!name) {
        name = `Im${refs.size + 1}`;
        const image = item.format === 'png' ? await pdf.embedPng(item.bytes) : await pdf.embedJpg(item.bytes);
        refs.set(name, image.ref);
        byFingerprint.set(print, name);
      }
      byBytes.set(item.bytes, name);
    }
  }
  return {
    nameFor(item) {
      const name = byBytes.get(item.bytes);
      if (!name) throw new Error('Image was not embedded before the page was written');
      return name;
    },
    refOf(name) {
      return refs.get(name)!;
    },
  };
}
