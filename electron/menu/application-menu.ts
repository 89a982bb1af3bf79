// Runs in the main process: the application menu (File, Edit, View, Help, plus the
// app and Window menus macOS expects), labelled in the user's UI language. Roles keep
// the platform's own behaviour and shortcuts; only the words are ours.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { UiLanguage } from '../../core/i18n/ui-languages';
import type { FileAction, RecentWorkspace } from '../../core/ipc/workspace-schemas';
import { menuText } from './menu-text';

export interface MenuActions {
  showAbout(): void;
  showDataFolder(): void;
  /** New, Open…, Open sample, Save As…, Open Recent: carried out by main's workspace session. */
  workspaceFile(action: FileAction): void;
}

export interface MenuContext {
  language: UiLanguage;
  platform: NodeJS.Platform;
  /** Reload and developer tools are for development builds only. */
  isPackaged: boolean;
  appName: string;
  actions: MenuActions;
  /** Workspaces opened before, newest first, for File → Open Recent. */
  recent?: readonly RecentWorkspace[];
  /** Save As needs an open workspace. */
  hasWorkspace?: boolean;
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

  const file = (action: FileAction) => () => context.actions.workspaceFile(action);
  const recent = context.recent ?? [];
  const recentItems: MenuItemConstructorOptions[] = recent.length
    ? recent.map((entry) => ({ label: entry.name, toolTip: entry.path, click: file({ action: 'openRecent', path: entry.path }) }))
    : [{ label: t('menu:file.noRecent'), enabled: false }];
  const workspaceItems: MenuItemConstructorOptions[] = [
    { label: t('menu:file.new'), accelerator: 'CmdOrCtrl+N', click: file({ action: 'new' }) },
    { label: t('menu:file.open'), accelerator: 'CmdOrCtrl+O', click: file({ action: 'open' }) },
    { label: t('menu:file.openRecent'), submenu: recentItems },
    { label: t('menu:file.openSample'), click: file({ action: 'openSample' }) },
    separator,
    { label: t('menu:file.saveAs'), accelerator: 'CmdOrCtrl+Shift+S', enabled: context.hasWorkspace ?? true, click: file({ action: 'saveAs' }) },
    separator,
  ];
  const fileMenu: MenuItemConstructorOptions = {
    label: t('menu:file.label'),
    submenu: mac
      ? [...workspaceItems, { role: 'close', label: t('menu:file.closeWindow') }]
      : [...workspaceItems, { role: 'close', label: t('menu:file.closeWindow') }, separator, { role: 'quit', label: t('menu:file.quit') }],
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
