// Runs anywhere (core): what schema version 3 changed in version 2, and only that: a stop
// had one `interpreterId` and one `languagePair`; a visit had no time zone and no issued
// versions. The rest of a version-2 file is read by the current schema after migration.
import { z } from 'zod';
import type { Stop, Visit } from '../../model/visits';
import type { Workspace } from '../../model/workspace';

const Pair = z.tuple([z.string(), z.string()]);

export const WorkspaceV2Schema = z.looseObject({
  schemaVersion: z.literal(2),
  delegations: z.array(z.looseObject({ id: z.string(), primaryLanguages: z.array(z.string()), interpreters: z.array(z.looseObject({ id: z.string(), pairs: z.array(Pair) })) })),
  visits: z.array(
    z.looseObject({
      delegationId: z.string(),
      stops: z.array(z.looseObject({ interpreterId: z.string().nullable(), languagePair: Pair.nullable() })),
    }),
  ),
});

export type StopV2 = Omit<Stop, 'interpreters'> & { interpreterId: string | null; languagePair: [string, string] | null };
export type VisitV2 = Omit<Visit, 'stops' | 'timeZone' | 'bufferMinutes' | 'issuedVersions'> & { stops: StopV2[] };
export type WorkspaceV2 = Omit<Workspace, 'schemaVersion' | 'visits'> & { schemaVersion: 2; visits: VisitV2[] };
