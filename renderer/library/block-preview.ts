// Runs in the renderer: a block in a few words, for the outline: its text, its first
// item, its figures, its table header. Empty text is left out, so a block still being
// written previews as empty (and the outline says so).
import { assertNever } from '../../core/assert-never';
import type { Block } from '../../core/model/blocks';
import { formatKeyFigure } from '../../core/model/key-figure-format';
import { SOURCE_LANGUAGE_CODE } from '../../core/model/language';

const written = (texts: string[]) => texts.map((text) => text.trim()).filter(Boolean);

export function blockPreview(block: Block, language: string = SOURCE_LANGUAGE_CODE): string {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return block.text.source.text;
    case 'bullets':
      return written(block.items.map((item) => item.source.text))[0] ?? '';
    case 'keyFigures':
      return block.figures.map((f) => `${formatKeyFigure(f, language)} ${f.label.source.text}`.trim()).join(' · ');
    case 'table':
      return written(block.header.map((cell) => cell.source.text)).join(' | ');
    case 'image':
      return block.alt.source.text;
    default:
      return assertNever(block, 'block kind');
  }
}
