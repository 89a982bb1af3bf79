// Runs in the renderer (jsdom): rendered in Chinese or Arabic, no view shows Latin words
// other than the few that stay Latin on purpose (a language's own name, product names,
// version and platform). A string typed into a component instead of a locale file fails here.
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { UiLanguage } from '../../core/i18n/ui-languages';
import { AREAS } from '../../renderer/app/areas';
import { fakeHost } from './support/fake-host';
import { renderApp } from './support/render-app';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

// Latin on purpose: the English option's own name, file format and runtime names, About's values.
const KEEP_LATIN = ['English', 'PDF', 'Electron', '9.8.7', 'linux'];

/** Text marked as another language than the UI's (a workspace language's own name, a code) is content. */
function inOtherLanguage(node: Node, language: UiLanguage): boolean {
  const marked = (node instanceof Element ? node : node.parentElement)?.closest('[lang]');
  return !!marked && marked !== document.documentElement && !marked.getAttribute('lang')!.startsWith(language.split('-')[0]!);
}

function visibleText(root: HTMLElement, language: UiLanguage): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!inOtherLanguage(node, language)) parts.push(node.textContent ?? '');
  // Accessible names count too: a Latin aria-label is as untranslated as visible text.
  for (const element of root.querySelectorAll('[aria-label],[title],[alt],[placeholder]')) {
    for (const attribute of ['aria-label', 'title', 'alt', 'placeholder']) parts.push(element.getAttribute(attribute) ?? '');
  }
  return parts.join('\n');
}

function strayLatin(text: string): string[] {
  let rest = text;
  for (const word of KEEP_LATIN) rest = rest.split(word).join(' ');
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
}

describe.each<UiLanguage>(['zh-CN', 'ar'])('every string in %s', (language) => {
  it.each([...AREAS.map((area) => area.id), 'settings'])('the %s view has no untranslated Latin text', async (route) => {
    const { container } = renderApp(fakeHost(), { language, hash: `#/${route}` });
    if (route === 'settings') await screen.findByText('9.8.7');
    await act(async () => {});
    expect(strayLatin(visibleText(container, language))).toEqual([]);
    expect(strayLatin(document.title)).toEqual([]);
  });
});

describe('the check itself', () => {
  it('finds Latin words, and only those not kept on purpose', () => {
    expect(strayLatin('资料库 Library English PDF')).toEqual(['Library']);
    expect(strayLatin('المكتبة')).toEqual([]);
  });
});
