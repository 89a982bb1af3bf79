import { describe, expect, it } from 'vitest';
import { SLIDE_LAYOUTS, nextLayout, textsIn, sideBySideColumns, type SlideLayout } from '../../../core/present/language-layouts';
import { actionOfKey, initialTalk, reduceTalk, TEXT_SIZES, type PresentAction, type TalkState } from '../../../core/present/present-keys';

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
  actionOfKey({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods });

function after(state: TalkState, ...keys: string[]): TalkState {
  return keys.reduce((s, key) => reduceTalk(s, press(key) ?? ({ type: 'noop' } as unknown as PresentAction)), state);
}

describe('present keys', () => {
  it('maps every key of a talk', () => {
    for (const key of ['ArrowRight', 'PageDown', ' ']) expect(press(key)).toEqual({ type: 'next' });
    for (const key of ['ArrowLeft', 'PageUp']) expect(press(key)).toEqual({ type: 'previous' });
    expect(press('Enter')).toEqual({ type: 'enter' });
    expect(press('Backspace')).toEqual({ type: 'backspace' });
    expect(press('Home')).toEqual({ type: 'first' });
    expect(press('End')).toEqual({ type: 'last' });
    for (const key of ['b', 'B', '.']) expect(press(key)).toEqual({ type: 'blank', color: 'black' });
    for (const key of ['w', 'W', ',']) expect(press(key)).toEqual({ type: 'blank', color: 'white' });
    expect(press('l')).toEqual({ type: 'layout' });
    expect(press('=', { ctrlKey: true })).toEqual({ type: 'textSize', step: 1 });
    expect(press('-', { ctrlKey: true })).toEqual({ type: 'textSize', step: -1 });
    expect(press('F5')).toEqual({ type: 'start' });
    expect(press('Escape')).toEqual({ type: 'leave' });
    expect(press('7')).toEqual({ type: 'digit', digit: 7 });
    expect(press('x')).toBeNull();
    expect(press('b', { ctrlKey: true })).toBeNull();
  });

  it('moves within the deck, jumps by number, and Backspace first corrects a typed number', () => {
    const start = initialTalk(20);
    expect(after(start, 'ArrowRight', 'ArrowRight', ' ', 'PageDown').index).toBe(4);
    expect(after(start, 'ArrowLeft').index).toBe(0);
    expect(after(start, 'End', 'ArrowRight').index).toBe(19);
    expect(after(start, 'End', 'Home').index).toBe(0);
    expect(after(start, '1', '2', 'Enter').index).toBe(11);
    expect(after(start, '9', '9', 'Enter').index).toBe(19);
    expect(after(start, '1', '5', 'Backspace', 'Enter').index).toBe(0);
    expect(after(start, 'ArrowRight', 'ArrowRight', 'Backspace').index).toBe(1);
    expect(after(start, '3', 'Backspace', 'Backspace').index).toBe(0);
    expect(after(start, 'Enter').index).toBe(1);
  });

  it('blanks to black or white, returns on the same key, and a move lifts the blank', () => {
    const start = initialTalk(5);
    expect(after(start, 'b').blank).toBe('black');
    expect(after(start, 'b', '.').blank).toBeNull();
    expect(after(start, 'w', 'b').blank).toBe('black');
    expect(after(start, ',').blank).toBe('white');
    expect(after(start, 'w', 'ArrowRight')).toMatchObject({ blank: null, index: 1 });
  });

  it('cycles the four layouts and keeps the text size within its steps', () => {
    let layout: SlideLayout = SLIDE_LAYOUTS[0];
    const seen: SlideLayout[] = [layout];
    for (let i = 0; i < 4; i += 1) seen.push((layout = nextLayout(layout)));
    expect(seen).toEqual(['target', 'side-by-side', 'stacked', 'zh', 'target']);
    let state = initialTalk(3);
    for (let i = 0; i < 20; i += 1) state = reduceTalk(state, { type: 'textSize', step: 1 });
    expect(state.textSize).toBe(TEXT_SIZES.length - 1);
    for (let i = 0; i < 20; i += 1) state = reduceTalk(state, { type: 'textSize', step: -1 });
    expect(state.textSize).toBe(0);
  });
});

describe('language layouts', () => {
  const ar = { code: 'ar', dir: 'rtl' as const };
  const text = { zh: '联系点', t: 'نقطة الاتصال' };
  it('shows the target, Chinese above the target, Chinese only, or both for side by side', () => {
    expect(textsIn('target', text, ar).map((x) => [x.lang, x.dir])).toEqual([['ar', 'rtl']]);
    expect(textsIn('stacked', text, ar).map((x) => x.lang)).toEqual(['zh', 'ar']);
    expect(textsIn('zh', text, ar).map((x) => x.lang)).toEqual(['zh']);
    expect(textsIn('side-by-side', text, ar).map((x) => x.lang)).toEqual(['ar', 'zh']);
  });
  it('puts a right-to-left target on the right side by side, a left-to-right one on the left', () => {
    expect(sideBySideColumns(ar)).toEqual(['source', 'target']);
    expect(sideBySideColumns({ code: 'ru', dir: 'ltr' })).toEqual(['target', 'source']);
  });
  it('shows Chinese, marked, where the target has no reviewed translation', () => {
    expect(textsIn('target', { zh: '联系点', t: null }, ar)).toEqual([{ text: '联系点', lang: 'zh', dir: 'ltr', filled: true, role: 'target' }]);
  });
});
