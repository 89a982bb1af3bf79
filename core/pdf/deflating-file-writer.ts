// Runs anywhere (core): writes the file as pdf-lib's object-stream writer does (objects
// packed 50 to a compressed object stream, a cross-reference stream, PDF 1.7), but
// compresses those streams with the host's deflate, and writes the object streams' and
// the cross-reference stream's data in one pass each (object-stream.ts,
// cross-reference-stream.ts). pdf-lib always uses pako, its JavaScript deflate, for
// them, and sizes each object before copying it; a tagged document is mostly small
// dictionaries (structure elements), so that was a tenth of the time of a long document.
import {
  PDFHeader,
  PDFInvalidObject,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFTrailer,
  PDFNumber,
  PDFWriter,
  type PDFContext,
  type PDFObject,
} from 'pdf-lib';
import { CrossReferenceStream } from './cross-reference-stream';
import type { Deflate } from './deflated-stream';
import { objectStreamContents } from './object-stream';

/** How many objects pdf-lib packs into one object stream. */
const OBJECTS_PER_STREAM = 50;

type IndirectObject = [PDFRef, PDFObject];

class DeflatingFileWriter extends PDFWriter {
  constructor(
    context: PDFContext,
    private readonly deflate: Deflate,
  ) {
    super(context, Number.POSITIVE_INFINITY);
  }

  // The same layout as PDFStreamWriter.computeBufferSize (pdf-lib 1.17).
  protected override async computeBufferSize() {
    const context = this.context;
    let objectNumber = context.largestObjectNumber + 1;
    const header = PDFHeader.forVersion(1, 7);
    let size = header.sizeInBytes() + 2;
    const xref = new CrossReferenceStream();
    const uncompressed: IndirectObject[] = [];
    const chunks: IndirectObject[][] = [];
    const chunkRefs: PDFRef[] = [];
    for (const indirect of context.enumerateIndirectObjects()) {
      const [ref, object] = indirect;
      const alone = ref === context.trailerInfo.Encrypt || object instanceof PDFStream || object instanceof PDFInvalidObject || ref.generationNumber !== 0;
      if (alone) {
        uncompressed.push(indirect);
        xref.addUncompressed(ref, size);
        size += this.computeIndirectObjectSize(indirect);
        continue;
      }
      let chunk = chunks[chunks.length - 1];
      let chunkRef = chunkRefs[chunkRefs.length - 1];
      if (!chunk || !chunkRef || chunk.length % OBJECTS_PER_STREAM === 0) {
        chunk = [];
        chunks.push(chunk);
        chunkRef = PDFRef.of(objectNumber++);
        chunkRefs.push(chunkRef);
      }
      xref.addCompressed(ref, chunkRef, chunk.length);
      chunk.push(indirect);
    }
    // Each object stream goes to the deflate as soon as it is written (to the host's
    // thread, if its deflate answers later); they are placed in order once all are back.
    const objectStreams = await Promise.all(chunks.map((chunk) => this.objectStream(chunk)));
    objectStreams.forEach((stream, i) => {
      const ref = chunkRefs[i]!;
      xref.addUncompressed(ref, size);
      size += this.computeIndirectObjectSize([ref, stream]);
      uncompressed.push([ref, stream]);
    });
    const xrefRef = PDFRef.of(objectNumber++);
    xref.addUncompressed(xrefRef, size);
    const xrefOffset = size;
    const { widths, index, bytes } = xref.contents();
    const xrefDict = this.createTrailerDict();
    xrefDict.set(PDFName.of('Type'), PDFName.of('XRef'));
    xrefDict.set(PDFName.of('Size'), PDFNumber.of(objectNumber));
    xrefDict.set(PDFName.of('W'), context.obj(widths));
    xrefDict.set(PDFName.of('Index'), context.obj(index));
    xrefDict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
    const xrefStream = PDFRawStream.of(xrefDict, await this.deflate(bytes));
    size += this.computeIndirectObjectSize([xrefRef, xrefStream]);
    uncompressed.push([xrefRef, xrefStream]);
    const trailer = PDFTrailer.forLastCrossRefSectionOffset(xrefOffset);
    size += trailer.sizeInBytes();
    return { size, header, indirectObjects: uncompressed, trailer };
  }

  private async objectStream(objects: IndirectObject[]): Promise<PDFRawStream> {
    const { bytes, first } = objectStreamContents(objects);
    const dict = this.context.obj({ Type: 'ObjStm', N: objects.length, First: first, Filter: 'FlateDecode' });
    return PDFRawStream.of(dict, await this.deflate(bytes));
  }
}

/** The document's bytes, every stream pdf-lib would compress compressed by `deflate`. */
export function writeFileWithDeflate(context: PDFContext, deflate: Deflate): Promise<Uint8Array> {
  return new DeflatingFileWriter(context, deflate).serializeToBuffer();
}
