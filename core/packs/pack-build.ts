// Runs anywhere (core): what building a pack gives: the document and its report, or the
// translations it lacks; and the error for a request that does not fit the workspace.
// Types only (and the error class), so every step of the pipeline can name them without
// importing the pipeline.
import type { TypesetDocument } from '../typeset/document-schema';

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
  /**
   * The host organisation's logo for the handout's cover: a data URL (PNG or JPEG) or a
   * path the host resolves. Default: the workspace's host logo, if it has one.
   */
  logo?: string;
}
