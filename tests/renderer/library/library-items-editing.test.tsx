// Runs in the renderer (jsdom): the parts of list-like blocks edited through the real
// in-page store: bullet items added and deleted, key figures added, deleted and edited as
// data (value, unit, "more than"), table rows and columns added and deleted. Each change
// is one command; the store and the screen agree afterwards; a refusal changes nothing on
// screen and is shown beside the control that was used.
import { cleanup, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { formatKeyFigure } from '../../../core/model/key-figure-format';
import type { BulletsBlock, KeyFiguresBlock, TableBlock } from '../../../core/model/blocks';
import type { FakeHost } from '../support/fake-host';
import { alertText, button, choose, click, commit, confirm, detail, lastCommand, openLibrary, REFUSAL, refusingHost, select, storedDoc, zhLibrary } from './library-test-kit';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

const segmentRows = () => [...detail().querySelectorAll('.segment-row[data-segment-id]')].map((r) => r.getAttribute('data-segment-id')!);
const bullets = (host: FakeHost) => storedDoc(host).library.sections[0]!.blocks[3] as BulletsBlock;
const figures = (host: FakeHost) => storedDoc(host).library.sections[0]!.blocks[2] as KeyFiguresBlock;
const table = (host: FakeHost) => storedDoc(host).library.sections[1]!.blocks[1] as TableBlock;
const card = (id: string) => detail().querySelector<HTMLElement>(`[data-figure-id="${id}"]`)!;
const focusedSegment = () => document.activeElement?.closest('[data-segment-id]')?.getAttribute('data-segment-id');

describe('bullet items', () => {
  it('are added at the end, ready to write, and deleted after a second click', async () => {
    const { host } = await openLibrary();
    await select('blk-overview-talking-points');
    const before = segmentRows();
    await click(detail().querySelector('[data-add="item"]')!);
    expect(lastCommand(host)).toMatchObject({ type: 'add', collection: 'bulletItems', parentId: 'blk-overview-talking-points' });
    const added = bullets(host).items.at(-1)!;
    expect(bullets(host).items).toHaveLength(before.length + 1);
    await waitFor(() => expect(segmentRows()).toEqual([...before, added.id]));
    await waitFor(() => expect(focusedSegment()).toBe(added.id));

    const first = before[0]!;
    await confirm(button(zhLibrary.structure.deleteItem, detail().querySelector(`[data-segment-id="${first}"]`)!));
    expect(lastCommand(host)).toEqual({ type: 'delete', collection: 'bulletItems', id: first });
    expect(bullets(host).items.map((i) => i.id)).toEqual([...before.slice(1), added.id]);
    await waitFor(() => expect(segmentRows()).toEqual([...before.slice(1), added.id]));
  });

  it('stay as they were when the store refuses', async () => {
    await openLibrary(refusingHost());
    await select('blk-overview-talking-points');
    const before = segmentRows();
    await click(detail().querySelector('[data-add="item"]')!);
    expect(alertText(detail().querySelector('.structure-bar')!)).toContain(REFUSAL);
    await confirm(button(zhLibrary.structure.deleteItem, detail().querySelector(`[data-segment-id="${before[0]}"]`)!));
    expect(segmentRows()).toEqual(before);
  });
});

describe('key figures', () => {
  it('are added with their number ready to type, and deleted after a second click', async () => {
    const { host } = await openLibrary();
    await select('blk-network-figures');
    await click(detail().querySelector('[data-add="figure"]')!);
    expect(lastCommand(host)).toMatchObject({ type: 'add', collection: 'keyFigures', parentId: 'blk-network-figures', value: { value: 0, unit: 'count', approx: 'exact' } });
    const added = figures(host).figures.at(-1)!;
    expect(figures(host).figures).toHaveLength(4);
    await waitFor(() => expect(document.activeElement).toBe(card(added.id).querySelector('input[type="number"]')));
    // Its label is written in the segment table, like any text.
    expect(segmentRows()).toContain(added.label.id);

    await confirm(button(zhLibrary.figures.delete, card('fig-network-figures-1')));
    expect(lastCommand(host)).toEqual({ type: 'delete', collection: 'keyFigures', id: 'fig-network-figures-1' });
    expect(figures(host).figures.map((f) => f.id)).toEqual(['fig-network-figures-2', 'fig-network-figures-3', added.id]);
    await waitFor(() => expect(card('fig-network-figures-1')).toBeNull());
  });

  it('change unit and precision as data, and read accordingly in each language', async () => {
    const { host } = await openLibrary();
    await select('blk-network-figures');
    const id = 'fig-network-figures-3';
    await commit(within(card(id)).getByRole('spinbutton') as HTMLInputElement, '50000');
    await choose(card(id).querySelector<HTMLSelectElement>('.figure-approx')!, 'more-than');
    expect(lastCommand(host)).toEqual({ type: 'update', collection: 'keyFigures', id, patch: { approx: 'more-than' } });
    await waitFor(() => expect(card(id).querySelector('.figure-card-number')!.textContent).toBe('50,000+'));
    await choose(card(id).querySelector<HTMLSelectElement>('.figure-unit')!, 'percent');
    expect(lastCommand(host)).toEqual({ type: 'update', collection: 'keyFigures', id, patch: { unit: 'percent' } });
    expect(figures(host).figures[2]).toMatchObject({ value: 50000, unit: 'percent', approx: 'more-than' });
    const expected = formatKeyFigure({ value: 50000, unit: 'percent', approx: 'more-than' }, 'en');
    await waitFor(() => expect(card(id).querySelector('.figure-card-number')!.textContent).toBe(expected));
    expect(expected).toContain('%');
    expect(card(id).querySelector<HTMLSelectElement>('.figure-unit')!.value).toBe('percent');
  });

  it('stay as they were when the store refuses', async () => {
    await openLibrary(refusingHost());
    await select('blk-network-figures');
    const id = 'fig-network-figures-1';
    await choose(card(id).querySelector<HTMLSelectElement>('.figure-unit')!, 'years');
    expect(alertText(card(id))).toContain(REFUSAL);
    expect(card(id).querySelector<HTMLSelectElement>('.figure-unit')!.value).toBe('count');
    await click(detail().querySelector('[data-add="figure"]')!);
    await confirm(button(zhLibrary.figures.delete, card(id)));
    expect(detail().querySelectorAll('[data-figure-id]')).toHaveLength(3);
  });
});

describe('table rows and columns', () => {
  it('adds a row with a cell per column, and a column with a cell per row', async () => {
    const { host } = await openLibrary();
    await select('blk-results-table');
    const columns = table(host).header.length;
    const rows = table(host).rows.length;
    await click(detail().querySelector('[data-add="row"]')!);
    expect(lastCommand(host)).toMatchObject({ type: 'add', collection: 'tableRows', parentId: 'blk-results-table' });
    const row = table(host).rows.at(-1)!;
    expect(row.cells).toHaveLength(columns);
    await waitFor(() => expect(focusedSegment()).toBe(row.cells[0]!.id));

    await click(detail().querySelector('[data-add="column"]')!);
    expect(lastCommand(host)).toMatchObject({ type: 'addTableColumn', blockId: 'blk-results-table' });
    const after = table(host);
    expect(after.header).toHaveLength(columns + 1);
    expect(after.rows.every((r) => r.cells.length === columns + 1)).toBe(true);
    expect(after.rows).toHaveLength(rows + 1);
    await waitFor(() => expect(focusedSegment()).toBe(after.header.at(-1)!.id));
    expect(segmentRows()).toHaveLength((columns + 1) * (rows + 2));
  });

  it('deletes a row from its first cell and a column from its header, after a second click', async () => {
    const { host } = await openLibrary();
    await select('blk-results-table');
    const before = table(host);
    const firstRow = before.rows[0]!;
    // Only a row's first cell carries the row's delete button.
    expect(within(detail().querySelector<HTMLElement>(`[data-segment-id="${firstRow.cells[1]!.id}"]`)!).queryByText(zhLibrary.structure.deleteRow)).toBeNull();
    await confirm(button(zhLibrary.structure.deleteRow, detail().querySelector(`[data-segment-id="${firstRow.cells[0]!.id}"]`)!));
    expect(lastCommand(host)).toEqual({ type: 'delete', collection: 'tableRows', id: firstRow.id });
    expect(table(host).rows.map((r) => r.id)).toEqual(before.rows.slice(1).map((r) => r.id));
    await waitFor(() => expect(segmentRows()).not.toContain(firstRow.cells[0]!.id));
    expect(document.activeElement).toBe(detail().querySelector('.segment-table'));

    await confirm(button(zhLibrary.structure.deleteColumn, detail().querySelector(`[data-segment-id="${before.header[1]!.id}"]`)!));
    expect(lastCommand(host)).toEqual({ type: 'deleteTableColumn', blockId: 'blk-results-table', index: 1 });
    expect(table(host).header.map((h) => h.id)).toEqual([before.header[0]!.id, ...before.header.slice(2).map((h) => h.id)]);
    await waitFor(() => expect(segmentRows()).not.toContain(before.header[1]!.id));
  });

  it('never offers to delete the last column', async () => {
    const { host } = await openLibrary();
    await select('blk-results-table');
    while (table(host).header.length > 1) {
      await confirm(button(zhLibrary.structure.deleteColumn, detail().querySelector(`[data-segment-id="${table(host).header.at(-1)!.id}"]`)!));
    }
    await waitFor(() => expect(detail().textContent).not.toContain(zhLibrary.structure.deleteColumn));
  });

  it('stay as they were when the store refuses', async () => {
    const { host } = await openLibrary(refusingHost());
    await select('blk-results-table');
    const before = segmentRows();
    await click(detail().querySelector('[data-add="row"]')!);
    expect(alertText(detail().querySelector('.structure-bar')!)).toContain(REFUSAL);
    await click(detail().querySelector('[data-add="column"]')!);
    await confirm(button(zhLibrary.structure.deleteRow, detail().querySelector(`[data-segment-id="${table(host).rows[0]!.cells[0]!.id}"]`)!));
    await confirm(button(zhLibrary.structure.deleteColumn, detail().querySelector(`[data-segment-id="${table(host).header[1]!.id}"]`)!));
    expect(host.applyCommand).toHaveBeenCalledTimes(4);
    expect(segmentRows()).toEqual(before);
    expect(storedDoc(host).revision).toBe(0);
  });
});
