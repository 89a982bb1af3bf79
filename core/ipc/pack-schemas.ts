// Runs anywhere (core): the payloads of the pack export: one or several packs (a batch:
// every language of the delegation) exported as one job the page names, so it can follow
// its progress and cancel it; what became of it; and what the page may ask about a file
// the export wrote. The host chooses where files go (its own dialog, or a download): the
// page never names a path it did not get from the host.
import { z } from 'zod';
import { PackRequestSchema } from '../packs/pack-request';

/** The page's name for an export job, unique per run of the page. */
export const JobIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1–64 letters, digits, "-" or "_"');

export const MAX_PACKS_PER_JOB = 16;

export const PackExportRequestSchema = z.strictObject({
  jobId: JobIdSchema,
  /** One pack (saved where the user says) or several (into a folder the user chooses). */
  packs: z.array(PackRequestSchema).min(1, 'export at least one pack').max(MAX_PACKS_PER_JOB),
});
export type PackExportRequest = z.infer<typeof PackExportRequestSchema>;

const PackMissingSchema = z.strictObject({
  segmentPath: z.string(),
  segmentLabel: z.string(),
  language: z.string(),
  status: z.string(),
});

/** One file the export produced. */
export const ExportedPackSchema = z.strictObject({
  fileName: z.string(),
  /** Where it was saved; null when the host handed it over as a download. */
  path: z.string().nullable(),
  languages: z.array(z.string()),
  pages: z.number().int().min(0),
  bytes: z.number().int().min(0),
  /** Places printed in Chinese because the translation was missing (fill with Chinese). */
  filled: z.array(z.strictObject({ segmentPath: z.string(), language: z.string() })),
  warnings: z.array(z.string()),
});
export type ExportedPack = z.infer<typeof ExportedPackSchema>;

export const PackExportOutcomeSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('done'), files: z.array(ExportedPackSchema), folder: z.string().nullable() }),
  /** Stopped by the user: no file of this job is left behind. */
  z.strictObject({ status: z.literal('cancelled') }),
  /** The user closed the save dialog: nothing was done. */
  z.strictObject({ status: z.literal('dismissed') }),
  /** Translations are missing or unreviewed: nothing was written. One entry per pack that lacks some. */
  z.strictObject({
    status: z.literal('missing'),
    packs: z.array(z.strictObject({ languages: z.array(z.string()), missing: z.array(PackMissingSchema) })),
  }),
  /** The request does not fit the workspace (no such visit or language), or no workspace is open. */
  z.strictObject({ status: z.literal('refused'), message: z.string() }),
  z.strictObject({ status: z.literal('failed'), message: z.string() }),
]);
export type PackExportOutcome = z.infer<typeof PackExportOutcomeSchema>;

export const PACK_EXPORT_PHASES = ['preparing', 'typesetting', 'writing', 'saving'] as const;

/** Sent while a job runs: which pack, at which stage, and how far the whole job is. */
export const PackExportProgressSchema = z.strictObject({
  jobId: JobIdSchema,
  phase: z.enum(PACK_EXPORT_PHASES),
  /** 0-based index of the pack being made, and how many the job makes. */
  pack: z.number().int().min(0),
  packs: z.number().int().min(1),
  fileName: z.string(),
  /** The whole job, 0 to 1. */
  fraction: z.number().min(0).max(1),
});
export type PackExportProgress = z.infer<typeof PackExportProgressSchema>;

export const CancelPackExportSchema = z.strictObject({ jobId: JobIdSchema });

/** A file the host wrote in this session; any other path is refused. */
export const ExportedFileSchema = z.strictObject({ path: z.string().min(1).max(4096) });
