// Runs anywhere (core): one pack's document typeset to PDF bytes, in two steps so a host can
// report which one is running: layout (shaping, line breaking, pages) and writing (font
// subsets, the file). Both hosts run it off their UI thread: a Node worker in the desktop
// app, a web worker in the browser.
import type { EngineAssets } from '../typeset/engine-assets';
import type { TypesetDocument } from '../typeset/document-schema';
import { layout, writeLaidOut } from '../render/typeset-to-pdf';

export interface TypesetPack {
  pdf: Uint8Array;
  pages: number;
  /** The engine's warnings as sentences (a character no font has, a picture left out). */
  warnings: string[];
}

export async function typesetPack(
  doc: TypesetDocument,
  assets: EngineAssets,
  onPhase: (phase: 'typesetting' | 'writing') => void = () => undefined,
): Promise<TypesetPack> {
  onPhase('typesetting');
  const laidOut = await layout(doc, assets);
  onPhase('writing');
  const pdf = await writeLaidOut(laidOut.document, assets);
  return { pdf, pages: laidOut.document.pages.length, warnings: laidOut.warnings.map((w) => w.message) };
}
