// Runs anywhere (core): key-figure cards: rows of tinted cards with a coloured top edge,
// the number large and what it counts below it. A row never splits; in a right-to-left
// block the first card is on the right.
import type { StructureNode } from '../laid-out-document';
import type { Card, CardsBlock } from '../document-schema';
import type { SetLine, SetParagraph } from '../paragraph/typeset-paragraph';
import { isRtlLanguage } from '../text/languages';
import { setText, type BuildContext } from './set-text';
import { alignToBlockStart } from './rich-text';
import { lineItem } from './draw-line';
import type { DrawTarget, FlowBox } from './flow-box';
import { ACCENT, CARD_FILL } from './styles';

const GAP = 10;
const PAD_X = 10;
const PAD_TOP = 9;
const PAD_BOTTOM = 9;
const EDGE = 2.5;
const LABEL_GAP = 1;
const NOTE_GAP = 3;

interface SetCard {
  x: number;
  width: number;
  parts: { paragraph: SetParagraph; gap: number }[];
}

function linesHeight(lines: readonly SetLine[]): number {
  let h = 0;
  for (const line of lines) h += line.height;
  return h;
}

class CardRowBox implements FlowBox {
  readonly height: number;
  readonly keepWithNext = false;

  constructor(
    private readonly cards: SetCard[],
    readonly spaceBefore: number,
  ) {
    let content = 0;
    for (const card of cards) {
      let h = 0;
      for (const part of card.parts) h += part.gap + linesHeight(part.paragraph.lines);
      content = Math.max(content, h);
    }
    this.height = EDGE + PAD_TOP + content + PAD_BOTTOM;
  }

  draw(target: DrawTarget, x: number, y: number): void {
    for (const card of this.cards) {
      const left = x + card.x;
      target.items.push({ kind: 'rect', x: left, y, width: card.width, height: this.height, fill: CARD_FILL });
      target.items.push({ kind: 'rect', x: left, y, width: card.width, height: EDGE, fill: ACCENT });
      let top = y + EDGE + PAD_TOP;
      for (const part of card.parts) {
        top += part.gap;
        const tag: StructureNode = { role: 'P' };
        for (const line of part.paragraph.lines) {
          if (line.runs.length > 0) target.items.push({ ...lineItem(line, part.paragraph.direction, part.paragraph.lang, left + PAD_X, top), tag });
          top += line.height;
        }
      }
    }
  }
}

export function buildCards(ctx: BuildContext, block: CardsBlock, lang: string, width: number, at: string, spaceBefore: number): FlowBox[] {
  const perRow = Math.max(1, Math.min(4, block.columns ?? 3, block.cards.length));
  const cardWidth = (width - GAP * (perRow - 1)) / perRow;
  const inner = cardWidth - 2 * PAD_X;
  const rtl = isRtlLanguage(lang);
  const rows: FlowBox[] = [];
  for (let start = 0; start < block.cards.length; start += perRow) {
    const cards = block.cards.slice(start, start + perRow).map((card: Card, k): SetCard => {
      const i = start + k;
      const offset = k * (cardWidth + GAP);
      const parts = [
        { paragraph: setText(ctx, card.value, lang, 'figureValue', inner, `${at}.cards[${i}].value`, alignToBlockStart(card.value, lang)), gap: 0 },
        { paragraph: setText(ctx, card.label, lang, 'figureLabel', inner, `${at}.cards[${i}].label`, alignToBlockStart(card.label, lang)), gap: LABEL_GAP },
      ];
      if (card.note !== undefined) {
        const note = setText(ctx, card.note, lang, 'figureNote', inner, `${at}.cards[${i}].note`, alignToBlockStart(card.note, lang));
        parts.push({ paragraph: note, gap: NOTE_GAP });
      }
      return { x: rtl ? width - offset - cardWidth : offset, width: cardWidth, parts };
    });
    rows.push(new CardRowBox(cards, start === 0 ? spaceBefore : GAP));
  }
  return rows;
}
