// Runs in Node: how `briefing pack` makes a PDF: the app's export job runner
// (core/ipc/pack-export-jobs.ts), the same pipeline as the desktop app's, with the
// typesetter inline (a command has no window to keep responsive), the output path the user
// gave instead of a dialog, and the one durable write (electron/files/). A cancel (Ctrl+C) stops the job and
// leaves no file.
import { readFileSync } from 'node:fs';
import { assertNever } from '../../../core/assert-never';
import { CliError } from '../cli-command';
import { PackExportJobs } from '../../../core/ipc/pack-export-jobs';
import type { ExportedPack, PackExportProgress } from '../../../core/ipc/pack-schemas';
import type { PackMissing } from '../../../core/packs/build-pack-document';
import type { PackRequest } from '../../../core/packs/pack-request';
import { inlineTypesetter } from '../../packs/export-job-inline';
import { writeFileDurably } from '../../files/write-file-durably';
import type { Workspace } from '../../../core/model/workspace';

export type CliPackOutcome =
  | { status: 'done'; file: ExportedPack & { path: string } }
  | { status: 'missing'; missing: PackMissing[] }
  | { status: 'refused'; message: string }
  | { status: 'cancelled' };

export interface CliPackOptions {
  /** The workspace file's folder: pictures (and the workspace's logo) are read relative to it. */
  workspaceDir: string;
  /** A PNG or JPEG file for the handout cover's logo, instead of the workspace's. */
  logo?: string;
  now?: Date;
  onProgress?: (progress: PackExportProgress) => void;
  /** Aborting it cancels the job. */
  signal?: AbortSignal;
}

/** A picture file as the data URL the engine takes for a cover logo. */
export function logoDataUrl(path: string): string {
  const type = /\.png$/i.test(path) ? 'image/png' : 'image/jpeg';
  return `data:${type};base64,${readFileSync(path).toString('base64')}`;
}

let jobCounter = 0;

/** One pack, written to `outPath`; throws only for what is not the user's doing (a failed write, say). */
export async function exportPackFile(doc: Workspace, request: PackRequest, outPath: string, options: CliPackOptions): Promise<CliPackOutcome> {
  const typesetter = inlineTypesetter();
  const jobs = new PackExportJobs({
    workspace: () => ({ doc, imageRoot: options.workspaceDir }),
    destinations: async () => ({ targets: [outPath], folder: null }),
    typesetter,
    save: async (target, pdf) => {
      await writeFileDurably(target, pdf, { mode: 0o644 });
      return target;
    },
    send: (progress) => options.onProgress?.(progress),
    ...(options.now ? { now: () => options.now! } : {}),
    ...(options.logo ? { logo: logoDataUrl(options.logo) } : {}),
  });
  const jobId = `cli-${process.pid}-${++jobCounter}`;
  const cancel = () => void jobs.cancel(jobId);
  if (options.signal?.aborted) return { status: 'cancelled' };
  options.signal?.addEventListener('abort', cancel, { once: true });
  try {
    const outcome = await jobs.export({ jobId, packs: [request] });
    switch (outcome.status) {
      case 'done':
        return { status: 'done', file: { ...outcome.files[0]!, path: outcome.files[0]!.path ?? outPath } };
      case 'missing':
        return { status: 'missing', missing: outcome.packs.flatMap((pack) => pack.missing) };
      case 'refused':
        return { status: 'refused', message: outcome.message };
      case 'cancelled':
      case 'dismissed':
        return { status: 'cancelled' };
      case 'failed':
        // The job removed what it had started (a full disk, say): one line, exit 1.
        throw new CliError(`${outcome.message}; nothing was written`, 1);
      default:
        return assertNever(outcome, 'export outcome');
    }
  } finally {
    options.signal?.removeEventListener('abort', cancel);
    await jobs.dispose();
  }
}
