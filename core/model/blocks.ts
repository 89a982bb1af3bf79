// Runs anywhere (core): the kinds of block a library section is made of. Every piece of
// text in a block is a segment, so it is translated and tracked like any other.
import { z } from 'zod';
import { IdSchema } from './ids';
import { VisibilitySchema } from './note';
import { SegmentSchema } from './segment';

export const BLOCK_KINDS = ['heading', 'paragraph', 'bullets', 'keyFigures', 'table', 'image'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/**
 * What a key figure counts in. The unit decides formatting (`percent` adds the sign,
 * `year` is never grouped: 2021, not 2,021); the label says what is counted.
 */
export const FIGURE_UNITS = ['count', 'people', 'person-times', 'percent', 'year', 'years', 'months', 'days', 'hours', 'minutes', 'yuan'] as const;
export const FigureUnitSchema = z.enum(FIGURE_UNITS);
export type FigureUnit = z.infer<typeof FigureUnitSchema>;

/** `more-than` prints as "50,000+"; `about` as "~50,000". */
export const FigureApproxSchema = z.enum(['exact', 'more-than', 'about']);
export type FigureApprox = z.infer<typeof FigureApproxSchema>;

export const KeyFigureSchema = z
  .strictObject({
    id: IdSchema,
    value: z.number().finite().min(-1e15).max(1e15).meta({ description: 'The figure as data; formatted per locale when shown.' }),
    unit: FigureUnitSchema,
    approx: FigureApproxSchema,
    label: SegmentSchema,
  })
  .meta({ id: 'KeyFigure' });
export type KeyFigure = z.infer<typeof KeyFigureSchema>;

const base = { id: IdSchema, visibility: VisibilitySchema };

/** Relative, inside the workspace folder (no `..`, no drive or root), a PNG or JPEG. */
export function isSafeRelativeImagePath(path: string): boolean {
  if (/^([\\/]|[A-Za-z]:)/.test(path) || path.includes('\0')) return false;
  if (path.split(/[\\/]/).some((part) => part === '..' || part === '')) return false;
  return /\.(png|jpe?g)$/i.test(path);
}

export const HeadingBlockSchema = z.strictObject({
  ...base,
  kind: z.literal('heading'),
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  text: SegmentSchema,
}).meta({ id: 'HeadingBlock' });

export const ParagraphBlockSchema = z.strictObject({ ...base, kind: z.literal('paragraph'), text: SegmentSchema }).meta({ id: 'ParagraphBlock' });

export const BulletsBlockSchema = z.strictObject({ ...base, kind: z.literal('bullets'), items: z.array(SegmentSchema) }).meta({ id: 'BulletsBlock' });

export const KeyFiguresBlockSchema = z.strictObject({ ...base, kind: z.literal('keyFigures'), figures: z.array(KeyFigureSchema) }).meta({ id: 'KeyFiguresBlock' });

export const TableRowSchema = z.strictObject({ id: IdSchema, cells: z.array(SegmentSchema) }).meta({ id: 'TableRow' });
export type TableRow = z.infer<typeof TableRowSchema>;

export const TableBlockSchema = z
  .strictObject({ ...base, kind: z.literal('table'), header: z.array(SegmentSchema).min(1), rows: z.array(TableRowSchema) })
  .superRefine((table, ctx) => {
    table.rows.forEach((row, index) => {
      if (row.cells.length !== table.header.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', index, 'cells'],
          message: `has ${row.cells.length} cells but the table has ${table.header.length} columns`,
        });
      }
    });
  })
  .meta({ id: 'TableBlock' });

export const ImageBlockSchema = z.strictObject({
  ...base,
  kind: z.literal('image'),
  /** Path of a PNG or JPEG relative to the workspace file's folder. */
  src: z
    .string()
    .min(1)
    .max(1_000)
    .refine(isSafeRelativeImagePath, 'must be a relative path to a .png or .jpg inside the workspace folder'),
  alt: SegmentSchema,
  caption: SegmentSchema.nullable(),
}).meta({ id: 'ImageBlock' });

export const BlockSchema = z.discriminatedUnion('kind', [
  HeadingBlockSchema,
  ParagraphBlockSchema,
  BulletsBlockSchema,
  KeyFiguresBlockSchema,
  TableBlockSchema,
  ImageBlockSchema,
]).meta({ id: 'Block' });
export type Block = z.infer<typeof BlockSchema>;
export type HeadingBlock = z.infer<typeof HeadingBlockSchema>;
export type ParagraphBlock = z.infer<typeof ParagraphBlockSchema>;
export type BulletsBlock = z.infer<typeof BulletsBlockSchema>;
export type KeyFiguresBlock = z.infer<typeof KeyFiguresBlockSchema>;
export type TableBlock = z.infer<typeof TableBlockSchema>;
export type ImageBlock = z.infer<typeof ImageBlockSchema>;
