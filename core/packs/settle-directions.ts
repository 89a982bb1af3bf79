// Runs anywhere (core): one pass over a composed document that holds every span of a
// left-to-right language inside a right-to-left paragraph between left-to-right marks (see
// settleDirection): templates compose freely, and no Chinese line in an Arabic cell ends
// with its "。" on the wrong side.
import type { Block, Cover, RichText, TypesetDocument } from '../typeset/document-schema';
import { assertNever } from '../assert-never';
import { settleDirection } from './rich-text';

function settle(text: RichText, lang: string): RichText {
  return settleDirection(text, lang);
}

function settleBlocks(blocks: Block[], lang: string): Block[] {
  return blocks.map((block): Block => {
    const own = ('lang' in block && block.lang) || lang;
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        return { ...block, text: settle(block.text, own) };
      case 'list':
        return { ...block, items: block.items.map((item) => settle(item, own)) };
      case 'table': {
        const at = (c: number) => block.columnLangs?.[c] ?? own;
        const table = { ...block, rows: block.rows.map((row) => row.map((cell, c) => settle(cell, at(c)))) };
        if (block.header) table.header = block.header.map((cell, c) => settle(cell, at(c)));
        return table;
      }
      case 'cards':
        return {
          ...block,
          cards: block.cards.map((card) => ({
            ...card,
            value: settle(card.value, own),
            label: settle(card.label, own),
            ...(card.note !== undefined ? { note: settle(card.note, own) } : {}),
          })),
        };
      case 'columns':
        return { ...block, columns: block.columns.map((column) => ({ ...column, blocks: settleBlocks(column.blocks, column.lang ?? own) })) };
      case 'image':
        return block.caption !== undefined ? { ...block, caption: settle(block.caption, own) } : block;
      case 'contents':
      case 'pageBreak':
        return block;
      default:
        return assertNever(block, 'block');
    }
  });
}

function settleCover(cover: Cover, lang: string): Cover {
  const own = cover.lang ?? lang;
  const out: Cover = { ...cover };
  if (cover.details) out.details = cover.details.map((d) => ({ ...d, label: settle(d.label, d.lang ?? own), value: settle(d.value, d.lang ?? own) }));
  return out;
}

export function settleDirections(document: TypesetDocument): TypesetDocument {
  const lang = document.lang ?? 'en';
  const out: TypesetDocument = { ...document, blocks: settleBlocks(document.blocks, lang) };
  if (document.cover) out.cover = settleCover(document.cover, lang);
  return out;
}
