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
import { strayLatin, uiText } from './support/stray-latin';
import { testWorkspace } from './support/test-workspace';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

// Key caps (Shift, Ctrl, Delete) and the calendar file type (.ics) are written in Latin in every language.
const KEEP_LATIN = ['ISO', 'KG', 'Shift', 'Ctrl', 'Delete', 'ics'];

describe.each<UiLanguage>(['zh-CN', 'ar'])('the data views in %s', (language) => {
  it.each(['library', 'glossary', 'venues', 'delegations', 'visits'])('%s has no untranslated UI text', async (route) => {
    const { container } = renderApp(fakeHost({}, DEFAULT_SETTINGS, { workspace: testWorkspace() }), { language, hash: `#/${route}` });
    await screen.findAllByRole('navigation');
    await act(async () => {});
    expect(container.querySelector('.quiet-note[role="status"]')).toBeNull(); // loaded, not still waiting
    expect(strayLatin(uiText(container, language), KEEP_LATIN)).toEqual([]);
  });
});
