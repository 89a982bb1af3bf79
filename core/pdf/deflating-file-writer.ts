// Runs anywhere (core): writes the file as pdf-lib's object-stream writer does (objects
// packed 50 to a compressed object stream, a cross-reference stream, PDF 1.7), but
// compresses those streams with the host's deflate. pdf-lib always uses pako, its
// JavaScript deflate, for them, and a tagged document is mostly small dictionaries
// (structure elements), so that was a tenth of the time of a long document.
import {
  PDFCrossRefStream,
  PDFHeader,
  PDFInvalidObject,
  PDFName,
  PDFObjectStream,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFTrailer,
  PDFNumber,
  PDFWriter,
  type PDFContext,
  type PDFDict,
  type PDFObject,
} from 'pdf-lib';
import type { Deflate } from './deflated-stream';

/** How many objects pdf-lib packs into one object stream. */
const OBJECTS_PER_STREAM = 50;

type IndirectObject = [PDFRef, PDFObject];

/** A stream built uncompressed by pdf-lib, deflated here: same dictionary, plus /Filter. */
function deflated(stream: PDFStream & { getUnencodedContents(): Uint8Array }, deflate: Deflate): PDFRawStream {
  const dict = stream.dict.clone() as PDFDict;
  dict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
  return PDFRawStream.of(dict, deflate(stream.getUnencodedContents()));
}

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
    const xref = PDFCrossRefStream.create(this.createTrailerDict(), false);
    const uncompressed: IndirectObject[] = [];
    const chunks: IndirectObject[][] = [];
    const chunkRefs: PDFRef[] = [];
    for (const indirect of context.enumerateIndirectObjects()) {
      const [ref, object] = indirect;
      const alone = ref === context.trailerInfo.Encrypt || object instanceof PDFStream || object instanceof PDFInvalidObject || ref.generationNumber !== 0;
      if (alone) {
        uncompressed.push(indirect);
        xref.addUncompressedEntry(ref, size);
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
      xref.addCompressedEntry(ref, chunkRef, chunk.length);
      chunk.push(indirect);
    }
    chunks.forEach((chunk, i) => {
      const ref = chunkRefs[i]!;
      const stream = deflated(PDFObjectStream.withContextAndObjects(context, chunk, false), this.deflate);
      xref.addUncompressedEntry(ref, size);
      size += this.computeIndirectObjectSize([ref, stream]);
      uncompressed.push([ref, stream]);
    });
    const xrefRef = PDFRef.of(objectNumber++);
    xref.dict.set(PDFName.of('Size'), PDFNumber.of(objectNumber));
    xref.addUncompressedEntry(xrefRef, size);
    const xrefOffset = size;
    xref.updateDict(); // sets /W and /Index from the entries
    const xrefStream = deflated(xref, this.deflate);
    size += this.computeIndirectObjectSize([xrefRef, xrefStream]);
    uncompressed.push([xrefRef, xrefStream]);
    const trailer = PDFTrailer.forLastCrossRefSectionOffset(xrefOffset);
    size += trailer.sizeInBytes();
    return { size, header, indirectObjects: uncompressed, trailer };
  }
}

/** The document's bytes, every stream pdf-lib would compress compressed by `deflate`. */
export function writeFileWithDeflate(context: PDFContext, deflate: Deflate): Promise<Uint8Array> {
  return new DeflatingFileWriter(context, deflate).serializeToBuffer();
}
