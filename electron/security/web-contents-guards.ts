// Runs in the main process: every web contents the app ever creates (the window,
// devtools, anything a bug might open) gets the same locks, before it loads a page.
import { app } from 'electron';
import { guardNavigation } from './navigation-guard';
import { denyAllPermissions } from './permission-guard';

export function guardEveryWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    guardNavigation(contents);
    denyAllPermissions(contents.session);
  });
}
