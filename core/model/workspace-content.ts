// Runs anywhere (core): the shape of a workspace's content, shared by the schema (which
// adds the integrity rules) and the walkers that only need the plain structure.
import { z } from 'zod';
import { DelegationSchema } from './delegations';
import { GlossarySchema } from './glossary';
import { HostSchema } from './host';
import { LanguagesSchema } from './language';
import { LibrarySchema } from './library';
import { CURRENT_SCHEMA_VERSION, WORKSPACE_FORMAT } from './schema-version';
import { TravelTimeSchema, VenueSchema } from './venues';
import { VisitSchema } from './visits';
import { nonBlank, TimestampSchema } from './text-rules';

export const WorkspaceMetaSchema = z.strictObject({
  title: nonBlank(200),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});

export const WorkspaceContentSchema = z.strictObject({
  format: z.literal(WORKSPACE_FORMAT),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  /** Grows by one with every command applied; a journal entry names the revision it produces. */
  revision: z.number().int().min(0),
  meta: WorkspaceMetaSchema,
  languages: LanguagesSchema,
  library: LibrarySchema,
  glossary: GlossarySchema,
  venues: z.array(VenueSchema),
  travelTimes: z.array(TravelTimeSchema),
  delegations: z.array(DelegationSchema),
  visits: z.array(VisitSchema),
  /** The host organisation printed on packs (optional: added without a schema version). */
  host: HostSchema.optional(),
});
export type WorkspaceContent = z.infer<typeof WorkspaceContentSchema>;
