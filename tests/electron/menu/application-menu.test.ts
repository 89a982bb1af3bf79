import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { UI_LANGUAGES } from '../../../core/i18n/ui-languages';
import { applicationMenuTemplate, type MenuContext } from '../../../electron/menu/application-menu';
import { dialog, Menu, resetFakeElectron, shell } from '../fake-electron';
import { startTestApp } from '../start-test-app';

vi.mock('electron', () => import('../fake-electron'));

type Item = { label?: string; role?: string; type?: string; submenu?: Item[]; click?: () => void };

function context(overrides: Partial<MenuContext> = {}): MenuContext {
  return {
    language: 'zh-CN',
    platform: 'linux',
    isPackaged: true,
    appName: 'Briefing Desk',
    actions: { showAbout: vi.fn(), showDataFolder: vi.fn(), workspaceFile: vi.fn() },
    ...overrides,
  };
}

const template = (overrides: Partial<MenuContext> = {}) => applicationMenuTemplate(context(overrides)) as Item[];
const allItems = (items: Item[]): Item[] => items.flatMap((item) => [item, ...allItems(item.submenu ?? [])]);
const find = (items: Item[], label: string) => allItems(items).find((item) => item.label === label);

function leafKeys(tree: unknown, prefix = ''): string[] {
  return Object.entries(tree as Record<string, unknown>).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  );
}

describe('the application menu', () => {
  beforeEach(() => resetFakeElectron());

  it('is File, Edit, View, Help in Chinese by default, and in English when chosen', () => {
    expect(template().map((m) => m.label)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)']);
    expect(template({ language: 'en' }).map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(template({ language: 'ar' }).map((m) => m.label)).toEqual(['ملف', 'تحرير', 'عرض', 'مساعدة']);
    const edit = template({ language: 'en' })[1]!.submenu!;
    expect(edit.filter((i) => i.role).map((i) => [i.role, i.label])).toEqual([
      ['undo', 'Undo'],
      ['redo', 'Redo'],
      ['cut', 'Cut'],
      ['copy', 'Copy'],
      ['paste', 'Paste'],
      ['pasteAndMatchStyle', 'Paste and Match Style'],
      ['delete', 'Delete'],
      ['selectAll', 'Select All'],
    ]);
  });

  it('labels every item in every language, on every platform, in words of that language', () => {
    for (const language of UI_LANGUAGES) {
      for (const platform of ['linux', 'win32', 'darwin'] as const) {
        for (const isPackaged of [true, false]) {
          for (const item of allItems(template({ language, platform, isPackaged }))) {
            if (item.type === 'separator') continue;
            expect(item.label, `${language} ${platform} ${item.role}`).toBeTruthy();
            expect(item.label, `${language} ${platform}`).not.toMatch(/menu:|\{\{/);
          }
        }
      }
    }
    expect(find(template({ language: 'ar' }), 'حول Briefing Desk')).toBeDefined();
  });

  it('offers reload and developer tools only in development builds', () => {
    const roles = (items: Item[]) => allItems(items).map((i) => i.role);
    expect(roles(template({ isPackaged: true }))).not.toContain('toggleDevTools');
    expect(roles(template({ isPackaged: true }))).not.toContain('reload');
    expect(roles(template({ isPackaged: false }))).toContain('toggleDevTools');
  });

  it('follows macOS conventions there: app menu first, a Window menu, Quit in the app menu', () => {
    const mac = template({ platform: 'darwin', language: 'en' });
    expect(mac.map((m) => m.label)).toEqual(['Briefing Desk', '&File', '&Edit', '&View', 'Window', '&Help']);
    expect(mac[0]!.submenu!.find((i) => i.role === 'quit')!.label).toBe('Quit Briefing Desk');
    expect(allItems(mac.slice(1)).some((i) => i.role === 'quit')).toBe(false);
  });

  it('Help runs the about box and opens the data folder', async () => {
    const actions = { showAbout: vi.fn(), showDataFolder: vi.fn(), workspaceFile: vi.fn() };
    const items = template({ language: 'en', actions });
    find(items, 'About Briefing Desk')!.click!();
    find(items, 'Open Data Folder')!.click!();
    expect(actions.showAbout).toHaveBeenCalledTimes(1);
    expect(actions.showDataFolder).toHaveBeenCalledTimes(1);
  });

  it('is installed at startup in the stored language, with working Help items', async () => {
    const { userData } = await startTestApp({ storedSettings: { uiLanguage: 'en' } });
    const installed = Menu.applicationMenu!.template as Item[];
    expect(installed.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    find(installed, 'Open Data Folder')!.click!();
    expect(shell.openPath).toHaveBeenCalledWith(userData);
    find(installed, 'About Briefing Desk')!.click!();
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalled());
    const options = dialog.showMessageBox.mock.calls[0]!.at(-1) as { message: string; detail: string; buttons: string[] };
    expect(options.message).toBe('Briefing Desk');
    expect(options.detail).toContain('Version 0.1.0');
    expect(options.buttons).toEqual(['OK']);
  });

  it('has the same keys and placeholders in zh-CN, en and ar', () => {
    const read = (language: string) => JSON.parse(readFileSync(join(process.cwd(), 'locales', language, 'menu.json'), 'utf8'));
    const reference = read('zh-CN');
    const placeholders = (tree: unknown, key: string) =>
      (key.split('.').reduce((node: any, part) => node[part], tree) as string).match(/\{\{\w+\}\}/g)?.sort() ?? [];
    for (const language of ['en', 'ar']) {
      const strings = read(language);
      expect(leafKeys(strings), language).toEqual(leafKeys(reference));
      for (const key of leafKeys(reference)) {
        expect(placeholders(strings, key), `${language} ${key}`).toEqual(placeholders(reference, key));
      }
    }
  });
});
