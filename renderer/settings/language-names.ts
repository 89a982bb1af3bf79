// Runs in the renderer: each UI language as its own speakers write it (shown in that
// language's script and direction) and the i18n key of its name in the current UI language.
import type { UiLanguage } from '../../core/i18n/ui-languages';

export const LANGUAGE_NAMES: Record<UiLanguage, { native: string; key: string }> = {
  'zh-CN': { native: '简体中文', key: 'settings:language.names.zh-CN' },
  en: { native: 'English', key: 'settings:language.names.en' },
  ar: { native: 'العربية', key: 'settings:language.names.ar' },
};
