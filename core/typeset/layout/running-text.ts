// Runs anywhere (core): the running header and the footer (with {page} and {pages}),
// drawn in the top and bottom margins of every page but the cover. Each is one text, or
// three parts: start, centre and end, start on the document's start side (the right in
// Arabic).
import type { RichText, RunningLine } from '../document-schema';
import type { PageItem } from '../laid-out-document';
import type { SetLine } from '../paragraph/typeset-paragraph';
import type { PageGeometry } from '../page-geometry';
import { setText, type BuildContext } from './set-text';
import { lineItem } from './draw-line';
import { alignToBlockStart } from './rich-text';
import { RULE_COLOR } from './styles';

function substitute(text: RichText, page: number, pages: number): RichText {
  const fill = (s: string) => s.replace(/\{page\}/g, String(page)).replace(/\{pages\}/g, String(pages));
  return typeof text === 'string' ? fill(text) : text.map((span) => ({ ...span, text: fill(span.text) }));
}

/** Page numbers filled in first: a part's side depends on its real text's direction. */
function substituted(value: RichText | RunningLine, page: number, pages: number): RichText | RunningLine {
  if (!isRunningLine(value)) return substitute(value, page, pages);
  const out: RunningLine = {};
  if (value.start !== undefined) out.start = substitute(value.start, page, pages);
  if (value.center !== undefined) out.center = substitute(value.center, page, pages);
  if (value.end !== undefined) out.end = substitute(value.end, page, pages);
  return out;
}

function isRunningLine(value: RichText | RunningLine): value is RunningLine {
  return typeof value !== 'string' && !Array.isArray(value);
}

type Align = 'start' | 'center' | 'end';

/**
 * The parts of a running text with the alignment each gets. A part's start and end are
 * the document's sides, whatever the direction of its own text (a Chinese visit title in
 * an Arabic footer still sits on the right).
 */
function parts(value: RichText | RunningLine, single: 'start' | 'center', lang: string): { text: RichText; align: Align }[] {
  if (!isRunningLine(value)) return [{ text: value, align: single }];
  const out: { text: RichText; align: Align }[] = [];
  const side = (text: RichText, at: 'start' | 'end'): Align => {
    const start = alignToBlockStart(text, lang);
    return at === 'start' ? start : start === 'start' ? 'end' : 'start';
  };
  if (value.start !== undefined) out.push({ text: value.start, align: side(value.start, 'start') });
  if (value.center !== undefined) out.push({ text: value.center, align: 'center' });
  if (value.end !== undefined) out.push({ text: value.end, align: side(value.end, 'end') });
  return out;
}

/**
 * Sets a part of a running line on one line of at most `measure`: a part too long for it
 * (a long visit title beside the page number) is shortened at a word with an ellipsis.
 */
function setOneLine(ctx: BuildContext, text: RichText, lang: string, measure: number, width: number, path: string, align: Align) {
  let set = setText(ctx, text, lang, 'running', width, path, align, measure);
  if (set.lines.length <= 1) return set;
  const quiet: BuildContext = { ...ctx, warnings: [] };
  let plain = typeof text === 'string' ? text : text.map((s) => s.text).join('');
  const spanLang = typeof text === 'string' ? lang : (text.find((s) => s.lang)?.lang ?? lang);
  while (plain.length > 1 && set.lines.length > 1) {
    const cut = Math.max(1, Math.floor(plain.length * 0.92));
    const space = plain.lastIndexOf(' ', cut);
    plain = plain.slice(0, space > plain.length / 2 ? space : cut).replace(/[\s·,;:–-]+$/u, '');
    set = setText(quiet, [{ text: `${plain}…`, lang: spanLang }], lang, 'running', width, path, align, measure);
  }
  return set;
}

/**
 * The first line of each part. With several parts, the end part is set first and the
 * start part gets the room left beside it (a centre part, the room between).
 */
function setParts(
  ctx: BuildContext,
  list: { text: RichText; align: Align }[],
  lang: string,
  width: number,
  path: string,
): { line: SetLine; direction: 'ltr' | 'rtl'; lang: string }[] {
  const out: { line: SetLine; direction: 'ltr' | 'rtl'; lang: string }[] = [];
  if (list.length === 1) {
    const set = setText(ctx, list[0]!.text, lang, 'running', width, path, list[0]!.align);
    if (set.lines[0]) out.push({ line: set.lines[0], direction: set.direction, lang: set.lang });
    return out;
  }
  let used = 0;
  // Shortest first (the page number), so the longest part gets what is left.
  const sets = list.map((part) => ({ part, text: part.text }));
  const order = [...sets].sort((a, b) => plainLength(a.text) - plainLength(b.text));
  for (const { part, text } of order) {
    const measure = Math.max(36, part.align === 'center' ? width - 2 * used - 24 : width - used - 16);
    const set = setOneLine(ctx, text, lang, measure, width, path, part.align);
    const line = set.lines[0];
    if (!line) continue;
    used = Math.max(used, line.width);
    out.push({ line, direction: set.direction, lang: set.lang });
  }
  return out;
}

function plainLength(text: RichText): number {
  return typeof text === 'string' ? text.length : text.reduce((n, s) => n + s.text.length, 0);
}

export function drawRunningText(
  ctx: BuildContext,
  items: PageItem[],
  geometry: PageGeometry,
  lang: string,
  header: RichText | RunningLine | undefined,
  footer: RichText | RunningLine | undefined,
  page: number,
  pages: number,
): void {
  const { left, bodyWidth, top, height, bottom } = geometry;
  if (header !== undefined && top >= 28) {
    const set = setParts(ctx, parts(substituted(header, page, pages), 'start', lang), lang, bodyWidth, 'header');
    for (const s of set) items.push(lineItem(s.line, s.direction, s.lang, left, top - 12 - s.line.height));
    if (set.length > 0) items.push({ kind: 'rule', x1: left, y1: top - 8, x2: left + bodyWidth, y2: top - 8, width: 0.4, color: RULE_COLOR });
  }
  if (footer !== undefined && bottom >= 28) {
    for (const s of setParts(ctx, parts(substituted(footer, page, pages), 'center', lang), lang, bodyWidth, 'footer')) {
      items.push(lineItem(s.line, s.direction, s.lang, left, height - bottom + 14));
    }
  }
}
