// Runs anywhere (core): a briefing pack as a document of the typesetting engine: the
// request is checked against the workspace, the template composes the blocks in the
// chosen languages and layout, and every translation used is checked: a missing or
// unreviewed one stops the build with the list of them, unless the request fills them
// with Chinese, in which case each filled place is marked in the document and reported.
import type { TypesetDocument } from '../typeset/document-schema';
import type { Workspace } from '../model/workspace';
import type { PackRequest } from './pack-request';
import { composePack } from './compose-pack';

/** A translation the pack needs that is missing or not reviewed. */
export interface PackMissing {
  /** JSON path of the segment in the workspace, e.g. `$.library.sections[0].blocks[1].text`. */
  segmentPath: string;
  /** Where it is, for people: `Overview › paragraph: “朝阳区位于…”`. */
  segmentLabel: string;
  language: string;
  /** The translation's status: "missing", "draft" or "translated". */
  status: string;
}

export interface PackReport {
  /** Places printed in Chinese because the translation was missing or unreviewed (fillMissing 'zh'). */
  filled: { segmentPath: string; language: string }[];
  /** Ids of the library sections printed, in order. */
  sections: string[];
  /** Things worth knowing that did not stop the build (a name with no form in the language, say). */
  warnings: string[];
}

export type PackBuild =
  | { ok: true; document: TypesetDocument; fileName: string; report: PackReport }
  | { ok: false; missing: PackMissing[] };

/** The request cannot be built at all: unknown visit, template, language or section. */
export class PackRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackRequestError';
  }
}

export interface BuildPackOptions {
  /** "Printed on" date of the footer; default now. Fixed in tests. */
  now?: Date;
  /** The host organisation's logo for the handout's cover: a data URL (PNG or JPEG) or a path the host resolves. */
  logo?: string;
}

/**
 * Throws PackRequestError when the request does not fit the workspace (see
 * `packRequestProblems` to ask first); otherwise returns the document or the missing list.
 */
export function buildPackDocument(workspace: Workspace, request: PackRequest, options: BuildPackOptions = {}): PackBuild {
  return composePack(workspace, request, options.now ?? new Date(), options.logo);
}

export { packRequestProblems } from './pack-request-problems';
