// Runs anywhere (core): document blocks → flow boxes. Each block is set at the width it
// gets (the text column, a table cell, a column of a columns block) in its language:
// its own `lang`, else its column's, else the document's.
import type { Block, ColumnsBlock, ImageBlock, ListBlock, RichText, TableBlock } from '../document-schema';
import type { SetParagraph } from '../paragraph/typeset-paragraph';
import { imageBytes, sniffImage } from '../images/image-source';
import { isRtlLanguage } from '../text/languages';
import { buildCards } from './cards-box';
import { ColumnsBox, type ColumnFlow } from './columns-box';
import { buildContents } from './contents-box';
import type { FlowBox } from './flow-box';
import { ImageBox } from './image-box';
import { ParagraphBox } from './paragraph-box';
import { plainText } from './rich-text';
import { setText, type BuildContext } from './set-text';
import { SPACING, type TextRole } from './styles';
import { TableRowBox, type TableCell } from './table-box';
import type { Alignment } from '../document-schema';
import type { StructureNode } from '../laid-out-document';
import { assertNever } from '../../assert-never';

export type { BuildContext, TypesetWarning } from './set-text';

const PAGE_BREAK: FlowBox = { height: 0, spaceBefore: 0, keepWithNext: false, pageBreak: true, draw: () => {} };

/**
 * A heading set over balanced lines: the narrowest measure that keeps its line count, so
 * a two-line heading does not leave one word alone on its second line.
 */
function balanced(ctx: BuildContext, text: RichText, lang: string, role: TextRole, width: number, path: string, align?: Alignment): SetParagraph {
  const full = setText(ctx, text, lang, role, width, path, align);
  const count = full.lines.length;
  if (count < 2 || align === 'justify') return full;
  const quiet: BuildContext = { ...ctx, warnings: [] }; // the trial settings report nothing twice
  let lo = width / 2;
  let hi = width;
  let best = full;
  for (let i = 0; i < 8; i++) {
    const mid = (lo + hi) / 2;
    const trial = setText(quiet, text, lang, role, mid, path, align);
    if (trial.lines.length === count) {
      hi = mid;
      best = trial;
    } else lo = mid;
  }
  // Set at the narrower measure, but aligned within the full width.
  return best === full ? full : setText(quiet, text, lang, role, width, path, align, hi);
}

export function buildBlocks(ctx: BuildContext, blocks: readonly Block[], lang: string, width: number, path: string): FlowBox[] {
  const boxes: FlowBox[] = [];
  blocks.forEach((block, index) => {
    const at = `${path}[${index}]`;
    const blockLang = ('lang' in block && block.lang) || lang;
    // A heading's own bottom padding separates it from its text; no second gap.
    const afterHeading = index > 0 && blocks[index - 1]!.type === 'heading';
    const gap = (normal: number) => (afterHeading ? 0 : normal);
    switch (block.type) {
      case 'heading': {
        const role = (['h1', 'h2', 'h3'] as const)[block.level - 1]!;
        const paragraph = balanced(ctx, block.text, blockLang, role, width, `${at}.text`, block.align);
        boxes.push(
          new ParagraphBox({
            paragraph,
            tag: { role: (['H1', 'H2', 'H3'] as const)[block.level - 1]! },
            indent: 0,
            spaceBefore: gap(SPACING.headingBefore[role]),
            paddingBottom: SPACING.headingAfter[role],
            keepWithNext: true,
            ...(block.bookmark === false ? {} : { outline: { title: plainText(block.text), level: block.level } }),
          }),
        );
        break;
      }
      case 'paragraph': {
        const role = block.tone === 'muted' ? 'muted' : 'body';
        const paragraph = setText(ctx, block.text, blockLang, role, width, `${at}.text`, block.align);
        boxes.push(new ParagraphBox({ paragraph, indent: 0, spaceBefore: gap(block.tone === 'muted' ? SPACING.mutedParagraph : SPACING.paragraph) }));
        break;
      }
      case 'list':
        boxes.push(...buildList(ctx, block, blockLang, width, at, gap(SPACING.list)));
        break;
      case 'table':
        boxes.push(...buildTable(ctx, block, blockLang, width, at, gap(SPACING.table)));
        break;
      case 'columns':
        boxes.push(buildColumns(ctx, block, blockLang, width, at, gap(SPACING.columns)));
        break;
      case 'image': {
        const box = buildImage(ctx, block, blockLang, width, at, gap(SPACING.image));
        if (box) boxes.push(box);
        break;
      }
      case 'pageBreak':
        boxes.push(PAGE_BREAK);
        break;
      case 'cards':
        boxes.push(...buildCards(ctx, block, blockLang, width, at, gap(SPACING.cards)));
        break;
      case 'contents':
        boxes.push(...buildContents(ctx, block, blocks.slice(index + 1), blockLang, width, at, gap(SPACING.contents)));
        break;
      default:
        assertNever(block, 'block type');
    }
  });
  return boxes;
}

function buildList(ctx: BuildContext, block: ListBlock, lang: string, width: number, at: string, spaceBefore: number): FlowBox[] {
  const rtl = isRtlLanguage(lang);
  const indent = SPACING.listIndent;
  const textWidth = width - indent;
  const first = block.start ?? 1;
  const list: StructureNode = { role: 'L' };
  return block.items.map((item, i) => {
    const listItem: StructureNode = { role: 'LI', parent: list };
    const paragraph = setText(ctx, item, lang, 'body', textWidth, `${at}.items[${i}]`);
    const label = block.ordered ? `${first + i}.` : '•';
    // The marker is set in the list's direction, in a box in the indent on the start
    // side, aligned to the box's end so that it sits next to the item's text.
    const gutter = indent - 6;
    const marker = setText(ctx, label, lang, 'body', gutter, `${at}.items[${i}]`, 'end');
    const line = marker.lines[0]!;
    const markerX = rtl ? width - gutter : 0;
    return new ParagraphBox({
      paragraph,
      indent: rtl ? 0 : indent,
      spaceBefore: i === 0 ? spaceBefore : SPACING.listItem,
      marker: { line, x: markerX },
      markerTag: { role: 'Lbl', parent: listItem },
      tag: { role: 'LBody', parent: listItem },
    });
  });
}

function buildTable(ctx: BuildContext, block: TableBlock, lang: string, width: number, at: string, spaceBefore: number): FlowBox[] {
  const columns = block.header?.length ?? block.rows[0]?.length ?? block.widths?.length ?? 0;
  const weights = block.widths ?? new Array<number>(columns).fill(1);
  const total = weights.reduce((a, b) => a + b, 0);
  const rtl = isRtlLanguage(lang);
  // Column geometry, first column on the start side.
  const geometry: { x: number; width: number }[] = [];
  let x = 0;
  for (let c = 0; c < columns; c++) {
    const w = (width * weights[c]!) / total;
    geometry.push({ x: rtl ? width - x - w : x, width: w });
    x += w;
  }
  const table: StructureNode = { role: 'Table' };
  const makeCells = (cells: RichText[], role: TextRole, path: string): TableCell[] => {
    const row: StructureNode = { role: 'TR', parent: table };
    return cells.map((cell, c) => {
      const g = geometry[c]!;
      const paragraph = setText(ctx, cell, block.columnLangs?.[c] ?? lang, role, g.width - 2 * SPACING.cellPaddingX, `${path}[${c}]`);
      const tag: StructureNode = role === 'tableHeader' ? { role: 'TH', parent: row, scope: 'Column' } : { role: 'TD', parent: row };
      return { paragraph, lines: paragraph.lines, x: g.x, width: g.width, tag };
    });
  };
  const boxes: TableRowBox[] = [];
  let header: TableRowBox | undefined;
  if (block.header) {
    header = new TableRowBox({
      cells: makeCells(block.header, 'tableHeader', `${at}.header`),
      tableWidth: width,
      header: true,
      first: true,
      last: block.rows.length === 0,
      spaceBefore,
      pageHeight: ctx.maxImageHeight,
    });
    boxes.push(header);
  }
  block.rows.forEach((row, r) => {
    const box = new TableRowBox({
      cells: makeCells(row, 'table', `${at}.rows[${r}]`),
      tableWidth: width,
      header: false,
      first: !header && r === 0,
      last: r === block.rows.length - 1,
      spaceBefore: !header && r === 0 ? spaceBefore : 0,
      pageHeight: ctx.maxImageHeight - (header?.height ?? 0),
    });
    box.repeatOnNewPage = header;
    boxes.push(box);
  });
  return boxes;
}

function buildColumns(ctx: BuildContext, block: ColumnsBlock, lang: string, width: number, at: string, spaceBefore: number): FlowBox {
  const gap = block.gap ?? SPACING.columnGap;
  const n = block.columns.length;
  const weights = block.columns.map((c) => c.width ?? 1);
  const total = weights.reduce((a, b) => a + b, 0);
  const available = width - gap * (n - 1);
  const rtl = isRtlLanguage(lang);
  const flows: ColumnFlow[] = [];
  const separators: number[] = [];
  let x = 0;
  block.columns.forEach((column, i) => {
    const w = (available * weights[i]!) / total;
    const left = rtl ? width - x - w : x;
    const boxes = buildBlocks(ctx, column.blocks, column.lang ?? lang, w, `${at}.columns[${i}].blocks`).filter(
      (box) => !box.pageBreak,
    );
    flows.push({ x: left, width: w, boxes });
    if (i > 0) separators.push(rtl ? width - x + gap / 2 : x - gap / 2);
    x += w + gap;
  });
  return new ColumnsBox(flows, spaceBefore, separators, block.readingOrder);
}

function buildImage(ctx: BuildContext, block: ImageBlock, lang: string, width: number, at: string, spaceBefore: number): FlowBox | undefined {
  const bytes = imageBytes(block.src, ctx.resolveImage);
  const image = typeof bytes === 'string' ? bytes : sniffImage(bytes);
  if (typeof image === 'string') {
    const name = block.src.startsWith('data:') ? 'the data URL' : `"${block.src}"`;
    ctx.warnings.push({ code: 'image-unavailable', path: `${at}.src`, message: `The picture ${name} was left out: ${image}.` });
    return undefined;
  }
  // Pixels at 96 per inch unless a width is given; never wider than the column or taller than a page.
  let w = Math.min(block.width ?? image.width * 0.75, width);
  let h = (w * image.height) / image.width;
  const captionHeightAllowance = block.caption ? 40 : 0;
  if (h > ctx.maxImageHeight - captionHeightAllowance) {
    h = ctx.maxImageHeight - captionHeightAllowance;
    w = (h * image.width) / image.height;
  }
  const rtl = isRtlLanguage(lang);
  const align = block.align ?? 'center';
  const startOffset = align === 'center' ? (width - w) / 2 : align === 'start' ? 0 : width - w;
  const offset = align === 'center' ? startOffset : rtl ? width - w - startOffset : startOffset;
  const caption = block.caption
    ? { paragraph: setText(ctx, block.caption, lang, 'caption', width, `${at}.caption`, 'center'), gap: 5 }
    : undefined;
  // A picture with neither alt text nor caption says nothing; the caption stands in.
  const alt = block.alt ?? (block.caption ? plainText(block.caption) : '');
  const figure: StructureNode = { role: 'Figure', alt };
  return new ImageBox({ format: image.format, bytes: image.bytes, width: w, height: h, tag: figure }, offset, spaceBefore, caption);
}
