// Runs in the browser host: the pack export in a plain browser: core's export jobs with the
// browser's parts: the engine in a web worker (core is pure, so the same typesetting as the
// desktop), and each finished PDF handed over as a download, since a page cannot choose a
// folder. "Open file" and "show in folder" have nothing to open here and say so.
import type { Handlers } from '../../core/ipc/contract';
import { PackExportJobs } from '../../core/ipc/pack-export-jobs';
import type { PackExportProgress } from '../../core/ipc/pack-schemas';
import type { PackTypesetter } from '../../core/ipc/pack-typesetter';
import type { Workspace } from '../../core/model/workspace';

export interface WebPackEnvironment {
  /** The open workspace (the in-page store's copy). */
  workspace(): Promise<Workspace | null>;
  typesetter: PackTypesetter;
  /** Hands a finished PDF to the user. */
  download(fileName: string, pdf: Uint8Array): void;
  emit(progress: PackExportProgress): void;
  now?: () => Date;
}

type PackHandlers = Pick<Handlers, 'exportPacks' | 'cancelPackExport' | 'openPackFile' | 'showPackInFolder'>;

export function createWebPackHandlers(env: WebPackEnvironment): PackHandlers {
  const jobs = new PackExportJobs({
    workspace: async () => ({ doc: await env.workspace() }),
    // Downloads go where the browser puts them; the file names are the packs' own.
    destinations: async (fileNames) => ({ targets: fileNames, folder: null }),
    typesetter: env.typesetter,
    save: async (fileName, pdf) => {
      env.download(fileName, pdf);
      return null;
    },
    send: env.emit,
    ...(env.now ? { now: env.now } : {}),
  });
  return {
    exportPacks: (request) => jobs.export(request),
    cancelPackExport: ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
    openPackFile: () => ({ opened: false }),
    showPackInFolder: () => ({ shown: false }),
  };
}
