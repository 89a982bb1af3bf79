// Runs in the renderer (jsdom): with a real workspace open, the data views' own words are
// all translated. Workspace content is left out of the check (text marked with another
// language, and any string the workspace itself holds, such as a member's Latin name);
// what remains is the UI, and in Chinese or Arabic it must hold no Latin words but the
// few kept on purpose.
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { UiLanguage } from '../../core/i18n/ui-languages';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import { fakeHost } from './support/fake-host';
import { renderApp } from './support/render-app';
import { testWorkspace } from './support/test-workspace';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

const KEEP_LATIN = ['ISO', 'KG'];

function uiText(root: HTMLElement, language: string): string {
  const primary = language.split('-')[0]!;
  const isContent = (node: Node) => {
    const marked = (node instanceof Element ? node : node.parentElement)?.closest('[lang]');
    return !!marked && marked !== document.documentElement && !marked.getAttribute('lang')!.startsWith(primary);
  };
  const parts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!isContent(node)) parts.push(node.textContent ?? '');
  for (const element of root.querySelectorAll('[aria-label],[title],[placeholder]')) {
    if (isContent(element)) continue;
    for (const attribute of ['aria-label', 'title', 'placeholder']) parts.push(element.getAttribute(attribute) ?? '');
  }
  return parts.join('\n');
}

function stringsIn(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) stringsIn(item, into);
  return into;
}

const CONTENT = [...new Set(stringsIn(testWorkspace()))].filter((s) => s.length > 1).sort((a, b) => b.length - a.length);

function strayLatin(text: string): string[] {
  let rest = text;
  for (const content of CONTENT) rest = rest.split(content).join(' ');
  for (const word of KEEP_LATIN) rest = rest.split(word).join(' ');
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
}

describe.each<UiLanguage>(['zh-CN', 'ar'])('the data views in %s', (language) => {
  it.each(['library', 'glossary', 'venues', 'delegations', 'visits'])('%s has no untranslated UI text', async (route) => {
    const { container } = renderApp(fakeHost({}, DEFAULT_SETTINGS, { workspace: testWorkspace() }), { language, hash: `#/${route}` });
    await screen.findAllByRole('navigation');
    await act(async () => {});
    expect(container.querySelector('.quiet-note[role="status"]')).toBeNull(); // loaded, not still waiting
    expect(strayLatin(uiText(container, language))).toEqual([]);
  });
});
