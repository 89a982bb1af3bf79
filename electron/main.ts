// Runs in the main process: the Electron entry point (bundled to dist/electron/main.cjs).
import { app, dialog } from 'electron';
import { startApp } from './app/start-app';

startApp().catch((error: unknown) => {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error(message);
  dialog.showErrorBox('Briefing Desk', message);
  app.exit(1);
});
