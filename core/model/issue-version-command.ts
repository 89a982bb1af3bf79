// Runs anywhere (core): "issue version": the draft stops frozen as version N + 1, dated
// and signed from the change context. Issuing the same stops twice is refused, so a
// double click cannot make an empty version.
import { reject } from './command-result';
import type { CommandOf } from './commands';
import { freezeStop } from './freeze-stops';
import { updateIn } from './immutable';
import type { ChangeContext } from './segment';
import type { Visit } from './visits';
import type { Workspace } from './workspace';

export function issueVersion(doc: Workspace, command: CommandOf<'issueVersion'>, ctx: ChangeContext): Workspace {
  const index = doc.visits.findIndex((v) => v.id === command.visitId);
  if (index < 0) reject('not-found', `No visit has the id "${command.visitId}"`, [{ path: '$.visitId', message: 'not a visit' }]);
  const visit = doc.visits[index]!;
  const stops = visit.stops.map((stop) => freezeStop(stop, doc.languages.source.code));
  const last = visit.issuedVersions.at(-1);
  if (last && JSON.stringify(last.stops) === JSON.stringify(stops)) {
    reject('conflict', `Nothing has changed since version ${last.number} of visit "${visit.id}"`, [{ path: '$.visitId', message: 'no change to issue' }]);
  }
  const version = { number: (last?.number ?? 0) + 1, issuedAt: ctx.at, issuedBy: ctx.by, comment: command.comment, stops };
  return updateIn(doc, ['visits', index], (v: Visit) => ({ ...v, issuedVersions: [...v.issuedVersions, version] }));
}
