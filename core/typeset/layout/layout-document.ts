// Runs anywhere (core): a validated document → LaidOutDocument (pages of positioned
// glyphs, rules, pictures; the outline; the fonts used) plus warnings. Blocks become flow
// boxes, pages are filled one after another (after the cover, if there is one), then
// deferred drawing (contents page numbers), headers and footers once the page count is known.
import type { TypesetDocument } from '../document-schema';
import type { FontResource, LaidOutDocument, LaidOutPage, OutlineEntry } from '../laid-out-document';
import type { FontSet } from '../fonts/font-set';
import type { Shaper } from '../shaping/shaper';
import { pageGeometry } from '../page-geometry';
import { buildBlocks } from './build-blocks';
import type { BuildContext, TypesetWarning } from './set-text';
import { drawCover } from './cover-page';
import { drawPlaced, fillPage, type DrawTarget, type FlowBox, type Placed } from './flow-box';
import { withMarkBands } from './mark-bands';
import { drawRunningText } from './running-text';

export interface LayoutEngine {
  fonts: FontSet;
  shaper: Shaper;
}

export interface LayoutResult {
  document: LaidOutDocument;
  warnings: TypesetWarning[];
}

/** Fills pages until every box is placed. */
export function paginate(boxes: FlowBox[], height: number): Placed[][] {
  const pages: Placed[][] = [];
  let queue = boxes;
  while (queue.length > 0) {
    const { placed, rest } = fillPage(queue, height);
    if (placed.length === 0 && rest.length === queue.length) {
      // Only page breaks were left, or nothing could be placed: stop rather than loop.
      if (rest.every((b) => b.pageBreak)) break;
      pages.push([{ box: rest[0]!, y: 0 }]);
      queue = rest.slice(1);
      continue;
    }
    if (placed.length > 0) pages.push(placed);
    queue = rest;
  }
  if (pages.length === 0) pages.push([]);
  return pages;
}

export function layoutDocument(
  engine: LayoutEngine,
  doc: TypesetDocument,
  resolveImage?: (src: string) => Uint8Array | undefined,
): LayoutResult {
  const geometry = pageGeometry(doc);
  const lang = doc.lang ?? 'en';
  const warnings: TypesetWarning[] = [];
  const ctx: BuildContext = {
    paragraph: {
      fonts: engine.fonts,
      shaper: engine.shaper,
      missing: [],
      typography: { hyphenate: doc.typography?.hyphenate ?? true, totalFit: (doc.typography?.lineBreaking ?? 'total-fit') === 'total-fit' },
    },
    warnings,
    resolveImage,
    maxImageHeight: geometry.bodyHeight,
  };
  const boxes = buildBlocks(ctx, doc.blocks, lang, geometry.bodyWidth, 'blocks');
  const placedPages = paginate(boxes, geometry.bodyHeight);

  const outline: OutlineEntry[] = [];
  const deferred: (() => void)[] = [];
  const pages: LaidOutPage[] = [];
  if (doc.cover) {
    pages.push({ width: geometry.width, height: geometry.height, items: drawCover(ctx, doc.cover, geometry, lang, resolveImage) });
  }
  const bodyStart = pages.length;
  placedPages.forEach((placed, k) => {
    const pageIndex = bodyStart + k;
    const items: LaidOutPage['items'] = [];
    const target: DrawTarget = {
      items,
      pageIndex,
      outline: (title: string, level: number, y: number) => outline.push({ title, level, pageIndex, y }),
      defer: (fn) => {
        const since = outline.length;
        deferred.push(() => fn(outline.slice(since)));
      },
    };
    for (const p of placed) drawPlaced(p, target, geometry.left, geometry.top + p.y);
    pages.push({ width: geometry.width, height: geometry.height, items });
  });
  for (const fn of deferred) fn();
  pages.forEach((page, i) => {
    if (i < bodyStart) return; // the cover has no running header or footer
    drawRunningText(ctx, page.items, geometry, lang, doc.header, doc.footer, i + 1, pages.length);
  });
  for (const page of pages) page.items = withMarkBands(page.items);
  // The running text is set once per page: report each of its problems once.
  dedupeWarnings(warnings);

  const fonts: Record<string, FontResource> = {};
  for (const page of pages) {
    for (const item of page.items) {
      if (item.kind !== 'line') continue;
      for (const run of item.runs) {
        if (!fonts[run.font]) fonts[run.font] = { key: run.font, bytes: engine.fonts.get(run.font as never).bytes };
      }
    }
  }
  const document: LaidOutDocument = { title: doc.title, lang, pages, outline, fonts };
  // Viewers show the number the footer prints ({page} counts the cover); the cover has none.
  document.pageLabels = [
    ...(bodyStart > 0 ? [{ pageIndex: 0 }] : []),
    ...(pages.length > bodyStart ? [{ pageIndex: bodyStart, style: 'decimal' as const, start: bodyStart + 1 }] : []),
  ];
  if (doc.author) document.author = doc.author;
  if (doc.subject) document.subject = doc.subject;
  return { document, warnings };
}

function dedupeWarnings(warnings: TypesetWarning[]): void {
  const seen = new Set<string>();
  let k = 0;
  for (const w of warnings) {
    const key = `${w.code}\u0000${w.path}\u0000${w.character ?? w.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    warnings[k++] = w;
  }
  warnings.length = k;
}
