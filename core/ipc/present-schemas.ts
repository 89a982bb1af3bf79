// Runs anywhere (core): the contract's payloads for the projector: open and close the
// audience window, and what the host says about it (opened, on which display, closed).
import { z } from 'zod';
import { UI_LANGUAGES } from '../i18n/ui-languages';
import { SessionIdSchema } from '../present/present-channel';

/** Where the audience view is: full screen on an external display, or a normal window. */
export const AudienceDisplaySchema = z.enum(['external', 'window', 'closed']);
export type AudienceDisplay = z.infer<typeof AudienceDisplaySchema>;

export const OpenAudienceSchema = z.strictObject({ session: SessionIdSchema, uiLanguage: z.enum(UI_LANGUAGES) });
export type OpenAudience = z.infer<typeof OpenAudienceSchema>;

export const AudienceStatusSchema = z.strictObject({ display: AudienceDisplaySchema });
export type AudienceStatus = z.infer<typeof AudienceStatusSchema>;

/** The audience route: it reads no workspace, only what the presenter sends on the session's channel. */
export function audienceHash(request: OpenAudience): string {
  return `#/present/audience?session=${encodeURIComponent(request.session)}&ui=${encodeURIComponent(request.uiLanguage)}`;
}
