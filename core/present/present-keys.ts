// Runs anywhere (core): the keys of a talk, as presentation clickers and PowerPoint users
// expect them, mapped to actions; and the state they move. Declared once: the presenter
// view, the audience view (which forwards keys to the presenter) and the tests use this.
import { assertNever } from '../assert-never';
import { nextLayout, type SlideLayout } from './language-layouts';

export type PresentAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'digit'; digit: number }
  | { type: 'enter' }
  | { type: 'backspace' }
  | { type: 'blank'; color: 'black' | 'white' }
  | { type: 'layout' }
  | { type: 'textSize'; step: 1 | -1 }
  | { type: 'start' }
  | { type: 'leave' }
  | { type: 'goTo'; index: number };

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** The action of a key press, or null when the key means nothing in a talk. */
export function actionOfKey(press: KeyPress): PresentAction | null {
  const command = press.ctrlKey || press.metaKey;
  if (command) {
    if (press.key === '=' || press.key === '+') return { type: 'textSize', step: 1 };
    if (press.key === '-' || press.key === '_') return { type: 'textSize', step: -1 };
    return null;
  }
  if (press.altKey) return null;
  switch (press.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
    case 'Spacebar':
      return { type: 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return { type: 'previous' };
    case 'Enter':
      return { type: 'enter' };
    case 'Backspace':
      return { type: 'backspace' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'b':
    case 'B':
    case '.':
      return { type: 'blank', color: 'black' };
    case 'w':
    case 'W':
    case ',':
      return { type: 'blank', color: 'white' };
    case 'l':
    case 'L':
      return { type: 'layout' };
    case 'F5':
      return { type: 'start' };
    case 'Escape':
      return { type: 'leave' };
    default: // not a union: any other key, a digit or nothing
      return /^[0-9]$/.test(press.key) ? { type: 'digit', digit: Number(press.key) } : null;
  }
}

export const TEXT_SIZES = [0.7, 0.8, 0.9, 1, 1.12, 1.25, 1.4] as const;
export const DEFAULT_TEXT_SIZE = 3;

export interface TalkState {
  index: number;
  count: number;
  blank: 'black' | 'white' | null;
  layout: SlideLayout;
  /** Index into TEXT_SIZES. */
  textSize: number;
  /** Digits typed for a jump ("12" then Enter goes to slide 12). */
  digits: string;
}

export function initialTalk(count: number, layout: SlideLayout = 'side-by-side'): TalkState {
  return { index: 0, count, blank: null, layout, textSize: DEFAULT_TEXT_SIZE, digits: '' };
}

function clampIndex(index: number, count: number): number {
  return Math.max(0, Math.min(count - 1, index));
}

/** The state after an action. `start` and `leave` are the host's business and change nothing here. */
export function reduceTalk(state: TalkState, action: PresentAction): TalkState {
  // Any key but a digit or Enter/Backspace forgets half-typed digits; moving also lifts a blank screen.
  const moved = (index: number): TalkState => ({ ...state, index: clampIndex(index, state.count), blank: null, digits: '' });
  switch (action.type) {
    case 'next':
      return moved(state.index + 1);
    case 'previous':
      return moved(state.index - 1);
    case 'first':
      return moved(0);
    case 'last':
      return moved(state.count - 1);
    case 'goTo':
      return moved(action.index);
    case 'digit':
      return { ...state, digits: `${state.digits}${action.digit}`.slice(-4) };
    case 'enter':
      if (state.digits === '') return moved(state.index + 1);
      return Number(state.digits) >= 1 ? moved(Number(state.digits) - 1) : { ...state, digits: '' };
    case 'backspace':
      return state.digits !== '' ? { ...state, digits: state.digits.slice(0, -1) } : moved(state.index - 1);
    case 'blank':
      return { ...state, blank: state.blank === action.color ? null : action.color, digits: '' };
    case 'layout':
      return { ...state, layout: nextLayout(state.layout), digits: '' };
    case 'textSize':
      return { ...state, textSize: Math.max(0, Math.min(TEXT_SIZES.length - 1, state.textSize + action.step)), digits: '' };
    case 'start':
    case 'leave':
      return state;
    default:
      return assertNever(action, 'action');
  }
}
