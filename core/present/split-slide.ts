// Runs anywhere (core): a slide whose text does not fit at the smallest text size is split
// into parts, each a slide of its own: list items, table and programme rows (the header
// repeated), key figures, and paragraphs by sentence. Splitting never drops or repeats text.
import { assertNever } from '../assert-never';
import type { BiText, PublicSlide, SlideBody } from './public-slide';

/** Consecutive runs of `items`, as even as the count allows. */
export function chunk<T>(items: readonly T[], parts: number): T[][] {
  const n = Math.max(1, Math.min(parts, items.length));
  const out: T[][] = [];
  let start = 0;
  for (let i = 0; i < n; i += 1) {
    const end = Math.round(((i + 1) * items.length) / n);
    out.push(items.slice(start, end));
    start = end;
  }
  return out;
}

/** Sentences of a text, each keeping its closing mark and the space after it. */
export function sentences(text: string): string[] {
  const found = text.match(/[^。！？；.!?؟;\n]+(?:[。！？；.!?؟;]+|\n|$)\s*/gu);
  if (text === '') return [];
  return found && found.join('') === text ? found.filter((s) => s !== '') : [text];
}

/** Sentence runs weighted by length, so the parts come out about the same size. */
function splitText(text: string, parts: number): string[] {
  const list = sentences(text);
  if (list.length <= 1 || parts <= 1) return [text];
  const total = text.length;
  const out: string[] = [];
  let current = '';
  let done = 0;
  for (const sentence of list) {
    // Cut at the sentence boundary nearest the next even share of the text.
    const goal = ((out.length + 1) * total) / parts;
    if (current !== '' && out.length < parts - 1 && Math.abs(done - goal) <= Math.abs(done + sentence.length - goal)) {
      out.push(current);
      current = '';
    }
    current += sentence;
    done += sentence.length;
  }
  if (current !== '') out.push(current);
  return out.map((part) => part.trim()).filter((part) => part !== '');
}

/** One paragraph in `parts` pieces, both languages cut by sentence into the same number of pieces. */
function splitParagraph(text: BiText, parts: number): BiText[] {
  const zh = splitText(text.zh, parts);
  const t = text.t === null ? null : splitText(text.t, parts);
  const n = Math.min(zh.length, t?.length ?? zh.length);
  if (n <= 1) return [text];
  const rejoin = (pieces: string[], i: number) => (i < n - 1 ? pieces[i]! : pieces.slice(n - 1).join(' '));
  return Array.from({ length: n }, (_, i) => ({ zh: rejoin(zh, i), t: t === null ? null : rejoin(t, i) }));
}

function splitBody(body: SlideBody, parts: number): SlideBody[] {
  switch (body.kind) {
    case 'title':
      return chunk(body.lines, parts).map((lines) => ({ kind: 'title', lines }));
    case 'text': {
      const paragraphs = body.paragraphs.length >= parts ? body.paragraphs : body.paragraphs.flatMap((p) => splitParagraph(p, Math.ceil(parts / body.paragraphs.length)));
      return chunk(paragraphs, parts).map((list) => ({ kind: 'text', paragraphs: list }));
    }
    case 'list':
      return chunk(body.items, parts).map((items) => ({ kind: 'list', items }));
    case 'figures':
      return chunk(body.figures, parts).map((figures) => ({ kind: 'figures', figures }));
    case 'table':
      return chunk(body.rows, parts).map((rows) => ({ kind: 'table', header: body.header, rows }));
    case 'programme':
      return chunk(body.rows, parts).map((rows) => ({ kind: 'programme', header: body.header, rows }));
    case 'image':
      return [body];
    default:
      return assertNever(body, 'slide body');
  }
}

/** How many parts a slide can be split into at most. */
export function maxParts(slide: PublicSlide): number {
  return splitBody(slide.body, 64).length;
}

/** The slide in `parts` slides (fewer when it has fewer pieces), numbered part 1..n. */
export function splitSlide(slide: PublicSlide, parts: number): PublicSlide[] {
  const bodies = parts <= 1 ? [slide.body] : splitBody(slide.body, parts);
  return bodies.map((body, i) => ({ ...slide, body, part: i + 1, parts: bodies.length }));
}
