// Runs anywhere (core): a table of contents: one row per bookmarked heading that follows
// it, the title on the start side and its page number on the end side, joined by a
// hairline leader. Page numbers are only known once every page is drawn, so each row
// draws its number in a deferred step (DrawTarget.defer) with the finished outline.
import type { Block, ContentsBlock, RichText } from '../document-schema';
import type { StructureNode, OutlineEntry } from '../laid-out-document';
import type { SetParagraph } from '../paragraph/typeset-paragraph';
import { isRtlLanguage } from '../text/languages';
import { setText, type BuildContext } from './set-text';
import { lineItem } from './draw-line';
import type { DrawTarget, FlowBox } from './flow-box';
import { alignToBlockStart } from './rich-text';
import { RULE_COLOR } from './styles';

const NUMBER_WIDTH = 30;
const LEVEL_INDENT = 16;
const ROW_GAP = 4;
const TOP_LEVEL_GAP = 7;

export interface ContentsEntry {
  text: RichText;
  lang: string;
  level: number;
}

/** The headings a contents block lists: bookmarked, at most `depth` deep, in document order. */
export function contentsEntries(blocks: readonly Block[], lang: string, depth: number, into: ContentsEntry[] = []): ContentsEntry[] {
  for (const block of blocks) {
    if (block.type === 'heading' && block.bookmark !== false && block.level <= depth) {
      into.push({ text: block.text, lang: block.lang ?? lang, level: block.level });
    } else if (block.type === 'columns') {
      for (const column of block.columns) contentsEntries(column.blocks, column.lang ?? block.lang ?? lang, depth, into);
    }
  }
  return into;
}

class ContentsRowBox implements FlowBox {
  readonly height: number;
  readonly keepWithNext = false;

  constructor(
    private readonly ctx: BuildContext,
    private readonly title: SetParagraph,
    private readonly index: number,
    private readonly depth: number,
    private readonly geometry: { titleLeft: number; titleWidth: number; numberLeft: number; rtl: boolean; lang: string; rightAligned: boolean },
    readonly spaceBefore: number,
  ) {
    this.height = title.height;
  }

  draw(target: DrawTarget, x: number, y: number): void {
    const g = this.geometry;
    let top = y;
    const lines = this.title.lines;
    // An entry (title and page number) is one paragraph; the leader is decoration.
    const tag: StructureNode = { role: 'P' };
    lines.forEach((line) => {
      if (line.runs.length > 0) target.items.push({ ...lineItem(line, this.title.direction, this.title.lang, x + g.titleLeft, top), tag });
      top += line.height;
    });
    const last = lines[lines.length - 1];
    if (!last) return;
    const lastTop = y + this.height - last.height;
    const baseline = lastTop + last.baseline;
    // The leader runs from the end of the title's last line to the number's box.
    const textEdge = g.rightAligned ? x + g.titleLeft + g.titleWidth - last.width : x + g.titleLeft + last.width;
    const [from, to] = g.rtl ? [x + g.numberLeft + NUMBER_WIDTH + 2, textEdge - 6] : [textEdge + 6, x + g.numberLeft - 2];
    if (to - from > 8) target.items.push({ kind: 'rule', x1: from, y1: baseline, x2: to, y2: baseline, width: 0.4, color: RULE_COLOR });
    target.defer?.((outline: readonly OutlineEntry[]) => {
      const entry = outline.filter((e) => e.level <= this.depth)[this.index];
      if (!entry) return;
      const number = setText(this.ctx, String(entry.pageIndex + 1), g.lang, 'contents', NUMBER_WIDTH, 'contents', 'end');
      const numberLine = number.lines[0];
      if (!numberLine) return;
      // Same baseline as the title's last line.
      target.items.push({ ...lineItem(numberLine, number.direction, number.lang, x + g.numberLeft, baseline - numberLine.baseline), tag });
    });
  }
}

export function buildContents(
  ctx: BuildContext,
  block: ContentsBlock,
  following: readonly Block[],
  lang: string,
  width: number,
  at: string,
  spaceBefore: number,
): FlowBox[] {
  const depth = block.depth ?? 1;
  const rtl = isRtlLanguage(lang);
  const entries = contentsEntries(following, lang, depth);
  return entries.map((entry, index) => {
    const indent = (entry.level - 1) * LEVEL_INDENT;
    const titleWidth = width - NUMBER_WIDTH - 14 - indent;
    const text: RichText = typeof entry.text === 'string' && entry.lang !== lang ? [{ text: entry.text, lang: entry.lang }] : entry.text;
    const align = alignToBlockStart(text, lang);
    const title = setText(ctx, text, lang, 'contents', titleWidth, `${at}.entries[${index}]`, align);
    const geometry = {
      titleLeft: rtl ? NUMBER_WIDTH + 14 : indent,
      titleWidth,
      numberLeft: rtl ? 0 : width - NUMBER_WIDTH,
      rtl,
      lang,
      rightAligned: rtl,
    };
    const gap = index === 0 ? spaceBefore : entry.level === 1 && depth > 1 ? TOP_LEVEL_GAP : ROW_GAP;
    return new ContentsRowBox(ctx, title, index, depth, geometry, gap);
  });
}
