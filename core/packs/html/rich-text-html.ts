// Runs anywhere (core): the engine's rich text (a string or spans) as preview nodes: bold
// spans, spans in another language marked with lang (and dir when the direction changes),
// the two span marks (a highlight: text printed in Chinese because its translation is
// missing; a tag: a small label), and forced line breaks as <br>.
import type { RichText, Span } from '../../typeset/document-schema';
import { directionOfLanguage } from './html-direction';
import { h, type HtmlNode } from './html-node';

function withBreaks(text: string): HtmlNode[] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').split('\n');
  return lines.flatMap((line, i) => (i === 0 ? [line] : [h('br'), line])).filter((node) => node !== '');
}

function spanNode(span: Span, lang: string): HtmlNode[] {
  const content = withBreaks(span.text);
  const other = span.lang && span.lang !== lang ? span.lang : undefined;
  const dir = other && directionOfLanguage(other) !== directionOfLanguage(lang) ? directionOfLanguage(other) : undefined;
  if (span.mark === 'highlight') {
    return [h('mark', { class: 'pv-mark-highlight', lang: other, dir, 'data-filled': span.lang ?? lang }, span.bold ? [h('strong', {}, content)] : content)];
  }
  if (span.mark === 'tag') {
    return [h('span', { class: 'pv-mark-tag', lang: other, dir }, content)];
  }
  if (!span.bold && !other) return content;
  if (span.bold && !other) return [h('strong', {}, content)];
  return [h(span.bold ? 'strong' : 'span', { lang: other, dir }, content)];
}

export function richTextNodes(text: RichText, lang: string): HtmlNode[] {
  if (typeof text === 'string') return withBreaks(text);
  return text.flatMap((span) => spanNode(span, lang));
}
