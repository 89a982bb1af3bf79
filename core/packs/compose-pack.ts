// Runs anywhere (core): request → checked → template → document. The parts every pack
// shares are set here: title, language, author (the host organisation), page and margins,
// the running footer with the visit, its dates and "X / Y".
import type { TypesetDocument } from '../typeset/document-schema';
import type { Workspace } from '../model/workspace';
import { PackRequestError, type PackBuild } from './build-pack-document';
import { createPackContext, type PackContext } from './pack-context';
import { packFileName } from './pack-file-name';
import type { PackRequest, PackTemplate } from './pack-request';
import { packRequestProblems } from './pack-request-problems';
import { settleDirections } from './settle-directions';
import { handout } from './templates/handout';
import { interpreterSheet } from './templates/interpreter-sheet';
import { itinerarySheet } from './templates/itinerary-sheet';
import { staffBrief } from './templates/staff-brief';
import type { TemplateResult } from './templates/template-result';
import { visitDates, visitTitle } from './visit-texts';

const TEMPLATES: Record<PackTemplate, (ctx: PackContext) => TemplateResult> = {
  handout,
  staff: staffBrief,
  interpreter: interpreterSheet,
  itinerary: itinerarySheet,
};

/** Margins in points: the handout is read at leisure and gets more white. */
const GENEROUS = { top: 72, right: 66, bottom: 66, left: 66 };
const WORKING = { top: 62, right: 54, bottom: 58, left: 54 };
const COMPACT = { top: 54, right: 46, bottom: 50, left: 46 };

export function composePack(workspace: Workspace, request: PackRequest, now: Date, logo?: string): PackBuild {
  const problems = packRequestProblems(workspace, request);
  if (problems.length > 0) throw new PackRequestError(problems.join('; '));
  const ctx = createPackContext(workspace, request, now);
  const result = TEMPLATES[ctx.template](ctx);
  const cover = result.cover?.();
  if (ctx.texts.missing.length > 0 && request.fillMissing !== 'zh') return { ok: false, missing: ctx.texts.missing };

  const t = ctx.target;
  const title = visitTitle(ctx, t);
  const document: TypesetDocument = {
    title: `${title} · ${ctx.labels.kind[ctx.template]}`,
    lang: t,
    author: ctx.labels.host,
    subject: ctx.labels.kind[ctx.template],
    page: { size: 'A4', margin: result.generous ? GENEROUS : result.compact ? COMPACT : WORKING },
    header: result.header,
    // The visit's title may be shortened to fit; its dates and the page number never are.
    footer: { start: title, end: `${visitDates(ctx, t)} · {page} / {pages}` },
    blocks: result.blocks,
  };
  if (cover) document.cover = logo ? { ...cover, logo } : cover;
  return {
    ok: true,
    document: settleDirections(document),
    fileName: packFileName(ctx.visit, ctx.template, request.languages, ctx.layout),
    report: { filled: [...ctx.texts.filled], sections: result.sections, warnings: [...ctx.texts.warnings] },
  };
}
