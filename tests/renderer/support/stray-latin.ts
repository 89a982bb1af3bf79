// Runs in the renderer (jsdom, tests): the UI's own words on a screen, and the Latin words
// among them that are not workspace content. A Chinese or Arabic screen that shows an
// untranslated English string fails the tests that use this.
import { testWorkspace } from './test-workspace';

export interface UiTextOptions {
  /** Elements whose text is content, not UI (a preview, file names). */
  notUi?: string;
  /** Attributes read as UI text besides the text nodes. */
  attributes?: readonly string[];
}

/** The UI text of `root`: text nodes and labels, leaving out what is marked as another language. */
export function uiText(root: HTMLElement, language: string, options: UiTextOptions = {}): string {
  const primary = language.split('-')[0]!;
  const attributes = options.attributes ?? ['aria-label', 'title', 'placeholder'];
  const isContent = (node: Node) => {
    const element = node instanceof Element ? node : node.parentElement;
    if (options.notUi && element?.closest(options.notUi)) return true;
    const marked = element?.closest('[lang]');
    return !!marked && marked !== document.documentElement && !marked.getAttribute('lang')!.startsWith(primary);
  };
  const parts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!isContent(node)) parts.push(node.textContent ?? '');
  for (const element of root.querySelectorAll(attributes.map((a) => `[${a}]`).join(','))) {
    if (isContent(element)) continue;
    for (const attribute of attributes) parts.push(element.getAttribute(attribute) ?? '');
  }
  return parts.join('\n');
}

function stringsIn(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) stringsIn(item, into);
  return into;
}

let content: string[] | undefined;

/** Latin words left in `text` once workspace strings and the words kept on purpose are removed. */
export function strayLatin(text: string, keep: readonly string[]): string[] {
  content ??= [...new Set(stringsIn(testWorkspace()))].filter((s) => s.length > 1).sort((a, b) => b.length - a.length);
  let rest = text;
  for (const item of content) rest = rest.split(item).join(' ');
  for (const word of keep) rest = rest.split(word).join(' ');
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
}
