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
import { strayLatin, uiText } from '../support/stray-latin';
import { testWorkspace } from '../support/test-workspace';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

const KEEP_LATIN = ['PDF', 'KB', 'MB'];
const NOT_UI = '.pv-document, .contents-chip, .export-file-name, [data-file-name] bdi';

describe.each<UiLanguage>(['zh-CN', 'ar'])('the pack builder in %s', (language) => {
  it('has no untranslated UI text, for each template', async () => {
    const { container } = renderApp(fakeHost({}, DEFAULT_SETTINGS, { workspace: testWorkspace() }), { language, hash: '#/packs' });
    await act(async () => {});
    expect(container.querySelector('.pack-builder')).not.toBeNull();
    for (const template of ['handout', 'staff', 'interpreter', 'itinerary']) {
      await act(async () => void container.querySelector<HTMLInputElement>(`input[name="pack-template"][value="${template}"]`)!.click());
      await act(async () => void container.querySelector<HTMLInputElement>('input[name="pack-language"][value="ar"]')!.click());
      expect(strayLatin(uiText(container, language, { notUi: NOT_UI, attributes: ['aria-label', 'title'] }), KEEP_LATIN), template).toEqual([]);
    }
    expect(document.documentElement.getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
  });
});
