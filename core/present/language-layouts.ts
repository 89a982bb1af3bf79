// Runs anywhere (core): the four language layouts of a slide and which texts each shows, in
// which order, with which language and direction. Declared once; the views and the fitting
// derive from it.
import { assertNever } from '../assert-never';
import { isRtlLanguage } from '../typeset/text/languages';
import type { BiText, SlideLanguage } from './public-slide';

export const SLIDE_LAYOUTS = ['target', 'side-by-side', 'stacked', 'zh'] as const;
export type SlideLayout = (typeof SLIDE_LAYOUTS)[number];

export const SOURCE: SlideLanguage = { code: 'zh', dir: 'ltr' };

export function slideLanguage(code: string): SlideLanguage {
  return { code, dir: isRtlLanguage(code) ? 'rtl' : 'ltr' };
}

/** L: the next layout, round and round. */
export function nextLayout(layout: SlideLayout): SlideLayout {
  return SLIDE_LAYOUTS[(SLIDE_LAYOUTS.indexOf(layout) + 1) % SLIDE_LAYOUTS.length]!;
}

/** A text to show: its words, language and direction, and whether Chinese stands in for a missing translation. */
export interface ShownText {
  text: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Chinese shown where the target has no reviewed translation. */
  filled: boolean;
  role: 'target' | 'source';
}

function targetText(text: BiText, target: SlideLanguage): ShownText {
  if (text.t !== null && text.t.trim() !== '') return { text: text.t, lang: target.code, dir: target.dir, filled: false, role: 'target' };
  return { text: text.zh, lang: SOURCE.code, dir: SOURCE.dir, filled: true, role: 'target' };
}

function sourceText(text: BiText): ShownText {
  return { text: text.zh, lang: SOURCE.code, dir: SOURCE.dir, filled: false, role: 'source' };
}

/**
 * The texts of one BiText in a layout, in reading order: the target alone, Chinese above the
 * target, Chinese alone. Side by side gives [target, Chinese]; the view puts the target on the
 * reading side (on the right for a right-to-left target). The same text twice shows once.
 */
export function textsIn(layout: SlideLayout, text: BiText, target: SlideLanguage): ShownText[] {
  const own = targetText(text, target);
  const zh = sourceText(text);
  switch (layout) {
    case 'target':
      return [own];
    case 'zh':
      return [zh];
    case 'stacked':
      return own.filled || own.text.trim() === zh.text.trim() ? [own] : [zh, own];
    case 'side-by-side':
      return [own, zh];
    default:
      return assertNever(layout, 'layout');
  }
}

/** Side by side: the columns in visual order, left to right. The target sits on its reading side. */
export function sideBySideColumns(target: SlideLanguage): ('target' | 'source')[] {
  return target.dir === 'rtl' ? ['source', 'target'] : ['target', 'source'];
}

/** The language and direction a whole slide is written in under a layout. */
export function slideFrameLanguage(layout: SlideLayout, target: SlideLanguage): SlideLanguage {
  return layout === 'zh' ? SOURCE : target;
}
