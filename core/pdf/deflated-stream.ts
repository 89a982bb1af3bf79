// Runs anywhere (core): makes Flate-compressed PDF streams. pdf-lib compresses with pako
// in JavaScript; a host with a native zlib (Node's zlib.deflateSync in the main process
// and CLI) can hand it over as `deflate`, which is several times faster on the content
// streams of a long document.
import { PDFName, PDFRawStream, type PDFContext, type PDFDict } from 'pdf-lib';

export type Deflate = (data: Uint8Array) => Uint8Array;

export type StreamMaker = (contents: Uint8Array | string, dict?: Record<string, unknown>) => PDFRawStream;

export function streamMaker(context: PDFContext, deflate: Deflate | undefined): StreamMaker {
  if (!deflate) return (contents, dict = {}) => context.flateStream(contents, dict as never);
  const encoder = new TextEncoder();
  return (contents, dict = {}) => {
    const bytes = typeof contents === 'string' ? encoder.encode(contents) : contents;
    const streamDict = context.obj(dict as never) as unknown as PDFDict;
    streamDict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
    return PDFRawStream.of(streamDict, deflate(bytes));
  };
}
