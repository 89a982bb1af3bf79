// Runs in the renderer (jsdom): the shell's navigation: every area is in the sidebar, a link
// opens its area with its empty state, the route lives in the hash, and titles follow.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import zhAreas from '../../locales/zh-CN/areas.json';
import zhNav from '../../locales/zh-CN/nav.json';
import zhSettings from '../../locales/zh-CN/settings.json';
import { AREAS } from '../../renderer/app/areas';
import { fakeHost } from './support/fake-host';
import { renderApp } from './support/render-app';
import { testWorkspace } from './support/test-workspace';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import { commit, openLibrary, row, select } from './library/library-test-kit';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

const navLabel = (id: string) => (zhNav as Record<string, unknown>)[id] as string;

describe('app shell', () => {
  it('lists every area in the sidebar, in Chinese, and opens the library first', () => {
    renderApp(fakeHost());
    const nav = screen.getByRole('navigation', { name: zhNav.label });
    const links = within(nav).getAllByRole('link').map((link) => link.textContent);
    expect(links).toEqual([...AREAS.map((area) => navLabel(area.id)), zhNav.settings]);
    expect(within(nav).getByRole('link', { name: zhNav.library })).toHaveProperty('ariaCurrent', 'page');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(zhAreas.library.title);
    expect(document.title).toBe(`${zhNav.library} · 外事简报台`);
  });

  it('opens each area from its link, with its own empty state', async () => {
    renderApp(fakeHost());
    const nav = screen.getByRole('navigation', { name: zhNav.label });
    for (const area of AREAS) {
      const link = within(nav).getByRole('link', { name: navLabel(area.id) });
      expect(link.getAttribute('href')).toBe(`#/${area.id}`);
      // jsdom does not follow a click on a fragment link, so move the hash as the browser would.
      await act(async () => {
        fireEvent.click(link);
        window.location.hash = link.getAttribute('href')!;
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      });
      const texts = (zhAreas as unknown as Record<string, { title: string; empty: { heading: string; body: string } }>)[area.id]!;
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(texts.title);
      expect(screen.getByRole('heading', { level: 2, name: texts.empty.heading })).toBeTruthy();
      // Identity normaliser: the body keeps its no-break spaces ("43 + 292 + 61 + 3" must not wrap).
      expect(screen.getByText(texts.empty.body, { normalizer: (text) => text })).toBeTruthy();
      expect(nav.querySelector('[aria-current="page"]')?.getAttribute('data-area')).toBe(area.id);
    }
  });

  it('starts at the area named in the hash, and falls back to the library for an unknown one', () => {
    renderApp(fakeHost(), { hash: '#/present' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(zhAreas.present.title);
    cleanup();
    renderApp(fakeHost(), { hash: '#/nowhere' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(zhAreas.library.title);
  });

  it('opens settings from the sidebar footer', () => {
    renderApp(fakeHost(), { hash: '#/settings' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(zhSettings.title);
    expect(screen.getByRole('link', { name: zhNav.settings }).getAttribute('aria-current')).toBe('page');
  });

  it('reports unreadable stored settings instead of failing silently', () => {
    renderApp(fakeHost(), { startupError: { code: 'internal', message: 'settings:get failed: disk full' } });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('disk full');
  });
});

describe('the main region while a change is saved', () => {
  it('is busy from the moment a change is sent until the store has answered it', async () => {
    const host = fakeHost({}, DEFAULT_SETTINGS, { workspace: testWorkspace() });
    const apply = host.applyCommand;
    let release = () => {};
    host.applyCommand = (async (command: Parameters<typeof apply>[0]) => {
      await new Promise<void>((resolve) => (release = resolve));
      return apply(command);
    }) as typeof apply;
    await openLibrary(host);
    const main = screen.getByRole('main');
    expect(main.getAttribute('aria-busy')).toBeNull();
    await select('blk-overview-intro');
    const field = row('seg-overview-intro').querySelector<HTMLTextAreaElement>('textarea')!;
    await commit(field, 'Saved only once the store says so.');
    expect(main.getAttribute('aria-busy')).toBe('true');
    await act(async () => release());
    await waitFor(() => expect(main.getAttribute('aria-busy')).toBeNull());
  });
});
