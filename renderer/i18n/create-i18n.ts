// Runs in the renderer: one i18next instance per app start, with all strings bundled (no loading
// step), and <html lang dir> kept in step with its language.
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_UI_LANGUAGE, type UiLanguage } from '../../core/i18n/ui-languages';
import { applyDocumentLanguage } from './document-language';
import { localeNamespaces, localeResources } from './locale-resources';

export function createI18n(language: UiLanguage, root?: HTMLElement): i18n {
  const instance = i18next.createInstance();
  if (root) instance.on('languageChanged', (lng) => applyDocumentLanguage(root, lng));
  void instance.use(initReactI18next).init({
    resources: localeResources,
    lng: language,
    // Chinese is the source language; a missing key shows the Chinese string, never the key.
    fallbackLng: DEFAULT_UI_LANGUAGE,
    ns: localeNamespaces,
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
