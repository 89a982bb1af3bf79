// Runs in the main process: the file dialogs of the workspace actions, in the user's UI
// language, attached to the app window. Main shows them; the page only asks for them.
import { extname, join } from 'node:path';
import { app, dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { UiLanguage } from '../../core/i18n/ui-languages';
import { menuText } from '../menu/menu-text';
import type { WorkspaceDialogs } from './workspace-session';

/** A workspace is a .json file; a name typed without an extension gets one. */
export function withJsonExtension(path: string): string {
  return extname(path).toLowerCase() === '.json' ? path : `${path}.json`;
}

export function createWorkspaceDialogs(language: () => UiLanguage, window: () => BrowserWindow | undefined): WorkspaceDialogs {
  const filters = () => [{ name: menuText(language())('menu:dialogs.filter'), extensions: ['json'] }];
  const open = async (options: OpenDialogOptions) => {
    const parent = window();
    const result = await (parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options));
    return result.canceled ? undefined : result.filePaths[0];
  };
  const save = async (options: SaveDialogOptions) => {
    const parent = window();
    const result = await (parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options));
    return result.canceled || !result.filePath ? undefined : withJsonExtension(result.filePath);
  };
  return {
    chooseFileToOpen: () => {
      const t = menuText(language());
      return open({ title: t('menu:dialogs.open'), filters: filters(), properties: ['openFile'] });
    },
    chooseNewFile: () => {
      const t = menuText(language());
      return save({
        title: t('menu:dialogs.new'),
        defaultPath: join(app.getPath('documents'), `${t('menu:dialogs.newFileName')}.json`),
        filters: filters(),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
    },
    chooseSaveAsFile: (currentName) => {
      const t = menuText(language());
      return save({
        title: t('menu:dialogs.saveAs'),
        defaultPath: join(app.getPath('documents'), currentName),
        filters: filters(),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
    },
  };
}

/** A file action from the menu that failed: said in a native message box, since the page did not ask. */
export async function showWorkspaceProblem(language: UiLanguage, parent: BrowserWindow | undefined, code: string, detail: string): Promise<void> {
  const t = menuText(language);
  const titles: Record<string, string> = {
    locked: t('menu:problems.locked'),
    'too-new': t('menu:problems.tooNew'),
    unrecoverable: t('menu:problems.unrecoverable'),
    'not-found': t('menu:problems.notFound'),
    'not-a-workspace': t('menu:problems.notAWorkspace'),
    unreadable: t('menu:problems.unreadable'),
  };
  const options = { type: 'warning' as const, title: t('menu:problems.title'), message: titles[code] ?? t('menu:problems.unreadable'), detail, buttons: [t('menu:about.ok')], noLink: true };
  await (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}
