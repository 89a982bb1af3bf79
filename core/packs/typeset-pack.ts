// Runs anywhere (core): a pack from request to PDF bytes, with progress and cancellation,
// for both hosts: the main process (electron/packs/export-pack.ts adds the file) and the
// browser host (which hands the bytes to a download). Between steps it yields to the event
// loop, so a cancel message can arrive; a cancelled build throws the signal's reason.
import type { EngineAssets } from '../typeset/engine-assets';
import { writeLaidOut } from '../render/typeset-to-pdf';
import { layoutDocument } from '../typeset/layout/layout-document';
import type { TypesetWarning } from '../typeset/layout/build-blocks';
import { parseDocument } from '../typeset/parse-document';
import { typesetEngine } from '../typeset/typeset-engine';
import type { Workspace } from '../model/workspace';
import { buildPackDocument, type PackMissing, type PackReport } from './build-pack-document';
import type { PackRequest } from './pack-request';

export type PackPhase = 'compose' | 'layout' | 'write' | 'save' | 'done';

export interface PackProgress {
  phase: PackPhase;
  /** 0 to 1 over the whole export. */
  fraction: number;
}

/** What core needs of an AbortSignal (core is typed without DOM or Node globals). */
export interface CancelSignal {
  readonly aborted: boolean;
  readonly reason?: unknown;
}

export interface TypesetPackOptions {
  signal?: CancelSignal;
  onProgress?: (progress: PackProgress) => void;
  /** "Printed on" date and the PDF's creation date; default now. */
  now?: Date;
  /** The host's logo for the handout's cover (a data URL, or a path assets.resolveImage reads). */
  logo?: string;
  /**
   * Lets the host's event loop run between steps (Node: setImmediate, a browser:
   * setTimeout), so that a cancel can arrive. Default: a microtask only.
   */
  yieldToHost?: () => Promise<void>;
}

/** Thrown when the signal is aborted: its reason, or an AbortError. */
export function cancelled(signal: CancelSignal): unknown {
  if (signal.reason !== undefined) return signal.reason;
  const error = new Error('The pack export was cancelled');
  error.name = 'AbortError';
  return error;
}

export type TypesetPackResult =
  | { ok: true; pdf: Uint8Array; pages: number; fileName: string; report: PackReport; warnings: TypesetWarning[] }
  | { ok: false; missing: PackMissing[] };

/** Fractions at the start of each phase (layout and writing take most of the time). */
export const PHASE_START: Record<PackPhase, number> = { compose: 0, layout: 0.1, write: 0.6, save: 0.95, done: 1 };


export async function typesetPack(workspace: Workspace, request: PackRequest, assets: EngineAssets, options: TypesetPackOptions = {}): Promise<TypesetPackResult> {
  const { signal, onProgress } = options;
  const now = options.now ?? new Date();
  const yieldToHost = options.yieldToHost ?? (() => Promise.resolve());
  const check = () => {
    if (signal?.aborted) throw cancelled(signal);
  };
  const step = async (phase: PackPhase) => {
    check();
    onProgress?.({ phase, fraction: PHASE_START[phase] });
    await yieldToHost();
    check();
  };
  await step('compose');
  const build = buildPackDocument(workspace, request, { now, ...(options.logo ? { logo: options.logo } : {}) });
  if (!build.ok) return build;
  await step('layout');
  const engine = await typesetEngine(assets);
  const { document, warnings } = layoutDocument(engine, parseDocument(build.document), assets.resolveImage);
  await step('write');
  const pdf = await writeLaidOut(document, assets, { creationDate: now });
  check();
  return { ok: true, pdf, pages: document.pages.length, fileName: build.fileName, report: build.report, warnings };
}
