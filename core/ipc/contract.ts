// Runs anywhere (core): the one contract between renderer and main. Every action the
// renderer may ask of its host is listed here with zod schemas for request and response;
// the preload exposes exactly these methods, main registers exactly these channels, and
// the browser host implements the same methods in-page.
import { z } from 'zod';
import { SettingsPatchSchema, SettingsSchema } from '../settings/settings';
import type { IpcResult } from './ipc-result';
import { StorageStatusSchema } from './storage-schemas';
import {
  CancelPackExportSchema,
  ExportedFileSchema,
  PackExportOutcomeSchema,
  PackExportProgressSchema,
  PackExportRequestSchema,
} from './pack-schemas';
import {
  CommandOutcomeSchema,
  CommandRequestSchema,
  FileActionOutcomeSchema,
  FileActionSchema,
  WorkspaceSnapshotSchema,
  WorkspaceStatusSchema,
} from './workspace-schemas';

/** Only https links may leave the app, and only to the system browser. */
export const ExternalUrlSchema = z
  .string()
  .max(2048)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && url.username === '' && url.password === '' && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'must be an https URL without credentials');

export const AppInfoSchema = z
  .object({
    name: z.string(),
    version: z.string(),
    host: z.enum(['electron', 'web']),
    platform: z.string(),
  })
  .strict();
export type AppInfo = z.infer<typeof AppInfoSchema>;

const NoArguments = z.undefined();

export const contract = {
  getAppInfo: { channel: 'app:get-info', request: NoArguments, response: AppInfoSchema },
  getSettings: { channel: 'settings:get', request: NoArguments, response: SettingsSchema },
  updateSettings: { channel: 'settings:update', request: SettingsPatchSchema, response: SettingsSchema },
  openExternal: {
    channel: 'shell:open-external',
    request: z.object({ url: ExternalUrlSchema }).strict(),
    response: z.object({ opened: z.boolean() }).strict(),
  },
  /** The open workspace (the whole document) and where it lives; doc is null when none could be opened. */
  getWorkspace: { channel: 'store:get', request: NoArguments, response: WorkspaceSnapshotSchema },
  /** One typed command, applied and durably saved by the host's store before it answers. */
  applyCommand: { channel: 'store:apply-command', request: CommandRequestSchema, response: CommandOutcomeSchema },
  /** New, Open…, Open sample, Save as…, Open recent: the host shows its own dialogs. */
  workspaceFile: { channel: 'store:file', request: FileActionSchema, response: FileActionOutcomeSchema },
  /**
   * Typesets one pack or a batch and saves them where the user chooses (main's dialog;
   * a download in the browser). Answers when the job ends; `packExportProgress` events
   * carry the job's progress meanwhile, and `cancelPackExport` stops it.
   */
  exportPacks: { channel: 'packs:export', request: PackExportRequestSchema, response: PackExportOutcomeSchema },
  cancelPackExport: {
    channel: 'packs:cancel',
    request: CancelPackExportSchema,
    response: z.object({ cancelled: z.boolean() }).strict(),
  },
  /** Opens a PDF this session exported, in the system's viewer (desktop only). */
  openPackFile: { channel: 'packs:open-file', request: ExportedFileSchema, response: z.object({ opened: z.boolean() }).strict() },
  /** Shows a PDF this session exported in its folder (desktop only). */
  showPackInFolder: {
    channel: 'packs:show-in-folder',
    request: ExportedFileSchema,
    response: z.object({ shown: z.boolean() }).strict(),
  },
} as const satisfies Record<string, { channel: string; request: z.ZodType; response: z.ZodType }>;

/**
 * What the host tells the page without being asked: the workspace was replaced (File menu,
 * another action) and must be read again; a pack export moved on. Main sends these to the
 * app window only.
 */
export const hostEvents = {
  workspaceChanged: { channel: 'store:changed', payload: WorkspaceStatusSchema },
  /** How far a pack export job is (see `exportPacks`). */
  packExportProgress: { channel: 'packs:export-progress', payload: PackExportProgressSchema },
  /** A write of the workspace failed (what, why), or all writes have caught up again. */
  storageProblem: { channel: 'store:storage-problem', payload: StorageStatusSchema },
} as const satisfies Record<string, { channel: string; payload: z.ZodType }>;

export type HostEventName = keyof typeof hostEvents;
export type HostEventPayload<E extends HostEventName> = z.output<(typeof hostEvents)[E]['payload']>;
export const HOST_EVENT_NAMES = Object.keys(hostEvents) as HostEventName[];

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type RequestOf<M extends MethodName> = z.input<Contract[M]['request']>;
export type ResponseOf<M extends MethodName> = z.output<Contract[M]['response']>;

/** `window.briefing`: one method per action (methods without arguments take none), plus `onHostEvent`. */
export type BriefingApi = {
  [M in MethodName]: RequestOf<M> extends undefined
    ? () => Promise<IpcResult<ResponseOf<M>>>
    : (request: RequestOf<M>) => Promise<IpcResult<ResponseOf<M>>>;
} & {
  /** Calls `listener` with each event of that name; returns the function that stops it. */
  onHostEvent<E extends HostEventName>(event: E, listener: (payload: HostEventPayload<E>) => void): () => void;
};

/** What a host implements: payloads arrive already validated. */
export type Handlers = {
  [M in MethodName]: (request: z.output<Contract[M]['request']>) => Promise<ResponseOf<M>> | ResponseOf<M>;
};

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

/** Every key of `window.briefing`: the methods, and the one way to hear host events. */
export const API_KEYS: readonly string[] = [...METHOD_NAMES, 'onHostEvent'];

export function methodForChannel(channel: string): MethodName | undefined {
  return METHOD_NAMES.find((name) => contract[name].channel === channel);
}
