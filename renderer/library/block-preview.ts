// Runs in the renderer: a block in a few words, for the outline: its text, its first
// item, its figures, its table header.
import type { Block } from '../../core/model/blocks';
import { formatKeyFigure } from '../../core/model/key-figure-format';

export function blockPreview(block: Block, language = 'zh'): string {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return block.text.source.text;
    case 'bullets':
      return block.items[0]?.source.text ?? '';
    case 'keyFigures':
      return block.figures.map((f) => `${formatKeyFigure(f, language)} ${f.label.source.text}`).join(' · ');
    case 'table':
      return block.header.map((cell) => cell.source.text).join(' | ');
    case 'image':
      return block.alt.source.text;
  }
}
