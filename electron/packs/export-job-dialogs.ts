// Runs in the main process: where packs are saved: a save dialog for one pack (offering its
// file name), a folder dialog for a batch, in the user's UI language and attached to the
// app window. The folder chosen last is offered next time.
import { dirname, join } from 'node:path';
import { app, dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { UiLanguage } from '../../core/i18n/ui-languages';
import { menuText } from '../menu/menu-text';
import type { PackExportDialogs } from './export-job';

export function createPackExportDialogs(language: () => Promise<UiLanguage>, window: () => BrowserWindow | undefined): PackExportDialogs {
  let lastFolder: string | undefined;
  const startFolder = () => lastFolder ?? app.getPath('documents');
  return {
    async chooseFile(defaultName) {
      const t = menuText(await language());
      const options: SaveDialogOptions = {
        title: t('menu:dialogs.exportPack'),
        defaultPath: join(startFolder(), defaultName),
        filters: [{ name: t('menu:dialogs.pdfFilter'), extensions: ['pdf'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = window();
      const result = await (parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options));
      if (result.canceled || !result.filePath) return undefined;
      lastFolder = dirname(result.filePath);
      return result.filePath;
    },
    async chooseFolder() {
      const t = menuText(await language());
      const options: OpenDialogOptions = {
        title: t('menu:dialogs.exportFolder'),
        buttonLabel: t('menu:dialogs.exportHere'),
        defaultPath: startFolder(),
        properties: ['openDirectory', 'createDirectory'],
      };
      const parent = window();
      const result = await (parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options));
      const folder = result.canceled ? undefined : result.filePaths[0];
      if (folder) lastFolder = folder;
      return folder;
    },
  };
}
