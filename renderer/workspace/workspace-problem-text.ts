// Runs in the renderer: why a workspace could not be opened, in the UI language, by the
// host's problem code (the host's own words follow as the detail).
import type { TFunction } from 'i18next';

export function problemTitle(code: string, t: TFunction): string {
  switch (code) {
    case 'locked':
      return t('workspace:problems.locked');
    case 'too-new':
      return t('workspace:problems.tooNew');
    case 'unrecoverable':
      return t('workspace:problems.unrecoverable');
    case 'not-found':
      return t('workspace:problems.notFound');
    case 'not-a-workspace':
      return t('workspace:problems.notAWorkspace');
    default: // not a union: any other code a host sends
      return t('workspace:problems.unreadable');
  }
}
