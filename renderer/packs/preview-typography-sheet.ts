// Runs in the renderer: the engine's typography for the pack preview, as a stylesheet made
// from core/packs/html/preview-typography.ts and adopted by the document once. A
// constructed stylesheet is not an inline style: the desktop CSP (style-src 'self') allows it.
import { previewTypographyRule } from '../../core/packs/html/preview-typography';

const adopted = new WeakSet<Document>();

export function adoptPreviewTypography(doc: Document = document): void {
  if (adopted.has(doc)) return;
  // jsdom (the component tests) has no constructable stylesheets; the preview then keeps the browser's defaults.
  if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in doc) || !('replaceSync' in CSSStyleSheet.prototype)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(previewTypographyRule());
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  adopted.add(doc);
}
