// Runs anywhere (core): pack export jobs, the one pack pipeline of the app (both hosts) and
// of `briefing pack`. A job builds every pack's document on the host's copy of the
// workspace (a missing translation or an unknown visit stops it before anything is asked
// or written), asks the host where the files go (main's dialogs; downloads in the
// browser; the command's -o), has the documents typeset (off the UI thread in the app,
// inline in the command) with progress events, and only then saves the files.
// Cancelling stops the typesetting at once and leaves no file of the job behind; once the
// files are being saved (a matter of milliseconds) the job finishes.
import type { Workspace } from '../model/workspace';
import { planPackExport } from './pack-export-plan';
import { progressEvent } from './pack-export-progress';
import type { ExportedPack, PackExportOutcome, PackExportProgress, PackExportRequest } from './pack-schemas';
import type { TypesetPack } from './pack-typeset';
import { CancelledError, type PackTypesetter } from './pack-typesetter';

export interface PackDestinations {
  /** Where each file goes, in order (paths, or the names of downloads). */
  targets: string[];
  /** The folder of a batch, when there is one. */
  folder: string | null;
}

export interface PackExportHost {
  /** The open workspace, and (desktop) the folder its file is in: pictures are relative to it. */
  workspace(): Promise<{ doc: Workspace | null; imageRoot?: string }> | { doc: Workspace | null; imageRoot?: string };
  /** Asks the user where the files go; undefined when they closed the dialog. */
  destinations(fileNames: string[]): Promise<PackDestinations | undefined>;
  typesetter: PackTypesetter;
  /** Saves one file; answers the path it is at, or null when it was handed over (a download). */
  save(target: string, pdf: Uint8Array): Promise<string | null>;
  /** A progress event for the page. */
  send(progress: PackExportProgress): void;
  now?: () => Date;
  /** A cover logo (a data URL) instead of the workspace's host logo: `briefing pack --logo`. */
  logo?: string;
}

interface RunningJob {
  /** False once the files are being saved: too late to stop cleanly. */
  cancel(): boolean;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class PackExportJobs {
  private readonly running = new Map<string, RunningJob>();

  constructor(private readonly host: PackExportHost) {}

  /** True when the job was running and is now stopped. */
  cancel(jobId: string): boolean {
    return this.running.get(jobId)?.cancel() ?? false;
  }

  async export(request: PackExportRequest): Promise<PackExportOutcome> {
    const { jobId } = request;
    if (this.running.has(jobId)) return { status: 'failed', message: `An export named ${jobId} is already running` };
    // Registered from the start, so the job can be cancelled (and its id is taken) while a dialog is open.
    let cancelled = false;
    let saving = false;
    let stop = () => undefined as void;
    this.running.set(jobId, {
      cancel: () => {
        if (saving || cancelled) return false;
        cancelled = true;
        stop();
        return true;
      },
    });
    try {
      const { doc, imageRoot } = await this.host.workspace();
      const plan = planPackExport(doc, request.packs, (this.host.now ?? (() => new Date()))(), this.host.logo ? { logo: this.host.logo } : {});
      if (!plan.ok) return plan.outcome;
      const packs = plan.packs;
      const names = packs.map((pack) => pack.fileName);

      const where = await this.host.destinations(names);
      if (!where) return { status: 'dismissed' };
      if (cancelled) return { status: 'cancelled' };

      const send = (index: number, phase: PackExportProgress['phase']) => {
        if (!cancelled) this.host.send(progressEvent(jobId, index, packs.length, names[index]!, phase));
      };
      send(0, 'preparing');
      const task = this.host.typesetter.start(
        packs.map((pack) => pack.document),
        send,
        imageRoot ? { imageRoot } : {},
      );
      task.results.catch(() => undefined); // settled below, or dropped after a cancel
      const stopped = new Promise<'cancelled'>((resolve) => {
        stop = () => {
          task.cancel();
          resolve('cancelled');
        };
      });
      // A cancel that came while the task was being started (from a progress listener, say).
      if (cancelled) stop();
      const results: TypesetPack[] | 'cancelled' = await Promise.race([task.results, stopped]);
      if (results === 'cancelled' || cancelled) return { status: 'cancelled' };

      saving = true;
      const files: ExportedPack[] = [];
      for (const [index, pack] of packs.entries()) {
        const result = results[index]!;
        send(index, 'saving');
        const path = await this.host.save(where.targets[index]!, result.pdf);
        files.push({
          fileName: names[index]!,
          path,
          languages: [...pack.request.languages],
          pages: result.pages,
          bytes: result.pdf.byteLength,
          filled: pack.report.filled.map((f) => ({ ...f })),
          warnings: [...pack.report.warnings, ...result.warnings],
        });
      }
      return { status: 'done', files, folder: where.folder };
    } catch (error) {
      if (error instanceof CancelledError || cancelled) return { status: 'cancelled' };
      return { status: 'failed', message: messageOf(error) };
    } finally {
      this.running.delete(jobId);
    }
  }

  async dispose(): Promise<void> {
    for (const job of this.running.values()) job.cancel();
    await this.host.typesetter.dispose();
  }
}
