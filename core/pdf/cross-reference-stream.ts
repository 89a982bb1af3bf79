// Runs anywhere (core): a cross-reference stream's entries and data (ISO 32000-1, 7.5.8),
// the same as pdf-lib's PDFCrossRefStream writes: a free entry for object 0, then the
// entries in the order added; /W the fewest bytes each field needs; /Index one
// subsection per run of consecutive object numbers. pdf-lib builds each field of each
// entry as a small array of bytes, which for a tagged document's tens of thousands of
// objects was a good part of writing the file; here they go straight into one buffer.
import type { PDFRef } from 'pdf-lib';

/** Bytes needed for a non-negative integer (at least one, as pdf-lib counts). */
function byteWidth(value: number): number {
  let width = 1;
  while (value >= 2 ** (8 * width)) width++;
  return width;
}

export class CrossReferenceStream {
  private readonly numbers: number[] = [0];
  private readonly types: number[] = [0];
  private readonly seconds: number[] = [0];
  private readonly thirds: number[] = [65535]; // object 0: free, generation 65535

  /** An object written at a byte offset of the file (type 1). */
  addUncompressed(ref: PDFRef, offset: number): void {
    this.add(ref.objectNumber, 1, offset, ref.generationNumber);
  }

  /** An object stored as the `index`th object of an object stream (type 2). */
  addCompressed(ref: PDFRef, objectStream: PDFRef, index: number): void {
    this.add(ref.objectNumber, 2, objectStream.objectNumber, index);
  }

  private add(number: number, type: number, second: number, third: number): void {
    this.numbers.push(number);
    this.types.push(type);
    this.seconds.push(second);
    this.thirds.push(third);
  }

  /** /W, /Index and the uncompressed data for the entries added so far. */
  contents(): { widths: [number, number, number]; index: number[]; bytes: Uint8Array } {
    const { numbers, types, seconds, thirds } = this;
    const n = numbers.length;
    const widths: [number, number, number] = [1, 1, 1];
    for (let i = 0; i < n; i++) {
      widths[0] = Math.max(widths[0], byteWidth(types[i]!));
      widths[1] = Math.max(widths[1], byteWidth(seconds[i]!));
      widths[2] = Math.max(widths[2], byteWidth(thirds[i]!));
    }
    const index: number[] = [numbers[0]!];
    let length = 1;
    for (let i = 1; i < n; i++) {
      if (numbers[i]! - numbers[i - 1]! > 1) {
        index.push(length, numbers[i]!);
        length = 0;
      }
      length++;
    }
    index.push(length);
    const bytes = new Uint8Array(n * (widths[0] + widths[1] + widths[2]));
    let at = 0;
    const put = (value: number, width: number) => {
      for (let b = width - 1; b >= 0; b--) bytes[at++] = Math.floor(value / 2 ** (8 * b)) & 0xff;
    };
    for (let i = 0; i < n; i++) {
      put(types[i]!, widths[0]);
      put(seconds[i]!, widths[1]);
      put(thirds[i]!, widths[2]);
    }
    return { widths, index, bytes };
  }
}
