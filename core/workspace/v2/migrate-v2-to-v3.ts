// Runs anywhere (core): schema 2 → 3. A stop's one interpreter and pair become a list of
// interpreters, each with the pair covered; a visit gets the default time zone
// (Asia/Shanghai, where every version-2 visit took place) and no issued versions yet.
// A pair without an interpreter said nothing the checks can use, so it is dropped.
import { DEFAULT_TIME_ZONE } from '../../model/time-zone';
import { MigrationError } from '../v1/migrate-v1-to-v2';
import type { z } from 'zod';
import type { WorkspaceV2Schema } from './schema-v2';

type V2 = z.infer<typeof WorkspaceV2Schema>;

export function migrateV2ToV3(v2: V2, sourceLanguage: string): Record<string, unknown> {
  const delegations = new Map(v2.delegations.map((d) => [d.id, d]));
  const visits = v2.visits.map((visit, v) => {
    const delegation = delegations.get(visit.delegationId);
    const stops = visit.stops.map((stop, s) => {
      const { interpreterId, languagePair, ...rest } = stop;
      if (interpreterId === null) return { ...rest, interpreters: [] };
      const interpreter = delegation?.interpreters.find((i) => i.id === interpreterId);
      const delegationLanguage = delegation?.primaryLanguages.find((code) => code !== sourceLanguage);
      const pair = languagePair ?? interpreter?.pairs[0] ?? (delegationLanguage ? [sourceLanguage, delegationLanguage] : undefined);
      if (!pair) throw new MigrationError(['visits', v, 'stops', s, 'languagePair'], `stop "${String(stop.id)}" names interpreter "${interpreterId}" but no language pair can be found for them`);
      return { ...rest, interpreters: [{ interpreterId, pair: [pair[0], pair[1]] }] };
    });
    return { ...visit, timeZone: DEFAULT_TIME_ZONE, stops, issuedVersions: [] };
  });
  return { ...v2, schemaVersion: 3, visits };
}
