// Runs in the main process: the application menu (File, Edit, View, Help, plus the
// app and Window menus macOS expects), labelled in the user's UI language. Roles keep
// the platform's own behaviour and shortcuts; only the words are ours.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { UiLanguage } from '../../core/i18n/ui-languages';
import { menuText } from './menu-text';

export interface MenuActions {
  showAbout(): void;
  showDataFolder(): void;
}

export interface MenuContext {
  language: UiLanguage;
  platform: NodeJS.Platform;
  /** Reload and developer tools are for development builds only. */
  isPackaged: boolean;
  appName: string;
  actions: MenuActions;
}

export function applicationMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const t = menuText(context.language);
  const appName = { appName: context.appName };
  const mac = context.platform === 'darwin';
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const about: MenuItemConstructorOptions = { label: t('menu:help.about', appName), click: () => context.actions.showAbout() };

  const appMenu: MenuItemConstructorOptions = {
    label: context.appName,
    submenu: [
      about,
      separator,
      { role: 'services', label: t('menu:app.services') },
      separator,
      { role: 'hide', label: t('menu:app.hide', appName) },
      { role: 'hideOthers', label: t('menu:app.hideOthers') },
      { role: 'unhide', label: t('menu:app.showAll') },
      separator,
      { role: 'quit', label: t('menu:app.quit', appName) },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: t('menu:file.label'),
    submenu: mac
      ? [{ role: 'close', label: t('menu:file.closeWindow') }]
      : [{ role: 'close', label: t('menu:file.closeWindow') }, separator, { role: 'quit', label: t('menu:file.quit') }],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: t('menu:edit.label'),
    submenu: [
      { role: 'undo', label: t('menu:edit.undo') },
      { role: 'redo', label: t('menu:edit.redo') },
      separator,
      { role: 'cut', label: t('menu:edit.cut') },
      { role: 'copy', label: t('menu:edit.copy') },
      { role: 'paste', label: t('menu:edit.paste') },
      { role: 'pasteAndMatchStyle', label: t('menu:edit.pasteAndMatchStyle') },
      { role: 'delete', label: t('menu:edit.delete') },
      separator,
      { role: 'selectAll', label: t('menu:edit.selectAll') },
    ],
  };

  const developmentItems: MenuItemConstructorOptions[] = context.isPackaged
    ? []
    : [
        { role: 'reload', label: t('menu:view.reload') },
        { role: 'forceReload', label: t('menu:view.forceReload') },
        { role: 'toggleDevTools', label: t('menu:view.toggleDevTools') },
        separator,
      ];
  const viewMenu: MenuItemConstructorOptions = {
    label: t('menu:view.label'),
    submenu: [
      ...developmentItems,
      { role: 'resetZoom', label: t('menu:view.resetZoom') },
      { role: 'zoomIn', label: t('menu:view.zoomIn') },
      { role: 'zoomOut', label: t('menu:view.zoomOut') },
      separator,
      { role: 'togglefullscreen', label: t('menu:view.toggleFullScreen') },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    role: 'windowMenu',
    label: t('menu:window.label'),
    submenu: [
      { role: 'minimize', label: t('menu:window.minimize') },
      { role: 'zoom', label: t('menu:window.zoom') },
      separator,
      { role: 'front', label: t('menu:window.front') },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: t('menu:help.label'),
    submenu: [
      ...(mac ? [] : [about, separator]),
      { label: t('menu:help.showDataFolder'), click: () => context.actions.showDataFolder() },
    ],
  };

  return mac
    ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu]
    : [fileMenu, editMenu, viewMenu, helpMenu];
}

export function installApplicationMenu(context: MenuContext): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(context)));
}
