// Runs in the renderer (jsdom): the Pack builder's own words are all translated. The preview
// (the pack itself, in its languages), workspace content and file names are left out of the
// check; what remains is the UI, which in Chinese or Arabic holds no Latin word but "PDF"
// and the size units. In Arabic the builder turns right to left with the page.
import { act, cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { UiLanguage } from '../../../core/i18n/ui-languages';
import { DEFAULT_SETTINGS } from '../../../core/settings/settings';
import { fakeHost } from '../support/fake-host';
import { renderApp } from '../support/render-app';
import { testWorkspace } from '../support/test-workspace';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

const KEEP_LATIN = ['PDF', 'KB', 'MB'];
const NOT_UI = '.pv-document, .contents-chip, .export-file-name, [data-file-name] bdi';

function uiText(root: HTMLElement, language: string): string {
  const primary = language.split('-')[0]!;
  const isContent = (node: Node) => {
    const element = node instanceof Element ? node : node.parentElement;
    if (element?.closest(NOT_UI)) return true;
    const marked = element?.closest('[lang]');
    return !!marked && marked !== document.documentElement && !marked.getAttribute('lang')!.startsWith(primary);
  };
  const parts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!isContent(node)) parts.push(node.textContent ?? '');
  for (const element of root.querySelectorAll('[aria-label],[title]')) {
    if (isContent(element)) continue;
    for (const attribute of ['aria-label', 'title']) parts.push(element.getAttribute(attribute) ?? '');
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

describe.each<UiLanguage>(['zh-CN', 'ar'])('the pack builder in %s', (language) => {
  it('has no untranslated UI text, for each template', async () => {
    const { container } = renderApp(fakeHost({}, DEFAULT_SETTINGS, { workspace: testWorkspace() }), { language, hash: '#/packs' });
    await act(async () => {});
    expect(container.querySelector('.pack-builder')).not.toBeNull();
    for (const template of ['handout', 'staff', 'interpreter', 'itinerary']) {
      await act(async () => void container.querySelector<HTMLInputElement>(`input[name="pack-template"][value="${template}"]`)!.click());
      await act(async () => void container.querySelector<HTMLInputElement>('input[name="pack-language"][value="ar"]')!.click());
      expect(strayLatin(uiText(container, language)), template).toEqual([]);
    }
    expect(document.documentElement.getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
  });
});
