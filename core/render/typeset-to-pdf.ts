// Runs anywhere (core): the whole engine in one call: a document (parsed JSON) → PDF bytes
// and warnings. It joins the two layers below it, layout (core/typeset) and PDF writing
// (core/pdf), which know nothing of each other beyond the LaidOutDocument they share.
// Invalid documents throw DocumentError, whose issues name JSON paths.
import type { Deflate } from '../pdf/deflated-stream';
import { writePdf } from '../pdf/write-pdf';
import type { EngineAssets } from '../typeset/engine-assets';
import type { LaidOutDocument } from '../typeset/laid-out-document';
import { layout, type TypesetWarning } from '../typeset/typeset';

export { DocumentError, layout, type TypesetWarning } from '../typeset/typeset';

export interface TypesetResult {
  pdf: Uint8Array;
  warnings: TypesetWarning[];
  pages: number;
}

export interface TypesetOptions {
  /** Fixed creation date (reproducible output in tests). */
  creationDate?: Date;
  /** A native zlib deflate (Node's zlib); overrides `assets.deflate`. */
  deflate?: Deflate;
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
