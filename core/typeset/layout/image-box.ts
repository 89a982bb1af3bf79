// Runs anywhere (core): a picture (with an optional caption below it) in the flow.
import type { ImageItem, StructureNode } from '../laid-out-document';
import type { SetParagraph } from '../paragraph/typeset-paragraph';
import { lineItem } from './draw-line';
import type { DrawTarget, FlowBox } from './flow-box';

export class ImageBox implements FlowBox {
  readonly height: number;
  readonly keepWithNext = false;

  constructor(
    private readonly image: Omit<ImageItem, 'x' | 'y' | 'kind'>,
    /** Left edge of the picture relative to the flow. */
    private readonly offset: number,
    readonly spaceBefore: number,
    private readonly caption?: { paragraph: SetParagraph; gap: number },
  ) {
    this.height = image.height + (caption ? caption.gap + caption.paragraph.height : 0);
  }

  draw(target: DrawTarget, x: number, y: number): void {
    target.items.push({ kind: 'image', ...this.image, x: x + this.offset, y });
    if (this.caption) {
      let top = y + this.image.height + this.caption.gap;
      const caption: StructureNode = { role: 'Caption', ...(this.image.tag ? { parent: this.image.tag } : {}) };
      for (const line of this.caption.paragraph.lines) {
        const item = lineItem(line, this.caption.paragraph.direction, this.caption.paragraph.lang, x, top);
        item.tag = caption;
        target.items.push(item);
        top += line.height;
      }
    }
  }
}
