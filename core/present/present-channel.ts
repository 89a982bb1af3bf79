// Runs anywhere (core): the messages between the presenter and the audience view. The
// presenter sends the public deck and where the talk is; the audience asks for them when it
// opens and forwards the keys pressed on it (a clicker aimed at the projector's window). No
// message can carry a note: each is parsed against its strict schema on both ends.
import { z } from 'zod';
import { SLIDE_LAYOUTS } from './language-layouts';
import { PublicDeckSchema } from './public-slide';

export const PRESENT_CHANNEL_PREFIX = 'briefing-desk-present:';
export const SessionIdSchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'must be 8–64 letters, digits or "-"');

export const ShowStateSchema = z.strictObject({
  deckId: z.string().max(200),
  index: z.number().int().min(0),
  blank: z.enum(['black', 'white']).nullable(),
  layout: z.enum(SLIDE_LAYOUTS),
});
export type ShowState = z.infer<typeof ShowStateSchema>;

export const PresenterMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('deck'), deck: PublicDeckSchema }),
  z.strictObject({ type: z.literal('show'), state: ShowStateSchema }),
  z.strictObject({ type: z.literal('end') }),
]);
export type PresenterMessage = z.infer<typeof PresenterMessageSchema>;

export const AudienceMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('hello') }),
  z.strictObject({
    type: z.literal('key'),
    key: z.string().max(20),
    ctrlKey: z.boolean(),
    metaKey: z.boolean(),
    altKey: z.boolean(),
  }),
]);
export type AudienceMessage = z.infer<typeof AudienceMessageSchema>;

export function channelName(session: string): string {
  return `${PRESENT_CHANNEL_PREFIX}${SessionIdSchema.parse(session)}`;
}
