// Runs anywhere (core): what the host hands the engine. Core never reads files or
// fetches: the Node loader (electron/fonts) or a browser host supplies these bytes.
import type { FontKey } from './fonts/font-catalogue';

export interface EngineAssets {
  /** harfbuzzjs/dist/harfbuzz.wasm (shaping). */
  harfbuzzWasm: Uint8Array;
  /** harfbuzzjs/dist/harfbuzz-subset.wasm (font subsetting, used by the PDF writer). */
  subsetWasm: Uint8Array;
  /**
   * The complete TTF of each face of the font table. A host that fetches its fonts may
   * supply only those a document needs (fontKeysFor) and add others to the same object
   * later; the engine skips a face it has no bytes for.
   */
  fonts: Partial<Record<FontKey, Uint8Array>>;
  /**
   * Bytes of an image given by path (not a data URL). Paths are the host's business
   * (relative to the document file, say); undefined when it cannot be read.
   */
  resolveImage?: (src: string) => Uint8Array | undefined;
  /**
   * A native zlib deflate for the PDF's streams (Node's zlib); without it the writer
   * compresses in JavaScript (pako), the same format, only slower. One that answers with
   * a promise runs while the writer goes on (see core/pdf/deflated-stream.ts).
   */
  deflate?: (data: Uint8Array) => Uint8Array | Promise<Uint8Array>;
}
