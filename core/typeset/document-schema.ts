// Runs anywhere (core): the typeset document format (docs/document-format.md), as zod
// schemas and the TypeScript types they check. Every object is strict, so a misspelt
// field is an error with its JSON path rather than something silently ignored.
import { z } from 'zod';

/** A BCP 47 language tag such as "zh", "ar", "pt-BR", "zh-Hans". */
const LanguageTag = z
  .string()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'expected a language tag such as "en", "zh" or "pt-BR"');

/**
 * How a span is marked: `highlight` sets it on a pale amber band (text printed in Chinese
 * because its translation is missing); `tag` sets it small, white on amber, as a label;
 * `muted` sets it a little smaller in grey (the Chinese under a translation in a cell).
 */
export const SPAN_MARKS = ['highlight', 'tag', 'muted'] as const;
export type SpanMark = (typeof SPAN_MARKS)[number];

export interface Span {
  text: string;
  lang?: string;
  bold?: boolean;
  mark?: SpanMark;
}
export type RichText = string | Span[];

const SpanSchema = z.strictObject({
  text: z.string(),
  lang: LanguageTag.optional(),
  bold: z.boolean().optional(),
  mark: z.enum(SPAN_MARKS).optional(),
});
const RichTextSchema = z.union([z.string(), z.array(SpanSchema)], {
  error: 'expected a string or an array of spans { text, lang?, bold?, mark? }',
});

export const ALIGNMENTS = ['start', 'end', 'center', 'justify'] as const;
export type Alignment = (typeof ALIGNMENTS)[number];
const AlignSchema = z.enum(ALIGNMENTS);

export interface HeadingBlock {
  type: 'heading';
  level: 1 | 2 | 3;
  text: RichText;
  lang?: string;
  align?: Alignment;
  /** false: no bookmark and no contents entry (the Chinese twin of a bilingual heading). */
  bookmark?: boolean;
}
/** `muted`: grey and a little smaller (the Chinese under each paragraph of a stacked pack). */
export const TONES = ['normal', 'muted'] as const;
export type Tone = (typeof TONES)[number];
export interface ParagraphBlock {
  type: 'paragraph';
  text: RichText;
  lang?: string;
  align?: Alignment;
  tone?: Tone;
}
export interface ListBlock {
  type: 'list';
  ordered?: boolean;
  /** First number of an ordered list. */
  start?: number;
  items: RichText[];
  lang?: string;
}
export interface TableBlock {
  type: 'table';
  header?: RichText[];
  rows: RichText[][];
  /** Relative column widths, one per column. */
  widths?: number[];
  /** The language of each column's cells, where it differs from the table's (a bilingual glossary). */
  columnLangs?: (string | null)[];
  lang?: string;
}
export interface Column {
  lang?: string;
  /** Relative width; columns share the line equally by default. */
  width?: number;
  blocks: Block[];
}
export interface ColumnsBlock {
  type: 'columns';
  columns: Column[];
  /** Space between columns in points. */
  gap?: number;
  /**
   * The order a screen reader reads the columns in (indices into `columns`); default
   * their order. Each row of a side-by-side pack reads the Chinese, then its translation.
   */
  readingOrder?: number[];
  lang?: string;
}
export interface ImageBlock {
  type: 'image';
  /** A data URL (PNG or JPEG) or a path, which the host resolves. */
  src: string;
  /** Width in points; the height follows the picture's proportions. */
  width?: number;
  align?: 'start' | 'center' | 'end';
  caption?: RichText;
  /** What the picture shows, for screen readers (the Figure's /Alt in the PDF). */
  alt?: string;
  lang?: string;
}
export interface PageBreakBlock {
  type: 'pageBreak';
}
/** A key figure: the number large, what it counts below it. */
export interface Card {
  value: RichText;
  label: RichText;
  /** A second label (the Chinese of a bilingual card), set small and grey under the first. */
  note?: RichText;
}
export interface CardsBlock {
  type: 'cards';
  cards: Card[];
  /** Cards per row, 1 to 4 (default 3). */
  columns?: number;
  lang?: string;
}
/** A table of contents: the bookmarked headings after it, with their page numbers. */
export interface ContentsBlock {
  type: 'contents';
  /** Deepest heading level listed (default 1). */
  depth?: 1 | 2 | 3;
  lang?: string;
}
export type Block =
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | TableBlock
  | ColumnsBlock
  | ImageBlock
  | PageBreakBlock
  | CardsBlock
  | ContentsBlock;

export type PageSize = 'A4' | 'Letter' | [number, number];
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}
/** A running line in three parts; start and end follow the document's direction. */
export interface RunningLine {
  start?: RichText;
  center?: RichText;
  end?: RichText;
}
/** A line of the cover in its own language. */
export interface CoverLine {
  text: RichText;
  lang?: string;
}
/** A first page of its own: no running header or footer is printed on it. */
export interface Cover {
  lang?: string;
  /** Small text in the coloured band at the top (the host organisation). */
  band?: CoverLine[];
  /** A logo (data URL or path) in the band, on the end side. */
  logo?: string;
  /** Small line above the title (the kind of document). */
  kicker?: CoverLine[];
  title: CoverLine[];
  subtitle?: CoverLine[];
  /** Label and value pairs near the foot of the page: delegation, dates, place. */
  details?: { label: RichText; value: RichText; lang?: string }[];
  /** Small print at the foot of the page. */
  note?: CoverLine[];
}
export interface TypesetDocument {
  title: string;
  lang?: string;
  author?: string;
  subject?: string;
  page?: { size?: PageSize; margin?: number | Margins };
  cover?: Cover;
  header?: RichText | RunningLine;
  /** May contain {page} and {pages}. */
  footer?: RichText | RunningLine;
  /** How justified text is set; both on when absent (docs/document-format.md). */
  typography?: { hyphenate?: boolean; lineBreaking?: LineBreaking };
  blocks: Block[];
}
/** total-fit: justified paragraphs are broken as a whole (Knuth–Plass); first-fit: line by line. */
export const LINE_BREAKING = ['total-fit', 'first-fit'] as const;
export type LineBreaking = (typeof LINE_BREAKING)[number];

const Points = z.number().finite().nonnegative();

const HeadingSchema = z.strictObject({
  type: z.literal('heading'),
  level: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'expected 1, 2 or 3' }),
  text: RichTextSchema,
  lang: LanguageTag.optional(),
  align: AlignSchema.optional(),
  bookmark: z.boolean().optional(),
});
const ParagraphSchema = z.strictObject({
  type: z.literal('paragraph'),
  text: RichTextSchema,
  lang: LanguageTag.optional(),
  align: AlignSchema.optional(),
  tone: z.enum(TONES).optional(),
});
const ListSchema = z.strictObject({
  type: z.literal('list'),
  ordered: z.boolean().optional(),
  start: z.number().int().nonnegative().optional(),
  items: z.array(RichTextSchema).min(1, 'a list needs at least one item'),
  lang: LanguageTag.optional(),
});
const TableSchema = z
  .strictObject({
    type: z.literal('table'),
    header: z.array(RichTextSchema).min(1).optional(),
    rows: z.array(z.array(RichTextSchema).min(1, 'a row needs at least one cell')),
    widths: z.array(z.number().finite().positive()).min(1).optional(),
    columnLangs: z.array(LanguageTag.nullable()).min(1).optional(),
    lang: LanguageTag.optional(),
  })
  .superRefine((table, ctx) => {
    const columns = table.header?.length ?? table.rows[0]?.length ?? table.widths?.length ?? 0;
    if (table.widths && table.widths.length !== columns) {
      ctx.addIssue({
        code: 'custom',
        path: ['widths'],
        message: `expected ${columns} widths (one per column), got ${table.widths.length}`,
      });
    }
    if (table.columnLangs && table.columnLangs.length !== columns) {
      ctx.addIssue({
        code: 'custom',
        path: ['columnLangs'],
        message: `expected ${columns} languages (one per column, null for the table's), got ${table.columnLangs.length}`,
      });
    }
    table.rows.forEach((row, index) => {
      if (row.length !== columns) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', index],
          message: `expected ${columns} cells, got ${row.length}`,
        });
      }
    });
    if (!table.header && table.rows.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['rows'], message: 'a table needs a header or at least one row' });
    }
  });
const ImageSchema = z.strictObject({
  type: z.literal('image'),
  src: z.string().min(1, 'expected a data URL or a path'),
  width: z.number().finite().positive().optional(),
  align: z.enum(['start', 'center', 'end']).optional(),
  caption: RichTextSchema.optional(),
  alt: z.string().optional(),
  lang: LanguageTag.optional(),
});
const PageBreakSchema = z.strictObject({ type: z.literal('pageBreak') });
const CardsSchema = z.strictObject({
  type: z.literal('cards'),
  cards: z
    .array(z.strictObject({ value: RichTextSchema, label: RichTextSchema, note: RichTextSchema.optional() }))
    .min(1, 'expected at least one card'),
  columns: z.number().int().min(1, 'expected 1 to 4 cards per row').max(4, 'expected 1 to 4 cards per row').optional(),
  lang: LanguageTag.optional(),
});
const ContentsSchema = z.strictObject({
  type: z.literal('contents'),
  depth: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'expected 1, 2 or 3' }).optional(),
  lang: LanguageTag.optional(),
});

const ColumnSchema: z.ZodType<Column> = z.strictObject({
  lang: LanguageTag.optional(),
  width: z.number().finite().positive().optional(),
  get blocks() {
    return z.array(BlockSchema);
  },
});
const ColumnsSchema = z.strictObject({
  type: z.literal('columns'),
  columns: z.array(ColumnSchema).min(1, 'expected at least one column').max(4, 'at most four columns'),
  gap: Points.optional(),
  readingOrder: z.array(z.number().int().min(0)).optional(),
  lang: LanguageTag.optional(),
}).refine(
  (block) => !block.readingOrder || [...block.readingOrder].sort().join() === block.columns.map((_, i) => i).join(),
  { message: 'readingOrder must name each column once', path: ['readingOrder'] },
);

export const BLOCK_TYPES = ['heading', 'paragraph', 'list', 'table', 'columns', 'image', 'pageBreak', 'cards', 'contents'] as const;

export const BlockSchema: z.ZodType<Block> = z.discriminatedUnion(
  'type',
  [HeadingSchema, ParagraphSchema, ListSchema, TableSchema, ColumnsSchema, ImageSchema, PageBreakSchema, CardsSchema, ContentsSchema],
  { error: `expected a block whose "type" is one of ${BLOCK_TYPES.join(', ')}` },
);

const PageSizeSchema = z.union(
  [z.literal('A4'), z.literal('Letter'), z.tuple([z.number().finite().min(72), z.number().finite().min(72)])],
  { error: 'expected "A4", "Letter" or [width, height] in points (each at least 72)' },
);
const MarginsSchema = z.union([
  Points,
  z.strictObject({ top: Points, right: Points, bottom: Points, left: Points }),
]);

const RunningTextSchema = z.union(
  [z.string(), z.array(SpanSchema), z.strictObject({ start: RichTextSchema.optional(), center: RichTextSchema.optional(), end: RichTextSchema.optional() })],
  { error: 'expected text, or { start?, center?, end? } of texts' },
);
const CoverLinesSchema = z.array(z.strictObject({ text: RichTextSchema, lang: LanguageTag.optional() }));
const CoverSchema = z.strictObject({
  lang: LanguageTag.optional(),
  band: CoverLinesSchema.optional(),
  logo: z.string().min(1, 'expected a data URL or a path').optional(),
  kicker: CoverLinesSchema.optional(),
  title: CoverLinesSchema.min(1, 'a cover needs a title'),
  subtitle: CoverLinesSchema.optional(),
  details: z.array(z.strictObject({ label: RichTextSchema, value: RichTextSchema, lang: LanguageTag.optional() })).optional(),
  note: CoverLinesSchema.optional(),
});

export const TypesetDocumentSchema: z.ZodType<TypesetDocument> = z.strictObject({
  title: z.string(),
  lang: LanguageTag.optional(),
  author: z.string().optional(),
  subject: z.string().optional(),
  page: z.strictObject({ size: PageSizeSchema.optional(), margin: MarginsSchema.optional() }).optional(),
  cover: CoverSchema.optional(),
  header: RunningTextSchema.optional(),
  footer: RunningTextSchema.optional(),
  typography: z.strictObject({ hyphenate: z.boolean().optional(), lineBreaking: z.enum(LINE_BREAKING).optional() }).optional(),
  blocks: z.array(BlockSchema),
});
