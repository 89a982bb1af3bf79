// Runs in the renderer (jsdom): Glossary, Venues, Delegations and Visits over a real
// workspace in the in-page store: what they list, and that each edit is one command the
// store keeps (and a refusal is shown where it was made).
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import zhDelegations from '../../../locales/zh-CN/delegations.json';
import zhGlossary from '../../../locales/zh-CN/glossary.json';
import zhVenues from '../../../locales/zh-CN/venues.json';
import zhVisits from '../../../locales/zh-CN/visits.json';
import zhWorkspace from '../../../locales/zh-CN/workspace.json';
import type { Workspace } from '../../../core/model/workspace';
import { DEFAULT_SETTINGS } from '../../../core/settings/settings';
import { fakeHost, FAKE_WORKSPACE_ID, type FakeHost } from '../support/fake-host';
import { renderApp } from '../support/render-app';
import { testWorkspace } from '../support/test-workspace';
import { storedDocument } from '../support/stored-document';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

async function open(hash: string, listLabel: string) {
  const host = fakeHost({}, DEFAULT_SETTINGS, { workspace: testWorkspace() });
  renderApp(host, { hash });
  await screen.findByRole('navigation', { name: listLabel });
  return host;
}

const stored = (host: FakeHost): Workspace => storedDocument(host.workspaces, FAKE_WORKSPACE_ID);

async function commit(field: HTMLElement, text: string) {
  await act(async () => {
    fireEvent.focus(field);
    fireEvent.change(field, { target: { value: text } });
    fireEvent.blur(field);
  });
}

describe('the glossary', () => {
  it('shows each term in every language, edits it, and adds and removes forbidden variants', async () => {
    const host = await open('#/glossary', zhGlossary.listLabel);
    expect(document.getElementById('term-title')!.textContent).toBe('基层立法联系点');
    const english = document.querySelector<HTMLElement>('.term-row[data-language="en"]')!;
    const arabic = document.querySelector<HTMLElement>('.term-row[data-language="ar"]')!;
    expect(arabic.querySelector('textarea')!.getAttribute('dir')).toBe('rtl');
    await commit(english.querySelector('textarea')!, 'grassroots legislative outreach point (GLOP)');
    await waitFor(() => expect(stored(host).glossary.terms[0]!.term.en).toBe('grassroots legislative outreach point (GLOP)'));

    const adder = within(english).getByRole('textbox', { name: '添加到“英语禁用译法”' });
    await act(async () => {
      fireEvent.change(adder, { target: { value: 'contact point' } });
      fireEvent.keyDown(adder, { key: 'Enter' });
    });
    await waitFor(() => expect(stored(host).glossary.terms[0]!.forbidden.en).toEqual(['legislative contact point', 'contact point']));
    await act(async () => fireEvent.click(within(english).getByRole('button', { name: '移除“legislative contact point”' })));
    await waitFor(() => expect(stored(host).glossary.terms[0]!.forbidden.en).toEqual(['contact point']));
  });

  it('keeps the Chinese term: emptying it is refused and the text comes back', async () => {
    const host = await open('#/glossary', zhGlossary.listLabel);
    const chinese = document.querySelector<HTMLElement>('.term-row[data-language="zh"] textarea')!;
    await commit(chinese, '   ');
    expect(chinese).toHaveProperty('value', '基层立法联系点');
    expect(screen.getByText(zhWorkspace.errors.required)).toBeTruthy();
    expect(stored(host).revision).toBe(0);
  });

  it('adds a term from its Chinese form and searches in any language', async () => {
    const host = await open('#/glossary', zhGlossary.listLabel);
    await act(async () => {
      fireEvent.change(screen.getByRole('textbox', { name: zhGlossary.add.label }), { target: { value: '人大代表之家' } });
      fireEvent.click(screen.getByRole('button', { name: zhGlossary.add.button }));
    });
    await waitFor(() => expect(stored(host).glossary.terms.map((t) => t.term.zh)).toContain('人大代表之家'));
    expect(document.getElementById('term-title')!.textContent).toBe('人大代表之家');
    await act(async () => fireEvent.change(screen.getByRole('searchbox', { name: zhGlossary.search }), { target: { value: 'CONTACT' } }));
    const list = screen.getByRole('navigation', { name: zhGlossary.listLabel });
    expect(within(list).queryAllByRole('button')).toHaveLength(0);
    await act(async () => fireEvent.change(screen.getByRole('searchbox', { name: zhGlossary.search }), { target: { value: 'Liaison' } }));
    expect(within(list).getAllByRole('button').length).toBeGreaterThan(0);
  });
});

describe('venues', () => {
  it('lists venues with their kind, edits names, and sets travel minutes in both directions', async () => {
    const host = await open('#/venues', zhVenues.listLabel);
    const list = screen.getByRole('navigation', { name: zhVenues.listLabel });
    expect(within(list).getAllByRole('button')).toHaveLength(3);
    const cell = document.querySelector<HTMLElement>('.matrix-cell[data-from="ven-district-congress"][data-to="ven-data-bureau"] input')!;
    await commit(cell, '35');
    await waitFor(() => expect(stored(host).travelTimes.find((t) => [t.from, t.to].sort().join() === ['ven-data-bureau', 'ven-district-congress'].sort().join())?.minutes).toBe(35));
    // The mirrored cell below the diagonal shows the same time.
    const rows = [...document.querySelectorAll('.travel-matrix tbody tr')];
    const dataBureau = ['ven-district-congress', 'ven-liulitun-station', 'ven-data-bureau'].indexOf('ven-data-bureau');
    expect(rows[dataBureau]!.querySelectorAll('td')[0]!.textContent).toBe('35');

    const russian = document.querySelector<HTMLElement>('.language-grid-row[data-language="ru"] textarea')!;
    await commit(russian, 'ПК СНП района Чаоян');
    await waitFor(() => expect(stored(host).venues[0]!.name.ru).toBe('ПК СНП района Чаоян'));
  });

  it('refuses to delete a venue a visit stops at, and says why', async () => {
    const host = await open('#/venues', zhVenues.listLabel);
    const remove = screen.getByRole('button', { name: zhVenues.delete });
    await act(async () => fireEvent.click(remove));
    await act(async () => fireEvent.click(remove));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(zhWorkspace.errors.conflict);
    expect(stored(host).venues).toHaveLength(3);
  });
});

describe('delegations', () => {
  it('shows members in protocol order and interpreters, and edits languages and members', async () => {
    const host = await open('#/delegations', zhDelegations.listLabel);
    const members = screen.getByRole('table', { name: zhDelegations.members.title });
    const latin = [...members.querySelectorAll('[data-member-id]')].map((row) => (row.querySelectorAll('textarea')[1] as HTMLTextAreaElement).value);
    expect(latin).toEqual(['Maria Sitoe', 'Jean Mercier']);
    // Jean Mercier becomes head of delegation: the list reorders.
    const order = members.querySelector<HTMLInputElement>('[data-member-id="mem-test-envoys-2"] input')!;
    await commit(order, '1');
    await commit(members.querySelector<HTMLInputElement>('[data-member-id="mem-test-envoys-1"] input')!, '2');
    await waitFor(() => expect([...members.querySelectorAll('[data-member-id]')].map((r) => r.getAttribute('data-member-id'))).toEqual(['mem-test-envoys-2', 'mem-test-envoys-1']));

    // Arabic becomes a primary language.
    const arabic = document.querySelector<HTMLElement>('.language-role[data-language="ar"] select')!;
    await act(async () => fireEvent.change(arabic, { target: { value: 'primary' } }));
    await waitFor(() => expect(stored(host).delegations[0]!.primaryLanguages).toEqual(['en', 'fr', 'ar']));

    // A member added with native and Latin names and a title.
    await act(async () => {
      fireEvent.change(screen.getByRole('textbox', { name: zhDelegations.members.native }), { target: { value: 'محمد العلي' } });
      fireEvent.change(screen.getByRole('textbox', { name: zhDelegations.members.latin }), { target: { value: 'Mohammed Al-Ali' } });
      fireEvent.change(screen.getByRole('textbox', { name: zhDelegations.members.newTitle }), { target: { value: '参赞' } });
      fireEvent.click(screen.getByRole('button', { name: zhDelegations.members.add }));
    });
    await waitFor(() => expect(stored(host).delegations[0]!.members.at(-1)).toMatchObject({ nameNative: 'محمد العلي', nameLatin: 'Mohammed Al-Ali', title: { zh: '参赞' }, protocolOrder: 3 }));

    expect(screen.getByText('中文 ⇄ 英语')).toBeTruthy();
    expect(document.querySelector('.note-card')!.getAttribute('data-visibility')).toBe('internal');
  });
});

describe('visits', () => {
  it('shows the itinerary editor, moves a stop with the keyboard, and chooses the pack’s sections', async () => {
    const host = await open('#/visits', zhVisits.listLabel);
    const stops = testWorkspace().visits[0]!.stops;
    expect(document.querySelectorAll('.stop-block').length).toBe(stops.length);
    const first = document.querySelector<HTMLButtonElement>(`[data-stop-id="${stops[0]!.id}"] .stop-block-body`)!;
    await act(async () => fireEvent.keyDown(first, { key: 'ArrowDown' }));
    await waitFor(() => expect(stored(host).visits[0]!.stops[0]!.start).not.toBe(stops[0]!.start));
    const pack = testWorkspace().visits[0]!.pack.sectionIds;
    const boxes = [...document.querySelectorAll<HTMLInputElement>('.pack-sections input[type="checkbox"]')];
    expect(boxes.filter((b) => b.checked)).toHaveLength(pack.length);
    const unticked = boxes.find((b) => !b.checked) ?? boxes[0]!;
    const wasChecked = unticked.checked;
    await act(async () => fireEvent.click(unticked));
    await waitFor(() => expect(stored(host).visits[0]!.pack.sectionIds.length).toBe(pack.length + (wasChecked ? -1 : 1)));
    // Library order is kept.
    const order = testWorkspace().library.sections.map((s) => s.id);
    const chosen = stored(host).visits[0]!.pack.sectionIds;
    expect([...chosen].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(chosen);
  });
});
