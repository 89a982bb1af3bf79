// Runs anywhere (core): the running header and the footer (with {page} and {pages}),
// drawn in the top and bottom margins of every page.
import type { RichText } from '../document-schema';
import type { PageItem } from '../laid-out-document';
import type { PageGeometry } from '../page-geometry';
import { setText, type BuildContext } from './build-blocks';
import { lineItem } from './draw-line';
import { RULE_COLOR } from './styles';

function substitute(text: RichText, page: number, pages: number): RichText {
  const fill = (s: string) => s.replace(/\{page\}/g, String(page)).replace(/\{pages\}/g, String(pages));
  return typeof text === 'string' ? fill(text) : text.map((span) => ({ ...span, text: fill(span.text) }));
}

export function drawRunningText(
  ctx: BuildContext,
  items: PageItem[],
  geometry: PageGeometry,
  lang: string,
  header: RichText | undefined,
  footer: RichText | undefined,
  page: number,
  pages: number,
): void {
  const { left, bodyWidth, top, height, bottom } = geometry;
  if (header !== undefined && top >= 28) {
    const set = setText(ctx, header, lang, 'running', bodyWidth, 'header');
    const line = set.lines[0];
    if (line) {
      const lineTop = top - 12 - line.height;
      items.push(lineItem(line, set.direction, set.lang, left, lineTop));
      items.push({ kind: 'rule', x1: left, y1: top - 8, x2: left + bodyWidth, y2: top - 8, width: 0.4, color: RULE_COLOR });
    }
  }
  if (footer !== undefined && bottom >= 28) {
    const set = setText(ctx, substitute(footer, page, pages), lang, 'running', bodyWidth, 'footer', 'center');
    const line = set.lines[0];
    if (line) items.push(lineItem(line, set.direction, set.lang, left, height - bottom + 14));
  }
}
