// Runs anywhere (core): a preview tree as an HTML string, every text and attribute value
// escaped. For tests, tools and printing the preview elsewhere; the app itself renders
// the tree with React and never inserts markup.
import { HTML_ATTRIBUTES, HTML_TAGS, VOID_TAGS, type HtmlNode } from './html-node';

const TAGS: ReadonlySet<string> = new Set(HTML_TAGS);

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function safeSrc(value: string): boolean {
  return /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=\s]*$/.test(value);
}

export function renderHtmlString(node: HtmlNode): string {
  if (typeof node === 'string') return escapeHtml(node);
  // A tree built by hand could name anything; only the known tags and attributes are written.
  if (!TAGS.has(node.tag)) return node.children.map(renderHtmlString).join('');
  let attributes = '';
  for (const key of HTML_ATTRIBUTES) {
    const value = node.attrs[key];
    if (value === undefined) continue;
    if (key === 'src' && !safeSrc(String(value))) continue;
    if (key === 'width' && !/^\d+(\.\d+)?%$/.test(String(value))) continue;
    attributes += ` ${key}="${escapeHtml(String(value))}"`;
  }
  if (VOID_TAGS.has(node.tag)) return `<${node.tag}${attributes}>`;
  return `<${node.tag}${attributes}>${node.children.map(renderHtmlString).join('')}</${node.tag}>`;
}
