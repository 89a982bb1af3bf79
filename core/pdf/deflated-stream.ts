// Runs anywhere (core): makes and registers Flate-compressed PDF streams. pdf-lib
// compresses with pako in JavaScript; a host with a native zlib hands it over as
// `deflate`, which is several times faster on the content streams of a long document.
// A host whose deflate answers later (the Node host's runs on a thread of its own,
// electron/fonts/deflate-thread.ts) gets streams compressed on another core while this
// thread goes on writing pages: the stream's reference is handed out at once and its
// object assigned when the bytes come back, so object numbers, and the file, are the
// same either way. `settled()` waits for all of them before the file is written.
import { PDFName, PDFRawStream, type PDFContext, type PDFDict, type PDFRef } from 'pdf-lib';

/** zlib's deflate (RFC 1950), at once or later. */
export type Deflate = (data: Uint8Array) => Uint8Array | Promise<Uint8Array>;

export interface StreamRegistrar {
  /** Registers a stream of `contents` with the dictionary entries `dict`; its reference. */
  (contents: Uint8Array | string, dict?: Record<string, unknown>): PDFRef;
  /** Resolves when every registered stream is in the document; rejects on the first failure. */
  settled(): Promise<void>;
}

export function streamRegistrar(context: PDFContext, deflate: Deflate | undefined): StreamRegistrar {
  if (!deflate) {
    const register = (contents: Uint8Array | string, dict: Record<string, unknown> = {}) => context.register(context.flateStream(contents, dict as never));
    return Object.assign(register, { settled: () => Promise.resolve() });
  }
  const encoder = new TextEncoder();
  const pending: Promise<void>[] = [];
  // The first failure, kept rather than thrown from a callback nobody awaits yet.
  let failure: { error: unknown } | undefined;
  const register = (contents: Uint8Array | string, dict: Record<string, unknown> = {}): PDFRef => {
    const bytes = typeof contents === 'string' ? encoder.encode(contents) : contents;
    const streamDict = context.obj(dict as never) as unknown as PDFDict;
    streamDict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
    const deflated = deflate(bytes);
    if (deflated instanceof Uint8Array) return context.register(PDFRawStream.of(streamDict, deflated));
    const ref = context.nextRef();
    pending.push(
      deflated.then(
        (compressed) => context.assign(ref, PDFRawStream.of(streamDict, compressed)),
        (error: unknown) => {
          failure ??= { error };
        },
      ),
    );
    return ref;
  };
  const settled = async (): Promise<void> => {
    await Promise.all(pending);
    if (failure) throw failure.error;
  };
  return Object.assign(register, { settled });
}
