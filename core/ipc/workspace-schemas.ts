// Runs anywhere (core): the payloads of the workspace actions: which workspace is open and
// what happened when it was opened, a command and its outcome, and the file actions
// (new, open, open sample, save as, open recent) each host carries out its own way.
import { z } from 'zod';
import { parseCommand } from '../model/apply-command';
import type { Command } from '../model/commands';
import { WorkspaceContentSchema } from '../model/workspace-content';
import { FailingStorageSchema } from './storage-schemas';

const PathIssueSchema = z.strictObject({ path: z.string(), message: z.string() });

/**
 * What opening did beyond reading the file: recovery from a backup, migration, files set
 * aside, journal replay. Mirrors the store's OpenReport; `fallback` says that the file
 * asked for could not be opened and which one was opened instead.
 */
export const OpenReportSchema = z.strictObject({
  outcome: z.enum(['opened', 'created', 'recovered']),
  migratedFrom: z.number().int().nullable(),
  preMigrationCopy: z.string().optional(),
  recoveredFrom: z.strictObject({ backup: z.string(), revision: z.number().int(), takenAt: z.string() }).optional(),
  setAside: z.array(z.strictObject({ original: z.string(), movedTo: z.string(), reason: z.string() })),
  journal: z.strictObject({ replayed: z.number().int(), droppedUnfinishedEntry: z.boolean(), problem: z.string().optional() }),
  /** The store's own sentences, in English: the technical detail under the translated summary. */
  notices: z.array(z.string()),
  fallback: z.strictObject({ wanted: z.string(), problem: z.string() }).optional(),
});
export type OpenReportPayload = z.infer<typeof OpenReportSchema>;

/** Where a workspace lives: a file on disk (desktop) or an entry in browser storage (web). */
export const WorkspaceFileSchema = z.strictObject({
  /** What the user calls it: the file name. */
  name: z.string(),
  /** The full path on disk; the storage key in the browser. Shown, never typed by the user. */
  path: z.string(),
  location: z.enum(['file', 'browser']),
  /** A copy of the bundled sample workspace. */
  isSample: z.boolean(),
});
export type WorkspaceFile = z.infer<typeof WorkspaceFileSchema>;

export const RecentWorkspaceSchema = z.strictObject({ name: z.string(), path: z.string() });
export type RecentWorkspace = z.infer<typeof RecentWorkspaceSchema>;

export const WORKSPACE_PROBLEM_CODES = ['locked', 'too-new', 'unrecoverable', 'not-found', 'not-a-workspace', 'unreadable'] as const;
export const WorkspaceProblemSchema = z.strictObject({
  code: z.enum(WORKSPACE_PROBLEM_CODES),
  /** The host's explanation in English, with the file's name. */
  message: z.string(),
});
export type WorkspaceProblemPayload = z.infer<typeof WorkspaceProblemSchema>;

export const WorkspaceStatusSchema = z.discriminatedUnion('open', [
  z.strictObject({
    open: z.literal(true),
    file: WorkspaceFileSchema,
    title: z.string(),
    revision: z.number().int().min(0),
    /** What happened when this workspace was opened; null when nothing out of the ordinary did. */
    report: OpenReportSchema.nullable(),
    recent: z.array(RecentWorkspaceSchema),
    /**
     * Set while the host cannot write this workspace: a page that opens (or reloads) after
     * the storageProblem event was sent still says so at once.
     */
    storage: FailingStorageSchema.optional(),
  }),
  z.strictObject({
    open: z.literal(false),
    problem: WorkspaceProblemSchema,
    recent: z.array(RecentWorkspaceSchema),
  }),
]);
export type WorkspaceStatus = z.infer<typeof WorkspaceStatusSchema>;

/**
 * The whole document, checked for shape. Its cross-references were checked by the store
 * that holds it; repeating that walk on every read would only slow large workspaces down.
 */
export const WorkspaceSnapshotSchema = z.strictObject({
  status: WorkspaceStatusSchema,
  doc: WorkspaceContentSchema.nullable(),
});
export type WorkspaceSnapshot = z.infer<typeof WorkspaceSnapshotSchema>;

/** A command exactly as the model defines it, explained by its own type's schema when wrong. */
export const CommandRequestSchema = z.custom<Command>().superRefine((raw, ctx) => {
  const parsed = parseCommand(raw);
  if (!parsed.ok) {
    for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: `${issue.path}: ${issue.message}`, input: raw });
  }
});

export const COMMAND_ERROR_CODES = ['invalid-command', 'not-found', 'conflict', 'write-failed', 'closed', 'no-workspace'] as const;
export const CommandErrorSchema = z.strictObject({
  code: z.enum(COMMAND_ERROR_CODES),
  message: z.string(),
  issues: z.array(PathIssueSchema),
});
export type CommandErrorPayload = z.infer<typeof CommandErrorSchema>;

/**
 * Applied: the revision it produced and the change context (when, by whom), so the
 * renderer can apply the same command to its copy and arrive at the same document.
 * Rejected: the model's (or the store's) reason; nothing was changed.
 */
export const CommandOutcomeSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('applied'), revision: z.number().int().min(1), at: z.iso.datetime(), by: z.string() }),
  z.strictObject({ status: z.literal('rejected'), error: CommandErrorSchema }),
]);
export type CommandOutcome = z.infer<typeof CommandOutcomeSchema>;

export const FileActionSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('new') }),
  z.strictObject({ action: z.literal('open') }),
  z.strictObject({ action: z.literal('openSample') }),
  z.strictObject({ action: z.literal('saveAs') }),
  /** Only a path the host itself listed as recent is opened. */
  z.strictObject({ action: z.literal('openRecent'), path: z.string().min(1).max(4096) }),
]);
export type FileAction = z.infer<typeof FileActionSchema>;

export const FileActionOutcomeSchema = z.discriminatedUnion('status', [
  /** `saved` for save as in the browser, where the copy is downloaded and the workspace stays. */
  z.strictObject({ status: z.literal('done'), workspace: WorkspaceStatusSchema, saved: z.string().optional() }),
  z.strictObject({ status: z.literal('cancelled') }),
  z.strictObject({ status: z.literal('failed'), error: WorkspaceProblemSchema }),
]);
export type FileActionOutcome = z.infer<typeof FileActionOutcomeSchema>;
