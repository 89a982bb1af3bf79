// Runs anywhere (core): the three language layouts, for any piece of content a template
// can produce in one language. Single: the target language alone. Side by side: Chinese
// and the target in two columns, one row per block so that each block starts level with
// its twin (the taller sets the row); the target column is on the reading side, the right
// for Arabic. Stacked: the target, then its Chinese in grey.
import type { Block, RichText } from '../typeset/document-schema';
import type { Segment } from '../model/segment';
import type { PackContext } from './pack-context';
import type { PackLabels } from './pack-labels';
import { SOURCE_LANGUAGE, type SegmentPlace } from './pack-texts';
import { joinText, plain, toSpans } from './rich-text';

type Level = 1 | 2 | 3;

/** The Chinese twin of a block set: its headings make no second bookmark. */
function twin(blocks: Block[]): Block[] {
  return blocks.map((block) => (block.type === 'heading' ? { ...block, bookmark: false } : block));
}

/** Content made per language, in the pack's layout. `stacked` may lay out the pair itself. */
export function paired(ctx: PackContext, make: (lang: string) => Block[], stacked?: () => Block[]): Block[] {
  if (!ctx.bilingual) return make(ctx.target);
  if (ctx.layout === 'side-by-side') {
    return [
      {
        type: 'columns',
        lang: ctx.target,
        columns: [
          { lang: ctx.target, blocks: make(ctx.target) },
          { lang: SOURCE_LANGUAGE, blocks: twin(make(SOURCE_LANGUAGE)) },
        ],
      },
    ];
  }
  if (stacked) return stacked();
  const zh = twin(make(SOURCE_LANGUAGE)).map((block) => (block.type === 'paragraph' ? { ...block, tone: 'muted' as const } : block));
  return [...make(ctx.target), ...zh];
}

/** The Chinese under an Arabic heading sits on the right, under it. */
export function twinAlign(ctx: PackContext): { align?: 'end' } {
  return ctx.isRtl(ctx.target) ? { align: 'end' } : {};
}

/** A heading in the pack's layout; stacked puts the Chinese small and grey under the target. */
export function pairedHeading(ctx: PackContext, level: Level, text: (lang: string) => RichText): Block[] {
  return paired(
    ctx,
    (lang) => [{ type: 'heading', level, lang, text: text(lang) }],
    () => [
      { type: 'heading', level, lang: ctx.target, text: text(ctx.target) },
      { type: 'paragraph', lang: SOURCE_LANGUAGE, tone: 'muted', text: text(SOURCE_LANGUAGE), ...twinAlign(ctx) },
    ],
  );
}

/** A heading from one of the pack's own labels. */
export function labelHeading(ctx: PackContext, level: Level, pick: (labels: PackLabels) => string): Block[] {
  return pairedHeading(ctx, level, (lang) => pick(lang === SOURCE_LANGUAGE ? ctx.zhLabels : ctx.labels));
}

/** A heading from a segment of the workspace. */
export function segmentHeading(ctx: PackContext, level: Level, segment: Segment, place: SegmentPlace): Block[] {
  return pairedHeading(ctx, level, (lang) => ctx.texts.segment(segment, lang, place));
}

/**
 * Text for one cell or list item: the target's, and in a bilingual pack the Chinese under
 * it in grey. Used where two columns would be too narrow (tables, programme, cards).
 */
export function pairedText(ctx: PackContext, text: (lang: string) => RichText): RichText {
  const own = toSpans(text(ctx.target), { lang: ctx.target });
  if (!ctx.bilingual) return own;
  const zh = toSpans(text(SOURCE_LANGUAGE), { lang: SOURCE_LANGUAGE, muted: true });
  // The same text twice (a date, a step number) is printed once.
  if (plain(zh).trim() === plain(own).trim()) return own;
  return joinText([own, zh]);
}

/** One of the pack's labels as a cell's text (table headers). */
export function labelText(ctx: PackContext, pick: (labels: PackLabels) => string): RichText {
  return pairedText(ctx, (lang) => pick(lang === SOURCE_LANGUAGE ? ctx.zhLabels : ctx.labels));
}

/** A segment as a cell's text. */
export function segmentText(ctx: PackContext, segment: Segment, place: SegmentPlace): RichText {
  return pairedText(ctx, (lang) => ctx.texts.segment(segment, lang, place));
}
