// Runs in the main process: the pack export in the desktop app: core's export jobs with
// main's parts: the save dialog (one pack) or folder dialog (a batch), typesetting in a
// worker thread, each file written by the one durable write (electron/files/, shared with the CLI),
// and the record of what was written (the only files "open file" and "show in folder" accept).
import { extname, join } from 'node:path';
import { PackExportJobs } from '../../core/ipc/pack-export-jobs';
import type { PackExportProgress } from '../../core/ipc/pack-schemas';
import type { PackTypesetter } from '../../core/ipc/pack-typesetter';
import type { Workspace } from '../../core/model/workspace';
import { ExportedFiles } from './export-job-files';
import { writeFileDurably } from '../files/write-file-durably';

export interface PackExportDialogs {
  /** Where to save one pack (a save dialog offering `defaultName`); undefined when dismissed. */
  chooseFile(defaultName: string): Promise<string | undefined>;
  /** The folder a batch goes into; undefined when dismissed. */
  chooseFolder(): Promise<string | undefined>;
}

export interface DesktopPackExportOptions {
  /** The open workspace, and the folder its file is in (pictures are relative to it). */
  workspace(): { doc: Workspace | null; folder?: string };
  dialogs: PackExportDialogs;
  typesetter: PackTypesetter;
  /** Sends a progress event to the app window. */
  send(progress: PackExportProgress): void;
  now?: () => Date;
}

export interface DesktopPackExport {
  jobs: PackExportJobs;
  exported: ExportedFiles;
}

/** A name typed without an extension gets ".pdf". */
export function withPdfExtension(path: string): string {
  return extname(path).toLowerCase() === '.pdf' ? path : `${path}.pdf`;
}

export function createDesktopPackExport(options: DesktopPackExportOptions): DesktopPackExport {
  const exported = new ExportedFiles();
  const jobs = new PackExportJobs({
    workspace: () => {
      const { doc, folder } = options.workspace();
      return folder ? { doc, imageRoot: folder } : { doc };
    },
    destinations: async (fileNames) => {
      if (fileNames.length === 1) {
        const chosen = await options.dialogs.chooseFile(fileNames[0]!);
        return chosen ? { targets: [withPdfExtension(chosen)], folder: null } : undefined;
      }
      const folder = await options.dialogs.chooseFolder();
      return folder ? { targets: fileNames.map((name) => join(folder, name)), folder } : undefined;
    },
    typesetter: options.typesetter,
    save: async (target, pdf) => {
      await writeFileDurably(target, pdf, { mode: 0o644 });
      exported.add(target);
      return target;
    },
    send: options.send,
    ...(options.now ? { now: options.now } : {}),
  });
  return { jobs, exported };
}
