// Runs anywhere (core): schema version 1, the prototype format: translations were plain
// strings (no status, no author), "internal" was a flag, key figures kept their number
// as text ("2,570", "50,000+"), segments had no ids. Kept only to migrate old files.
import { z } from 'zod';

const Texts = z.record(z.string(), z.string());
const Id = z.string().min(1);

const BlockV1 = z.discriminatedUnion('kind', [
  z.object({ id: Id, kind: z.literal('heading'), internal: z.boolean(), text: Texts }),
  z.object({ id: Id, kind: z.literal('paragraph'), internal: z.boolean(), text: Texts }),
  z.object({ id: Id, kind: z.literal('bullets'), internal: z.boolean(), items: z.array(Texts) }),
  z.object({ id: Id, kind: z.literal('figures'), internal: z.boolean(), figures: z.array(z.object({ value: z.string(), label: Texts })) }),
]);

export const WorkspaceV1Schema = z.object({
  format: z.literal('briefing-desk-workspace'),
  schemaVersion: z.literal(1),
  title: z.string().min(1),
  savedAt: z.iso.datetime(),
  languages: z.array(z.string()),
  sections: z.array(z.object({ id: Id, title: Texts, blocks: z.array(BlockV1) })),
  glossary: z.array(z.object({ id: Id, zh: z.string().min(1), translations: Texts, note: z.string() })),
  venues: z.array(z.object({ id: Id, name: Texts, address: z.string(), kind: z.enum(['station', 'point', 'office', 'other']) })),
  travel: z.array(z.object({ a: Id, b: Id, minutes: z.number().int().min(0) })),
  delegations: z.array(
    z.object({
      id: Id,
      name: Texts,
      country: z.string(),
      kind: z.enum(['parliamentary', 'ambassadors', 'party', 'seminar']),
      languages: z.array(z.string()),
      members: z.array(z.object({ name: z.string(), latinName: z.string(), title: Texts })),
      interpreters: z.array(z.object({ name: z.string(), pairs: z.array(z.string().regex(/^[a-z]{2,3}-[a-z]{2,3}$/)) })),
      notes: z.array(z.string()),
    }),
  ),
  visits: z.array(
    z.object({
      id: Id,
      delegationId: Id,
      title: Texts,
      dates: z.tuple([z.iso.date(), z.iso.date()]),
      stops: z.array(
        z.object({
          id: Id,
          date: z.iso.date(),
          start: z.string(),
          end: z.string(),
          venueId: Id,
          activity: Texts,
          hosts: z.string(),
          speakers: z.string(),
          interpreter: z.string().nullable(),
          note: Texts.nullable(),
          internalNote: z.string().nullable(),
        }),
      ),
      sections: z.array(Id),
    }),
  ),
});
export type WorkspaceV1 = z.infer<typeof WorkspaceV1Schema>;
