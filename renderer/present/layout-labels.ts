// Runs in the renderer: the name of each language layout, as i18n keys written out in full.
import type { SlideLayout } from '../../core/present/language-layouts';

export const LAYOUT_LABELS: Record<SlideLayout, string> = {
  target: 'present:layout.target',
  'side-by-side': 'present:layout.sideBySide',
  stacked: 'present:layout.stacked',
  zh: 'present:layout.zh',
};
