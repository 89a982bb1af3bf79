// Runs in the browser host: the few words the host itself writes (the title of a new
// workspace), in the UI language stored in settings. The page's i18n is not running yet
// when the host starts, so the strings are read from the bundled locale files directly.
import { DEFAULT_UI_LANGUAGE, type UiLanguage } from '../../core/i18n/ui-languages';
import { localeResources } from '../i18n/locale-resources';

export function hostText(language: UiLanguage, key: 'menu:dialogs.newTitle' | 'menu:dialogs.newFileName'): string {
  const [namespace, path] = key.split(':') as [string, string];
  const lookup = (lng: string) =>
    path.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), localeResources[lng]?.[namespace]);
  const text = lookup(language) ?? lookup(DEFAULT_UI_LANGUAGE);
  return typeof text === 'string' ? text : path;
}
