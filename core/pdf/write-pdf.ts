// Runs anywhere (core): turns a LaidOutDocument into PDF bytes. pdf-lib supplies the
// object model and the file writer; fonts, content streams, outline and metadata are
// built here at its low level, because its drawText/embedFont cannot shape or subset.
import { PDFDocument, PDFName, type PDFDict, type PDFRef } from 'pdf-lib';
import type { LaidOutDocument } from '../typeset/laid-out-document';
import { streamRegistrar, type Deflate } from './deflated-stream';
import { writeFileWithDeflate } from './deflating-file-writer';
import { writeDocumentMetadata } from './document-metadata';
import { embedCidFont } from './embed-cid-font';
import { FontEncoding } from './font-encoding';
import { fontSubsetterFor } from './font-subsetter';
import { GlyphForms } from './glyph-forms';
import { embedImages } from './image-resources';
import { writeOutline } from './outline';
import { writePageContent } from './page-content';
import { writePageLabels } from './page-labels';
import { StructureTree } from './structure-tree';

export interface WritePdfOptions {
  /** Bytes of harfbuzzjs's dist/harfbuzz-subset.wasm; instantiated once and reused. */
  subsetWasm: Uint8Array;
  producer?: string;
  creationDate?: Date;
  /**
   * A zlib deflate to use instead of pdf-lib's JavaScript one, e.g. Node's zlib; output
   * is the same format, only faster. One that answers with a promise compresses every
   * stream on the host's threads while pages are still being written.
   */
  deflate?: Deflate;
}

const DEFAULT_PRODUCER = 'Briefing Desk';

export async function writePdf(doc: LaidOutDocument, options: WritePdfOptions): Promise<Uint8Array> {
  const subsetter = await fontSubsetterFor(options.subsetWasm);
  const created = options.creationDate ?? new Date();
  const producer = options.producer ?? DEFAULT_PRODUCER;

  const pdf = await PDFDocument.create({ updateMetadata: false });
  const context = pdf.context;
  const stream = streamRegistrar(context, options.deflate);

  // One encoding per font key and one font object per resource name, shared by every
  // page; the font objects are written once all pages are known.
  const fonts = new Map<string, FontEncoding>();
  const fontFor = (key: string): FontEncoding => {
    let encoding = fonts.get(key);
    if (!encoding) {
      const resource = doc.fonts[key];
      if (!resource) throw new Error(`Layout used the font "${key}" but the document does not include it`);
      encoding = new FontEncoding(key, `F${fonts.size + 1}`, resource.bytes);
      fonts.set(key, encoding);
    }
    return encoding;
  };
  const fontRefs = new Map<string, PDFRef>();
  const fontRef = (resourceName: string): PDFRef => {
    let ref = fontRefs.get(resourceName);
    if (!ref) {
      ref = context.nextRef();
      fontRefs.set(resourceName, ref);
    }
    return ref;
  };
  const images = await embedImages(pdf, doc.pages);
  const glyphForms = new GlyphForms(stream);
  const structure = new StructureTree(context, doc.lang);

  const pageTreeRef = pdf.catalog.get(PDFName.of('Pages'));
  const pageRefs: { ref: PDFRef; height: number }[] = [];
  const pageDicts: PDFDict[] = [];
  let contentLength = 0;
  for (const [pageIndex, page] of doc.pages.entries()) {
    const content = writePageContent(page, {
      fontFor,
      imageNameFor: (item) => images.nameFor(item),
      glyphFormFor: (encoding, gid) => glyphForms.nameFor(encoding, gid),
      mark: (node, lang) => structure.mark(node, pageIndex, lang),
    });
    contentLength += content.bytes.length;
    const contentRef = stream(content.bytes);

    const fontDict: Record<string, PDFRef> = {};
    for (const encoding of content.fonts) fontDict[encoding.resourceName] = fontRef(encoding.resourceName);
    const xObjects: Record<string, PDFRef> = {};
    for (const name of content.xObjects) xObjects[name] = glyphForms.refOf(name) ?? images.refOf(name);
    const resources = context.obj({
      ...(Object.keys(fontDict).length ? { Font: fontDict } : {}),
      ...(content.xObjects.size ? { XObject: xObjects } : {}),
    });

    // The page object itself, not pdf-lib's addPage, which walks the page tree for
    // every page it adds.
    const pageDict = context.obj({ Type: 'Page', Parent: pageTreeRef, Resources: resources, MediaBox: [0, 0, page.width, page.height], Contents: contentRef });
    pageRefs.push({ ref: context.register(pageDict), height: page.height });
    pageDicts.push(pageDict);
  }
  const pageTree = pdf.catalog.Pages();
  pageTree.set(PDFName.of('Kids'), context.obj(pageRefs.map((page) => page.ref)));
  pageTree.set(PDFName.of('Count'), context.obj(pageRefs.length));

  for (const encoding of fonts.values()) embedCidFont(context, encoding, (name) => fontRefs.get(name), subsetter, stream);

  const catalog = pdf.catalog;
  structure.write(catalog, pageRefs.map((page) => page.ref), pageDicts);
  writePageLabels(context, catalog, doc.pageLabels);
  const outlineRef = writeOutline(context, doc.outline, pageRefs);
  if (outlineRef) {
    catalog.set(PDFName.of('Outlines'), outlineRef);
    catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  }
  writeDocumentMetadata(pdf, doc, { producer, created, contentFingerprint: contentLength });

  if (!options.deflate) return pdf.save({ useObjectStreams: true, addDefaultPage: false, objectsPerTick: Number.POSITIVE_INFINITY });
  await stream.settled();
  await pdf.flush();
  return writeFileWithDeflate(context, options.deflate);
}
