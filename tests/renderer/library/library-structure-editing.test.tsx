// Runs in the renderer (jsdom): the Library's structure edited through the real in-page
// store: a section added, a block of each kind inserted where asked, blocks and sections
// deleted after a confirmation, moved up and down with buttons and with Alt+arrows, a
// heading's level changed. Each change is one command; the store and the outline agree
// afterwards; a refusal leaves the outline as it was and says so where the change was made.
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../core/settings/settings';
import { firstSegmentOf, INSERTABLE_KINDS } from '../../../renderer/library/new-library-content';
import { fakeHost } from '../support/fake-host';
import { renderApp } from '../support/render-app';
import { testWorkspace } from '../support/test-workspace';
import {
  alertText,
  button,
  choose,
  click,
  commit,
  confirm,
  detail,
  lastCommand,
  openLibrary,
  outlineKeys,
  REFUSAL,
  refusingHost,
  select,
  storedDoc,
  zhLibrary,
} from './library-test-kit';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

const INITIAL = [
  'section:sec-overview',
  'blk-overview-title',
  'blk-overview-intro',
  'blk-network-figures',
  'blk-overview-talking-points',
  'section:sec-results',
  'blk-results-summary',
  'blk-results-table',
];

/** The test workspace with no section in any visit's pack, so sections may be deleted. */
function workspaceWithoutPacks() {
  const doc = testWorkspace();
  return { ...doc, visits: doc.visits.map((v) => ({ ...v, pack: { sectionIds: [], excludedBlockIds: [] } })) };
}

const current = () => document.querySelector('.library-outline [aria-current="true"]')?.getAttribute('data-key');
const moveButton = (direction: 'up' | 'down') => detail().querySelector<HTMLButtonElement>(`[data-move="${direction}"]`)!;

describe('adding a section', () => {
  const addSection = async (title: string) => {
    const form = document.querySelector('[data-add="section"] form')!;
    await act(async () => {
      fireEvent.change(form.querySelector('input')!, { target: { value: title } });
      fireEvent.submit(form);
    });
  };

  it('adds it at the end with its Chinese title, selects it and focuses it in the outline', async () => {
    const { host } = await openLibrary();
    await addSection('对外交流');
    const command = lastCommand(host);
    expect(command).toMatchObject({ type: 'add', collection: 'sections', value: { title: { source: { text: '对外交流' } }, blocks: [] } });
    const sections = storedDoc(host).library.sections;
    expect(sections).toHaveLength(3);
    expect(sections[2]!.title.source.text).toBe('对外交流');
    expect(sections[2]!.title.source.changedBy).toBe('tester');
    const key = `section:${sections[2]!.id}`;
    await waitFor(() => expect(outlineKeys().at(-1)).toBe(key));
    expect(current()).toBe(key);
    await waitFor(() => expect(document.activeElement?.getAttribute('data-key')).toBe(key));
    expect(document.querySelector<HTMLInputElement>('[data-add="section"] input')!.value).toBe('');
  });

  it('keeps the title typed and shows the refusal when the store refuses', async () => {
    await openLibrary(refusingHost());
    await addSection('对外交流');
    expect(alertText(document.querySelector('[data-add="section"]')!)).toContain(REFUSAL);
    expect(document.querySelector<HTMLInputElement>('[data-add="section"] input')!.value).toBe('对外交流');
    expect(outlineKeys()).toEqual(INITIAL);
  });

  it('is offered in an empty workspace, where the library starts', async () => {
    const host = fakeHost();
    renderApp(host, { hash: '#/library', language: 'zh-CN' });
    // No outline yet: the empty state says what the library is for and offers the first section.
    const input = await screen.findByRole('textbox', { name: zhLibrary.edit.newSectionLabel });
    expect(input.closest('.empty-state')).not.toBeNull();
    await act(async () => {
      fireEvent.change(input, { target: { value: '概况' } });
      fireEvent.submit(input.closest('form')!);
    });
    const section = storedDoc(host).library.sections[0]!;
    expect(section.title.source.text).toBe('概况');
    await screen.findByRole('navigation', { name: zhLibrary.outline.label });
    expect(outlineKeys()).toEqual([`section:${section.id}`]);
  });
});

describe('inserting a block', () => {
  it.each(INSERTABLE_KINDS)('inserts a %s below the selected block, selects it and opens its first field', async (kind) => {
    const { host } = await openLibrary();
    await select('blk-overview-intro');
    await click(detail().querySelector(`[data-insert="${kind}"]`)!);
    const command = lastCommand(host);
    expect(command).toMatchObject({ type: 'add', collection: 'blocks', parentId: 'sec-overview', index: 2, value: { kind, visibility: 'public' } });
    const stored = storedDoc(host).library.sections[0]!.blocks[2]!;
    expect(stored.kind).toBe(kind);
    await waitFor(() => expect(outlineKeys()[3]).toBe(stored.id));
    expect(current()).toBe(stored.id);
    expect(detail().querySelector('.block-detail-title')!.textContent).toContain(zhLibrary.kinds[kind]);
    // The outline says the new block has no text yet (a new figure shows its number, 0).
    const preview = document.querySelector(`[data-key="${stored.id}"] .outline-item-preview`)!;
    expect(preview.textContent).toBe(kind === 'keyFigures' ? '0' : zhLibrary.outline.empty);
    // Its first text (a figure's label, a table's first header) is ready to be typed.
    await waitFor(() => expect(document.activeElement?.matches('.segment-source textarea')).toBe(true));
    expect(document.activeElement!.closest('[data-segment-id]')!.getAttribute('data-segment-id')).toBe(firstSegmentOf(stored)!.id);
  });

  it('inserts at the top of the section when its title is selected, and the new paragraph is written in place', async () => {
    const { host } = await openLibrary();
    await select('section:sec-results');
    await click(detail().querySelector('[data-insert="paragraph"]')!);
    expect(lastCommand(host)).toMatchObject({ parentId: 'sec-results', index: 0 });
    const id = storedDoc(host).library.sections[1]!.blocks[0]!.id;
    await waitFor(() => expect(document.activeElement?.matches('.segment-source textarea')).toBe(true));
    await commit(document.activeElement as HTMLTextAreaElement, '朝阳区每年接待多批外国代表团。');
    expect(lastCommand(host)).toMatchObject({ type: 'setSource', text: '朝阳区每年接待多批外国代表团。' });
    const stored = storedDoc(host).library.sections[1]!.blocks[0] as { id: string; text: { source: { text: string } } };
    expect(stored).toMatchObject({ id, text: { source: { text: '朝阳区每年接待多批外国代表团。' } } });
    await waitFor(() => expect(document.querySelector(`[data-key="${id}"] .outline-item-preview`)!.textContent).toBe('朝阳区每年接待多批外国代表团。'));
    // Written, the source reads as text again.
    expect(detail().querySelector('.segment-source textarea')).toBeNull();
  });

  it('leaves the outline as it was when the store refuses', async () => {
    await openLibrary(refusingHost());
    await select('blk-overview-intro');
    await click(detail().querySelector('[data-insert="table"]')!);
    expect(alertText(detail().querySelector('.insert-bar')!)).toContain(REFUSAL);
    expect(outlineKeys()).toEqual(INITIAL);
    expect(current()).toBe('blk-overview-intro');
  });
});

describe('deleting', () => {
  it('deletes a block after a second click and selects the one above it', async () => {
    const { host } = await openLibrary();
    await select('blk-overview-intro');
    const remove = button(zhLibrary.edit.deleteBlock, detail());
    await click(remove);
    expect(host.applyCommand).not.toHaveBeenCalled();
    await click(remove);
    expect(lastCommand(host)).toEqual({ type: 'delete', collection: 'blocks', id: 'blk-overview-intro' });
    expect(storedDoc(host).library.sections[0]!.blocks.map((b) => b.id)).not.toContain('blk-overview-intro');
    await waitFor(() => expect(outlineKeys()).toEqual(INITIAL.filter((k) => k !== 'blk-overview-intro')));
    expect(current()).toBe('blk-overview-title');
    await waitFor(() => expect(document.activeElement?.getAttribute('data-key')).toBe('blk-overview-title'));
  });

  it('keeps the block and shows why when the store refuses', async () => {
    const { host } = await openLibrary(refusingHost());
    await select('blk-overview-intro');
    await confirm(button(zhLibrary.edit.deleteBlock, detail()));
    expect(lastCommand(host)).toMatchObject({ type: 'delete', id: 'blk-overview-intro' });
    expect(alertText(detail().querySelector('.item-toolbar')!)).toContain(REFUSAL);
    expect(outlineKeys()).toEqual(INITIAL);
    expect(current()).toBe('blk-overview-intro');
  });

  it('deletes a section with its blocks, and selects what came before it', async () => {
    const { host } = await openLibrary(fakeHost({}, DEFAULT_SETTINGS, { workspace: workspaceWithoutPacks() }));
    await select('section:sec-results');
    await confirm(button(zhLibrary.edit.deleteSection, detail()));
    expect(lastCommand(host)).toEqual({ type: 'delete', collection: 'sections', id: 'sec-results' });
    expect(storedDoc(host).library.sections.map((s) => s.id)).toEqual(['sec-overview']);
    await waitFor(() => expect(outlineKeys()).toEqual(INITIAL.slice(0, 5)));
    expect(current()).toBe('blk-overview-talking-points');
  });

  it('does not offer to delete a section that a visit’s pack still holds, and names the visit', async () => {
    const { host } = await openLibrary();
    await select('section:sec-overview');
    const remove = button(zhLibrary.edit.deleteSection, detail());
    expect(remove.disabled).toBe(true);
    const note = detail().querySelector('.item-toolbar-note')!.textContent!;
    expect(note).toContain(zhLibrary.edit.sectionInPacks);
    expect(note).toContain('驻华使节参访基层立法联系点');
    await click(remove);
    expect(host.applyCommand).not.toHaveBeenCalled();
  });

  it('keeps the section when the store refuses', async () => {
    await openLibrary(refusingHost(workspaceWithoutPacks()));
    await select('section:sec-results');
    await confirm(button(zhLibrary.edit.deleteSection, detail()));
    expect(alertText(detail())).toContain(REFUSAL);
    expect(outlineKeys()).toEqual(INITIAL);
  });
});

describe('moving', () => {
  it('moves a block up within its section', async () => {
    const { host } = await openLibrary();
    await select('blk-overview-intro');
    await click(moveButton('up'));
    expect(lastCommand(host)).toEqual({ type: 'move', collection: 'blocks', id: 'blk-overview-intro', toIndex: 0 });
    expect(storedDoc(host).library.sections[0]!.blocks.map((b) => b.id).slice(0, 2)).toEqual(['blk-overview-intro', 'blk-overview-title']);
    await waitFor(() => expect(outlineKeys().slice(1, 3)).toEqual(['blk-overview-intro', 'blk-overview-title']));
    expect(current()).toBe('blk-overview-intro');
    // The first block of the first section goes no higher: the button stays focusable but does nothing.
    await click(moveButton('up'));
    expect(moveButton('up').getAttribute('aria-disabled')).toBe('true');
    expect(host.applyCommand).toHaveBeenCalledTimes(1);
  });

  it('moves a block across into the neighbouring section at either edge', async () => {
    const { host } = await openLibrary();
    await select('blk-results-summary');
    await click(moveButton('up'));
    expect(lastCommand(host)).toEqual({ type: 'move', collection: 'blocks', id: 'blk-results-summary', toParentId: 'sec-overview', toIndex: 4 });
    expect(storedDoc(host).library.sections[0]!.blocks.at(-1)!.id).toBe('blk-results-summary');
    await waitFor(() => expect(outlineKeys()[5]).toBe('blk-results-summary'));
    await click(moveButton('down'));
    expect(lastCommand(host)).toEqual({ type: 'move', collection: 'blocks', id: 'blk-results-summary', toParentId: 'sec-results', toIndex: 0 });
    await waitFor(() => expect(outlineKeys()).toEqual(INITIAL));
  });

  it('moves a section with its blocks', async () => {
    const { host } = await openLibrary();
    await select('section:sec-overview');
    await click(moveButton('down'));
    expect(lastCommand(host)).toEqual({ type: 'move', collection: 'sections', id: 'sec-overview', toIndex: 1 });
    expect(storedDoc(host).library.sections.map((s) => s.id)).toEqual(['sec-results', 'sec-overview']);
    await waitFor(() => expect(outlineKeys()).toEqual([...INITIAL.slice(5), ...INITIAL.slice(0, 5)]));
    expect(moveButton('down').getAttribute('aria-disabled')).toBe('true');
    expect(moveButton('up').getAttribute('aria-disabled')).toBeNull();
  });

  it('moves the focused outline item with Alt+ArrowDown and Alt+ArrowUp, keeping the focus on it', async () => {
    const { host } = await openLibrary();
    const item = () => document.querySelector<HTMLElement>('.library-outline [data-key="blk-overview-title"]')!;
    item().focus();
    await act(async () => fireEvent.keyDown(item(), { key: 'ArrowDown', altKey: true }));
    expect(lastCommand(host)).toEqual({ type: 'move', collection: 'blocks', id: 'blk-overview-title', toIndex: 1 });
    await waitFor(() => expect(outlineKeys().slice(1, 3)).toEqual(['blk-overview-intro', 'blk-overview-title']));
    await waitFor(() => expect(document.activeElement).toBe(item()));
    await act(async () => fireEvent.keyDown(item(), { key: 'ArrowUp', altKey: true }));
    await waitFor(() => expect(outlineKeys()).toEqual(INITIAL));
    // Without Alt, arrows do not move anything.
    await act(async () => fireEvent.keyDown(item(), { key: 'ArrowDown' }));
    expect(host.applyCommand).toHaveBeenCalledTimes(2);
  });

  it('leaves the order as it was when the store refuses, from the toolbar or the outline', async () => {
    await openLibrary(refusingHost());
    await select('blk-overview-intro');
    await click(moveButton('up'));
    expect(alertText(detail().querySelector('.item-toolbar')!)).toContain(REFUSAL);
    await act(async () => fireEvent.keyDown(document.querySelector('.library-outline [data-key="blk-overview-intro"]')!, { key: 'ArrowDown', altKey: true }));
    expect(alertText(document.querySelector('.library-side')!)).toContain(REFUSAL);
    expect(outlineKeys()).toEqual(INITIAL);
  });
});

describe('a heading’s level', () => {
  it('is chosen from 1 to 3 and stored', async () => {
    const { host } = await openLibrary();
    await select('blk-overview-title');
    const level = detail().querySelector<HTMLSelectElement>('.heading-level-select')!;
    expect(level.value).toBe('2');
    await choose(level, '3');
    expect(lastCommand(host)).toEqual({ type: 'update', collection: 'blocks', id: 'blk-overview-title', patch: { level: 3 } });
    expect(storedDoc(host).library.sections[0]!.blocks[0]).toMatchObject({ level: 3 });
    await waitFor(() => expect(detail().querySelector('.block-detail-level')!.textContent).toBe('3 级'));
  });

  it('stays as it was when the store refuses', async () => {
    await openLibrary(refusingHost());
    await select('blk-overview-title');
    const level = detail().querySelector<HTMLSelectElement>('.heading-level-select')!;
    await choose(level, '3');
    expect(alertText(detail())).toContain(REFUSAL);
    expect(detail().querySelector<HTMLSelectElement>('.heading-level-select')!.value).toBe('2');
  });
});
