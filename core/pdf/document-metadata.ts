// Runs anywhere (core): the document-level metadata: the Info dictionary, the XMP packet
// that mirrors it, /Lang, DisplayDocTitle and the file identifier. Dates are written in
// UTC and the identifier is derived from the content, so the same document written with
// the same date gives the same bytes.
import { PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';
import type { LaidOutDocument } from '../typeset/laid-out-document';
import { pdfDate } from './pdf-date';
import { xmpPacket } from './xmp-metadata';

export interface MetadataOptions {
  producer: string;
  created: Date;
  /** Something that changes with the document's content (e.g. total content length). */
  contentFingerprint: number;
}

/** A stable 128-bit hex identifier from the document's content, for /ID and XMP. */
function documentId(doc: LaidOutDocument, created: Date, fingerprint: number): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  const mix = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      a = Math.imul(a ^ text.charCodeAt(i), 0x01000193);
      b = Math.imul(b ^ text.charCodeAt(i), 0x5bd1e995);
    }
  };
  mix(doc.title);
  mix(doc.lang);
  mix(created.toISOString());
  mix(String(doc.pages.length));
  mix(String(fingerprint));
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return hex(a) + hex(b) + hex(a ^ b) + hex(Math.imul(a, b) ^ fingerprint);
}

function formatUuid(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export function writeDocumentMetadata(pdf: PDFDocument, doc: LaidOutDocument, options: MetadataOptions): void {
  const { context, catalog } = pdf;
  const { producer, created } = options;
  if (doc.lang) catalog.set(PDFName.of('Lang'), PDFString.of(doc.lang));
  catalog.set(PDFName.of('ViewerPreferences'), context.obj({ DisplayDocTitle: true }));

  const id = documentId(doc, created, options.contentFingerprint);
  const xmp = new TextEncoder().encode(
    xmpPacket({
      title: doc.title,
      lang: doc.lang,
      producer,
      created,
      documentId: formatUuid(id),
      ...(doc.author ? { author: doc.author } : {}),
      ...(doc.subject ? { subject: doc.subject } : {}),
    }),
  );
  // XMP stays uncompressed so that tools scanning files for packets find it.
  catalog.set(PDFName.of('Metadata'), context.register(context.stream(xmp, { Type: 'Metadata', Subtype: 'XML' })));

  const date = PDFString.of(pdfDate(created));
  const info = context.obj({
    Title: PDFHexString.fromText(doc.title),
    Producer: PDFHexString.fromText(producer),
    Creator: PDFHexString.fromText(producer),
    CreationDate: date,
    ModDate: date,
    ...(doc.author ? { Author: PDFHexString.fromText(doc.author) } : {}),
    ...(doc.subject ? { Subject: PDFHexString.fromText(doc.subject) } : {}),
  });
  context.trailerInfo.Info = context.register(info);
  const idString = PDFHexString.of(id);
  context.trailerInfo.ID = context.obj([idString, idString]);
}
