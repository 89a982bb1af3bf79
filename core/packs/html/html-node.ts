// Runs anywhere (core): the preview's markup as plain data: a small tree of elements with
// a fixed set of tags and attributes. The renderer turns it into React elements (which
// escape every text) and tests or tools serialise it with render-html-string.ts; neither
// ever parses markup, and no tree can carry a script, a style or an event handler.

export const HTML_TAGS = [
  'article', 'section', 'header', 'footer', 'div', 'p', 'span', 'strong', 'mark', 'br',
  'h2', 'h3', 'h4', 'ol', 'ul', 'li', 'table', 'colgroup', 'col', 'thead', 'tbody', 'tr', 'th', 'td',
  'figure', 'figcaption', 'img', 'dl', 'dt', 'dd',
] as const;
export type HtmlTag = (typeof HTML_TAGS)[number];

/** Tags that never have children. */
export const VOID_TAGS: ReadonlySet<HtmlTag> = new Set<HtmlTag>(['br', 'img', 'col']);

/** Every attribute a node may carry: classes, language and direction, a few structural ones. */
export interface HtmlAttributes {
  class?: string;
  id?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** First number of an ordered list. */
  start?: number;
  /** Images only, and only data: URLs (the preview never loads anything). */
  src?: string;
  alt?: string;
  title?: string;
  /** A table column's share of the width, as a percentage ("25%"): an attribute, not a style. */
  width?: string;
  /** What a block came from, for tests and for the "filled with Chinese" marks. */
  'data-block'?: string;
  'data-filled'?: string;
}
export const HTML_ATTRIBUTES: readonly (keyof HtmlAttributes)[] = ['class', 'id', 'lang', 'dir', 'start', 'src', 'alt', 'title', 'width', 'data-block', 'data-filled'];

export interface HtmlElement {
  tag: HtmlTag;
  attrs: HtmlAttributes;
  children: HtmlNode[];
}
export type HtmlNode = HtmlElement | string;

/** An element; undefined attributes are dropped so the tree stays tidy and comparable. */
export function h(tag: HtmlTag, attrs: HtmlAttributes = {}, children: HtmlNode[] = []): HtmlElement {
  const clean: HtmlAttributes = {};
  for (const key of HTML_ATTRIBUTES) {
    const value = attrs[key];
    // An empty alt is meaningful (a picture with nothing to say); other empty values are dropped.
    if (value !== undefined && (value !== '' || key === 'alt')) (clean as Record<string, unknown>)[key] = value;
  }
  return { tag, attrs: clean, children: VOID_TAGS.has(tag) ? [] : children };
}

/** Every text of a tree, in document order (what a reader of the preview would see). */
export function textOf(node: HtmlNode): string {
  if (typeof node === 'string') return node;
  if (node.tag === 'br') return '\n';
  return node.children.map(textOf).join('');
}

/** Depth-first walk over the elements of a tree. */
export function* elementsOf(node: HtmlNode): Generator<HtmlElement> {
  if (typeof node === 'string') return;
  yield node;
  for (const child of node.children) yield* elementsOf(child);
}
