// Runs in the main process: "download the .ics": main builds the calendar from its own
// copy of the workspace (never from text the page sends), asks where to save it in the
// user's UI language, and writes it atomically.
import { join } from 'node:path';
import { app, dialog, type BrowserWindow, type SaveDialogOptions } from 'electron';
import type { UiLanguage } from '../../core/i18n/ui-languages';
import type { CalendarExportOutcome, CalendarExportRequest } from '../../core/ipc/itinerary-schemas';
import { calendarFile } from '../../core/itinerary/calendar-file';
import type { Workspace } from '../../core/model/workspace';
import { menuText } from '../menu/menu-text';
import { writeFileDurably } from '../files/write-file-durably';

export interface CalendarExportOptions {
  workspace: () => Workspace | null;
  language: () => Promise<UiLanguage>;
  window: () => BrowserWindow | undefined;
  /** Replaces the save dialog in tests. */
  chooseFile?: (defaultName: string) => Promise<string | undefined>;
}

export function createCalendarExport(options: CalendarExportOptions) {
  const chooseFile =
    options.chooseFile ??
    (async (defaultName: string) => {
      const t = menuText(await options.language());
      const dialogOptions: SaveDialogOptions = {
        title: t('menu:dialogs.exportCalendar'),
        defaultPath: join(app.getPath('documents'), defaultName),
        filters: [{ name: t('menu:dialogs.calendarFilter'), extensions: ['ics'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = options.window();
      const result = await (parent ? dialog.showSaveDialog(parent, dialogOptions) : dialog.showSaveDialog(dialogOptions));
      return result.canceled ? undefined : result.filePath;
    });
  return async (request: CalendarExportRequest): Promise<CalendarExportOutcome> => {
    const file = calendarFile(options.workspace(), request.visitId, request.language);
    if (!file.ok) return { status: 'failed', message: file.message };
    const path = await chooseFile(file.fileName);
    if (!path) return { status: 'cancelled' };
    try {
      await writeFileDurably(path, file.text, { mode: 0o644 });
    } catch (error) {
      return { status: 'failed', message: (error as Error).message };
    }
    return { status: 'saved', fileName: path, events: file.events };
  };
}
