// Runs anywhere (core): the contents of one object stream (ISO 32000-1, 7.5.7), the same
// bytes as pdf-lib's PDFObjectStream, written in one pass. pdf-lib sizes every object
// (walking each dictionary) to compute the offsets and then walks it again to copy it;
// a tagged document is thousands of small dictionaries (its structure elements), so that
// was a good part of writing the file.
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, type PDFObject } from 'pdf-lib';
import { ByteBuilder } from './byte-builder';
import { PreformattedObject } from './preformatted-object';

const NEWLINE = 0x0a;
const SPACE = 0x20;

/** Appends an object's bytes as pdf-lib's copyBytesInto writes them. */
function writeObject(out: ByteBuilder, object: PDFObject): void {
  if (object instanceof PreformattedObject) out.ascii(object.text);
  else if (object instanceof PDFRef) out.ascii(object.tag);
  else if (object instanceof PDFName) out.ascii(object.asString());
  else if (object instanceof PDFNumber) out.ascii(object.toString());
  else if (object instanceof PDFDict) {
    out.ascii('<<\n');
    for (const [key, value] of object.entries()) {
      out.ascii(key.asString()).byte(SPACE);
      writeObject(out, value);
      out.byte(NEWLINE);
    }
    out.ascii('>>');
  } else if (object instanceof PDFArray) {
    out.ascii('[ ');
    for (let i = 0, n = object.size(); i < n; i++) {
      writeObject(out, object.get(i));
      out.byte(SPACE);
    }
    out.byte(0x5d); // ']'
  } else {
    // Strings, booleans, null: rare here, and pdf-lib's own writing is exact.
    out.copyFrom(object.sizeInBytes(), (buffer, offset) => object.copyBytesInto(buffer, offset));
  }
}

export interface ObjectStreamContents {
  /** The stream's data: the "number offset" pairs, then the objects, each ending in a newline. */
  bytes: Uint8Array;
  /** The offset of the first object (/First). */
  first: number;
}

/** The uncompressed data of an object stream holding `objects`, in order. */
export function objectStreamContents(objects: readonly (readonly [PDFRef, PDFObject])[]): ObjectStreamContents {
  const body = new ByteBuilder(8 * 1024);
  const header = new ByteBuilder(16 * objects.length + 16);
  for (const [ref, object] of objects) {
    header.unsigned(ref.objectNumber).byte(SPACE).unsigned(body.length).byte(SPACE);
    writeObject(body, object);
    body.byte(NEWLINE);
  }
  const first = header.length;
  const bytes = new Uint8Array(first + body.length);
  bytes.set(header.view(), 0);
  bytes.set(body.view(), first);
  return { bytes, first };
}
