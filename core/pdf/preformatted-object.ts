// Runs anywhere (core): a PDF object given as its written form (ASCII), for objects made
// by the thousand whose form is simple and known: the structure elements of a tagged
// document. pdf-lib would build each as a dictionary of name, number and reference
// objects, then walk it twice to size and copy it; this is written as it stands, in
// whichever object stream it falls (both file writers take it like any dictionary).
import { PDFObject } from 'pdf-lib';

export class PreformattedObject extends PDFObject {
  constructor(readonly text: string) {
    super();
  }

  override clone(): PreformattedObject {
    return new PreformattedObject(this.text);
  }

  override toString(): string {
    return this.text;
  }

  override sizeInBytes(): number {
    return this.text.length;
  }

  override copyBytesInto(buffer: Uint8Array, offset: number): number {
    const text = this.text;
    for (let i = 0; i < text.length; i++) buffer[offset + i] = text.charCodeAt(i);
    return text.length;
  }
}
