// Runs anywhere (core): layout in one call: a document (parsed JSON) → the LaidOutDocument
// the PDF writer receives, and warnings. Invalid documents throw DocumentError, whose
// issues name JSON paths. Layout never imports the writer: core/render/typeset-to-pdf.ts
// joins the two.
import type { EngineAssets } from './engine-assets';
import type { LaidOutDocument } from './laid-out-document';
import { layoutDocument } from './layout/layout-document';
import type { TypesetWarning } from './layout/set-text';
import { parseDocument } from './parse-document';
import { typesetEngine } from './typeset-engine';

export type { TypesetWarning } from './layout/set-text';
export { DocumentError } from './parse-document';

/** Layout only: the LaidOutDocument the PDF writer receives. */
export async function layout(docJson: unknown, assets: EngineAssets): Promise<{ document: LaidOutDocument; warnings: TypesetWarning[] }> {
  const doc = parseDocument(docJson);
  const engine = await typesetEngine(assets);
  return layoutDocument(engine, doc, assets.resolveImage);
}
