// Runs anywhere (core): the first step of a pack export, the same in both hosts: build the
// document of every pack asked for, on the host's own copy of the workspace. Nothing is
// typeset or written unless every pack can be built: a request that does not fit the
// workspace is refused, and missing translations are listed, pack by pack.
import type { Workspace } from '../model/workspace';
import { buildPackDocument, PackRequestError, type BuildPackOptions, type PackReport } from '../packs/build-pack-document';
import type { PackRequest } from '../packs/pack-request';
import type { TypesetDocument } from '../typeset/document-schema';
import type { PackExportOutcome } from './pack-schemas';

export interface PlannedPack {
  request: PackRequest;
  document: TypesetDocument;
  /** Unique within the job. */
  fileName: string;
  report: PackReport;
}

export type PackExportPlan =
  | { ok: true; packs: PlannedPack[] }
  | { ok: false; outcome: Extract<PackExportOutcome, { status: 'missing' | 'refused' }> };

/** `name.pdf`, `name-2.pdf`, … so that no pack of a batch overwrites another. */
function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = name.replace(/(\.pdf)?$/i, `-${n}.pdf`);
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** `options.logo`: a cover logo instead of the workspace's (the command's --logo). */
export function planPackExport(workspace: Workspace | null, requests: readonly PackRequest[], now: Date, options: Pick<BuildPackOptions, 'logo'> = {}): PackExportPlan {
  if (!workspace) return { ok: false, outcome: { status: 'refused', message: 'No workspace is open' } };
  const planned: PlannedPack[] = [];
  const missing: Extract<PackExportOutcome, { status: 'missing' }>['packs'] = [];
  const taken = new Set<string>();
  for (const request of requests) {
    let build: ReturnType<typeof buildPackDocument>;
    try {
      build = buildPackDocument(workspace, request, { ...options, now });
    } catch (error) {
      if (error instanceof PackRequestError) return { ok: false, outcome: { status: 'refused', message: error.message } };
      throw error;
    }
    if (!build.ok) missing.push({ languages: [...request.languages], missing: build.missing.map((m) => ({ ...m })) });
    else planned.push({ request, document: build.document, fileName: uniqueName(build.fileName, taken), report: build.report });
  }
  if (missing.length > 0) return { ok: false, outcome: { status: 'missing', packs: missing } };
  return { ok: true, packs: planned };
}
