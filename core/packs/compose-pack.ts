// Runs anywhere (core): request → checked → the template's view of the workspace → template
// → document. Public templates are given the public view (public-view.ts), never the
// workspace. The parts every pack shares are set here: title, language, author (the host
// organisation), page and margins, the running footer with the visit, its dates and
// "X / Y"; then one pass settles the direction of mixed-language lines.
import type { TypesetDocument } from '../typeset/document-schema';
import type { Workspace } from '../model/workspace';
import { assertNever } from '../assert-never';
import { PackRequestError, type BuildPackOptions, type PackBuild } from './pack-build';
import { createPackContext } from './pack-context';
import { packFileName } from './pack-file-name';
import { hostLogo } from './pack-host';
import type { PackRequest } from './pack-request';
import { packRequestProblems } from './pack-request-problems';
import { printTags } from './print-tags';
import { publicView, staffView, type WorkspaceView } from './public-view';
import { settleDirections } from './settle-directions';
import type { Audience } from './templates/pack-template';
import { templateSpec } from './templates/registry';
import { visitDates, visitTitle } from './visit-texts';

/** What a template of this audience may read of the workspace. */
export function viewFor(audience: Audience, workspace: Workspace): WorkspaceView {
  switch (audience) {
    case 'public':
      return publicView(workspace);
    case 'staff':
      return staffView(workspace);
    default:
      return assertNever(audience, 'audience');
  }
}

export function composePack(workspace: Workspace, request: PackRequest, options: BuildPackOptions = {}): PackBuild {
  const problems = packRequestProblems(workspace, request);
  if (problems.length > 0) throw new PackRequestError(problems.join('; '));
  const spec = templateSpec(request.template);
  const ctx = createPackContext(viewFor(spec.audience, workspace), request, options.now ?? new Date(), spec.names);
  const result = spec.compose(ctx);
  const cover = result.cover?.();
  if (ctx.texts.missing.length > 0 && request.fillMissing !== 'zh') return { ok: false, missing: ctx.texts.missing };

  const t = ctx.target;
  const title = visitTitle(ctx, t);
  const document: TypesetDocument = {
    title: `${title} · ${ctx.kind}`,
    lang: t,
    ...(ctx.labels.host ? { author: ctx.labels.host } : {}),
    subject: ctx.kind,
    page: { size: 'A4', margin: { ...spec.margins } },
    header: result.header,
    // The visit's title may be shortened to fit; its dates and the page number never are.
    footer: { start: title, end: `${visitDates(ctx, t)} · {page} / {pages}` },
    blocks: result.blocks,
  };
  const logo = options.logo ?? hostLogo(workspace);
  if (cover) document.cover = logo ? { ...cover, logo } : cover;
  return {
    ok: true,
    document: settleDirections(printTags(document, workspace.languages)),
    fileName: packFileName(ctx.visit, spec.id, request.languages, ctx.layout),
    report: { filled: [...ctx.texts.filled], sections: result.sections, warnings: [...ctx.texts.warnings] },
  };
}
