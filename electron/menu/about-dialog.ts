// Runs in the main process: Help → About, a native dialog in the user's UI language
// with the versions a support call needs.
import { app, dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import type { UiLanguage } from '../../core/i18n/ui-languages';
import { menuText } from './menu-text';

export function aboutDialogOptions(language: UiLanguage): MessageBoxOptions {
  const t = menuText(language);
  const runtime = `Electron ${process.versions.electron ?? '?'} · Chromium ${process.versions.chrome ?? '?'} · Node ${process.versions.node}`;
  return {
    type: 'info',
    title: t('menu:help.about', { appName: app.getName() }),
    message: app.getName(),
    detail: [t('menu:about.version', { version: app.getVersion() }), t('menu:about.description'), '', runtime].join('\n'),
    buttons: [t('menu:about.ok')],
    noLink: true,
  };
}

export async function showAboutDialog(language: UiLanguage, parent: BrowserWindow | undefined): Promise<void> {
  const options = aboutDialogOptions(language);
  await (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}
