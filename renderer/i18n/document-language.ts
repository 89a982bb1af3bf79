// Runs in the renderer: <html lang dir> follow the UI language, so the browser picks the right
// glyph forms and the logical-property layout mirrors for Arabic.
import { directionOf } from '../../core/i18n/ui-languages';

export function applyDocumentLanguage(root: HTMLElement, language: string): void {
  root.lang = language;
  root.dir = directionOf(language);
}
