// Runs anywhere (core): page size and text area of a document, in points.
import type { TypesetDocument } from './document-schema';

export interface PageGeometry {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
  bodyWidth: number;
  bodyHeight: number;
}

const SIZES = { A4: [595.28, 841.89], Letter: [612, 792] } as const;
/** 2 cm: comfortable for a handout, room for a header and footer in the margin. */
export const DEFAULT_MARGIN = 56;

export function pageGeometry(doc: Pick<TypesetDocument, 'page'>): PageGeometry {
  const size = doc.page?.size ?? 'A4';
  const [width, height] = typeof size === 'string' ? SIZES[size] : size;
  const m = doc.page?.margin ?? DEFAULT_MARGIN;
  const margins = typeof m === 'number' ? { top: m, right: m, bottom: m, left: m } : m;
  return {
    width,
    height,
    ...margins,
    bodyWidth: width - margins.left - margins.right,
    bodyHeight: height - margins.top - margins.bottom,
  };
}
