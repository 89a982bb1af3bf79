// Runs anywhere (core): the whole engine in one call: a document (parsed JSON) → PDF bytes
// and warnings. Invalid documents throw DocumentError, whose issues name JSON paths.
import type { Deflate } from '../pdf/deflated-stream';
import { writePdf } from '../pdf/write-pdf';
import type { EngineAssets } from './engine-assets';
import type { LaidOutDocument } from './laid-out-document';
import { layoutDocument } from './layout/layout-document';
import type { TypesetWarning } from './layout/build-blocks';
import { parseDocument } from './parse-document';
import { typesetEngine } from './typeset-engine';

export type { TypesetWarning } from './layout/build-blocks';
export { DocumentError } from './parse-document';

export interface TypesetResult {
  pdf: Uint8Array;
  warnings: TypesetWarning[];
  pages: number;
}

export interface TypesetOptions {
  /** Fixed creation date (reproducible output in tests). */
  creationDate?: Date;
  /** A native zlib deflate (Node's zlib.deflateSync); overrides `assets.deflate`. */
  deflate?: Deflate;
}

/** Layout only: the LaidOutDocument the PDF writer receives. */
export async function layout(docJson: unknown, assets: EngineAssets): Promise<{ document: LaidOutDocument; warnings: TypesetWarning[] }> {
  const doc = parseDocument(docJson);
  const engine = await typesetEngine(assets);
  return layoutDocument(engine, doc, assets.resolveImage);
}

export async function typeset(docJson: unknown, assets: EngineAssets, options: TypesetOptions = {}): Promise<TypesetResult> {
  const { document, warnings } = await layout(docJson, assets);
  const pdf = await writeLaidOut(document, assets, options);
  return { pdf, warnings, pages: document.pages.length };
}

/** The PDF writer's step alone, for hosts that report progress between layout and writing. */
export function writeLaidOut(document: LaidOutDocument, assets: EngineAssets, options: TypesetOptions = {}): Promise<Uint8Array> {
  const deflate = options.deflate ?? assets.deflate;
  return writePdf(document, {
    subsetWasm: assets.subsetWasm,
    ...(options.creationDate ? { creationDate: options.creationDate } : {}),
    ...(deflate ? { deflate } : {}),
  });
}
