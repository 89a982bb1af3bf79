// Runs in the main process: menu labels from locales/<language>/menu.json. The JSON is
// bundled into main.cjs, so the menu never waits on disk. Keys are written in full
// ('menu:file.quit') so the locale checker can see every one of them.
import ar from '../../locales/ar/menu.json' with { type: 'json' };
import en from '../../locales/en/menu.json' with { type: 'json' };
import zhCN from '../../locales/zh-CN/menu.json' with { type: 'json' };
import { DEFAULT_UI_LANGUAGE, type UiLanguage } from '../../core/i18n/ui-languages';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every key of the menu namespace, e.g. 'menu:file.quit'. A typo fails the type-check. */
export type MenuKey = `menu:${Leaves<typeof zhCN>}`;
export type MenuText = (key: MenuKey, values?: Record<string, string>) => string;

const MENU_STRINGS: Record<UiLanguage, unknown> = { 'zh-CN': zhCN, en, ar };

function lookup(tree: unknown, path: string): string | undefined {
  let node = tree;
  for (const part of path.split('.')) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function menuText(language: UiLanguage): MenuText {
  return (key, values = {}) => {
    const path = key.slice(key.indexOf(':') + 1);
    const template = lookup(MENU_STRINGS[language], path) ?? lookup(MENU_STRINGS[DEFAULT_UI_LANGUAGE], path) ?? key;
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
  };
}
