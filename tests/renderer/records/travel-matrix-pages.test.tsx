// Runs in the renderer (jsdom): a long venue list makes the travel matrix n² cells, so past
// 20 venues it is shown a block of 20 × 20 at a time, chosen by two pickers, with each row's
// and column's place in the whole matrix for assistive technology.
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import zhAccess from '../../../locales/zh-CN/access.json';
import zhVenues from '../../../locales/zh-CN/venues.json';
import { VENUE_KINDS } from '../../../core/model/venues';
import { DEFAULT_SETTINGS } from '../../../core/settings/settings';
import { fakeHost } from '../support/fake-host';
import { renderApp } from '../support/render-app';
import { testWorkspace } from '../support/test-workspace';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

describe('the travel matrix of many venues', () => {
  it('shows 20 by 20 venues at a time, each in its place in the whole', async () => {
    const doc = testWorkspace();
    const more = Array.from({ length: 45 - doc.venues.length }, (_, i) => ({ id: `venue-many-${i + 1}`, name: { zh: `场所${i + 1}` }, address: {}, kind: VENUE_KINDS[0] }));
    const host = fakeHost({}, DEFAULT_SETTINGS, { workspace: { ...doc, venues: [...doc.venues, ...more] } });
    renderApp(host, { hash: '#/venues' });
    await screen.findByRole('navigation', { name: zhVenues.listLabel });
    const table = document.querySelector('.travel-matrix')!;
    expect(table.getAttribute('aria-rowcount')).toBe('46');
    expect(table.querySelectorAll('tbody tr')).toHaveLength(20);
    expect(table.querySelectorAll('thead th[scope="col"]')).toHaveLength(21);
    const rows = screen.getByRole('combobox', { name: zhAccess.matrix.rows });
    await act(async () => fireEvent.change(rows, { target: { value: '2' } }));
    const shown = [...table.querySelectorAll('tbody tr')];
    expect(shown).toHaveLength(5);
    expect(shown[0]!.getAttribute('aria-rowindex')).toBe('42');
    expect(shown[0]!.querySelector('.venue-number')!.textContent).toBe('41');
    // Rows 41–45 against columns 1–20: all below the diagonal, so they repeat, not edit.
    expect(shown[0]!.querySelectorAll('.matrix-cell')).toHaveLength(0);
    const columns = screen.getByRole('combobox', { name: zhAccess.matrix.columns });
    await act(async () => fireEvent.change(columns, { target: { value: '2' } }));
    // Now the diagonal block: venue 41 to 42–45 is editable.
    expect(document.querySelectorAll('.travel-matrix tbody tr')[0]!.querySelectorAll('.matrix-cell')).toHaveLength(4);
  });
});
