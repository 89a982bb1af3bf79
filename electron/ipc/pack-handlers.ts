// Runs in the main process: the pack export actions of the contract. The export itself is
// a job (electron/packs/export-job.ts); "open file" and "show in folder" accept only the
// files this session exported, never a path the page made up.
import { shell } from 'electron';
import type { Handlers } from '../../core/ipc/contract';
import type { DesktopPackExport } from '../packs/export-job';

type PackHandlers = Pick<Handlers, 'exportPacks' | 'cancelPackExport' | 'openPackFile' | 'showPackInFolder'>;

export function createPackHandlers({ jobs, exported }: DesktopPackExport): PackHandlers {
  return {
    exportPacks: (request) => jobs.export(request),
    cancelPackExport: ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
    openPackFile: async ({ path }) => {
      if (!exported.has(path)) return { opened: false };
      // openPath answers an error message, or '' when the file was opened.
      return { opened: (await shell.openPath(path)) === '' };
    },
    showPackInFolder: ({ path }) => {
      if (!exported.has(path)) return { shown: false };
      shell.showItemInFolder(path);
      return { shown: true };
    },
  };
}
