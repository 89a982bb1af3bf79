// Runs anywhere (core): the one contract between renderer and main. Every action the
// renderer may ask of its host is listed here with zod schemas for request and response;
// the preload exposes exactly these methods, main registers exactly these channels, and
// the browser host implements the same methods in-page.
import { z } from 'zod';
import { SettingsPatchSchema, SettingsSchema } from '../settings/settings';
import type { IpcResult } from './ipc-result';

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
} as const satisfies Record<string, { channel: string; request: z.ZodType; response: z.ZodType }>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type RequestOf<M extends MethodName> = z.input<Contract[M]['request']>;
export type ResponseOf<M extends MethodName> = z.output<Contract[M]['response']>;

/** `window.briefing`: one method per action. Methods without arguments take none. */
export type BriefingApi = {
  [M in MethodName]: RequestOf<M> extends undefined
    ? () => Promise<IpcResult<ResponseOf<M>>>
    : (request: RequestOf<M>) => Promise<IpcResult<ResponseOf<M>>>;
};

/** What a host implements: payloads arrive already validated. */
export type Handlers = {
  [M in MethodName]: (request: z.output<Contract[M]['request']>) => Promise<ResponseOf<M>> | ResponseOf<M>;
};

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function methodForChannel(channel: string): MethodName | undefined {
  return METHOD_NAMES.find((name) => contract[name].channel === channel);
}
