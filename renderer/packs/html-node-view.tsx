// Runs in the renderer: a preview tree (core/packs/html) as React elements. React escapes
// every text and attribute, the tree's tags and attributes are a fixed list, pictures come
// only from data: URLs, and nothing sets a style: the CSP stays as it is.
import { createElement, type ReactNode } from 'react';
import { HTML_TAGS, type HtmlNode } from '../../core/packs/html/html-node';

const TAGS: ReadonlySet<string> = new Set(HTML_TAGS);

function render(node: HtmlNode, key: number): ReactNode {
  if (typeof node === 'string') return node;
  if (!TAGS.has(node.tag)) return null;
  const { class: className, src, start, width, ...rest } = node.attrs;
  const props: Record<string, unknown> = { key, ...rest };
  if (className) props.className = className;
  if (start !== undefined) props.start = start;
  if (src !== undefined && /^data:image\/(png|jpeg);base64,/.test(src)) props.src = src;
  // A column's share of a table: the width attribute, which the CSP allows (a style would not be).
  if (width !== undefined && /^\d+(\.\d+)?%$/.test(width)) props.width = width;
  if (node.tag === 'br' || node.tag === 'img' || node.tag === 'col') return createElement(node.tag, props);
  return createElement(node.tag, props, ...node.children.map(render));
}

export function HtmlNodeView({ node }: { node: HtmlNode }) {
  return <>{render(node, 0)}</>;
}
