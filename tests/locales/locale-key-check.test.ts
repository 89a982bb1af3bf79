// Runs in Node: the locale checker on small fake trees written to disk, to prove that each
// kind of mistake makes it fail (and that a clean tree passes).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLocales, readLocaleTree, readSourceFiles, scanSourceKeys } from './locale-key-check';

let root = '';

function write(files: Record<string, unknown>): string {
  root = mkdtempSync(join(tmpdir(), 'locale-check-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return root;
}

function check(files: Record<string, unknown>): string[] {
  const dir = write(files);
  const tree = readLocaleTree(join(dir, 'locales'));
  const namespaces = [...new Set(Object.values(tree).flatMap((n) => Object.keys(n)))];
  return checkLocales(tree, scanSourceKeys(readSourceFiles(dir, ['renderer', 'electron']), namespaces));
}

const clean = {
  'locales/en/nav.json': { library: 'Library', group: { content: 'Content' } },
  'locales/ar/nav.json': { library: 'المكتبة', group: { content: 'المحتوى' } },
  'renderer/a.tsx': `const items = [{ label: 'nav:library' }];\nt("nav:group.content");`,
};

afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = '';
});

describe('locale checker', () => {
  it('passes a consistent tree whose keys are all used, nested keys flattened with dots', () => {
    expect(check(clean)).toEqual([]);
  });

  it('fails on a key the code uses that no locale has, naming file and line', () => {
    const problems = check({ ...clean, 'electron/menu.ts': `\n\nt('nav:glossary')` });
    expect(problems).toContain('electron/menu.ts:3: "nav:glossary" is not in en');
    expect(problems).toContain('electron/menu.ts:3: "nav:glossary" is not in ar');
  });

  it('fails on a key one locale has and another lacks, in any namespace file', () => {
    const problems = check({
      ...clean,
      'locales/en/menu.json': { quit: 'Quit' },
      'locales/ar/menu.json': {},
      'electron/m.ts': `t('menu:quit')`,
    });
    expect(problems).toContain('ar: missing "menu:quit" (present in en)');
  });

  it('fails on a namespace file one locale lacks', () => {
    const problems = check({ ...clean, 'locales/en/extra.json': {} });
    expect(problems).toContain('ar: namespace file extra.json is missing');
  });

  it('fails on an unused key', () => {
    const problems = check({
      ...clean,
      'locales/en/nav.json': { ...clean['locales/en/nav.json'], old: 'Old' },
      'locales/ar/nav.json': { ...clean['locales/ar/nav.json'], old: 'قديم' },
    });
    expect(problems).toEqual(['"nav:old" is in the locales but no code uses it']);
  });

  it('fails on a key built at run time, which a scan cannot check', () => {
    const problems = check({ ...clean, 'renderer/b.tsx': 'const x = t(`nav:${id}`);\nconst y = t("nav:" + id);' });
    expect(problems.filter((p) => p.includes('built at run time'))).toHaveLength(2);
  });

  it('fails on arrays and empty strings, and on placeholders that differ between locales', () => {
    const problems = check({
      'locales/en/nav.json': { list: ['a'], blank: ' ', hello: 'Hello {{name}}' },
      'locales/ar/nav.json': { list: ['b'], blank: 'x', hello: 'مرحبا {{nom}}' },
      'renderer/a.ts': `t('nav:blank'); t('nav:hello')`,
    });
    expect(problems.some((p) => p.includes('"list" is an array'))).toBe(true);
    expect(problems).toContain('en: "nav:blank" is empty');
    expect(problems).toContain('"nav:hello": placeholders differ: ar {nom}; en {name}');
  });

  it('groups plural forms under their base key and asks each language for its own categories', () => {
    const ok = check({
      'locales/en/nav.json': { visit_one: '{{count}} visit', visit_other: '{{count}} visits' },
      'locales/zh-CN/nav.json': { visit_other: '{{count}} 次参访' },
      'locales/ar/nav.json': {
        visit_zero: 'لا زيارات',
        visit_one: 'زيارة واحدة',
        visit_two: 'زيارتان',
        visit_few: '{{count}} زيارات',
        visit_many: '{{count}} زيارة',
        visit_other: '{{count}} زيارة',
      },
      'renderer/a.ts': `t('nav:visit', { count })`,
    });
    expect(ok).toEqual([]);

    const problems = check({
      'locales/en/nav.json': { visit_one: 'a visit', visit_other: 'visits', visit_few: 'x' },
      'locales/ar/nav.json': { visit_one: 'زيارة', visit_other: 'زيارات' },
      'renderer/a.ts': `t('nav:visit', { count })`,
    });
    expect(problems).toContain('ar: "nav:visit" lacks plural form _few');
    expect(problems).toContain('ar: "nav:visit" lacks plural form _two');
    expect(problems).toContain('en: "nav:visit" has plural form _few, which en does not use');
  });

  it('ignores strings that only look like keys when told to (IPC channels), and unknown namespaces', () => {
    const dir = write({ ...clean, 'electron/ipc.ts': `send('nav:get'); const u = 'https://x'; 'other:thing'` });
    const tree = readLocaleTree(join(dir, 'locales'));
    const scan = scanSourceKeys(readSourceFiles(dir, ['renderer', 'electron']), ['nav'], new Set(['nav:get']));
    expect(scan.uses.map((u) => u.key).sort()).toEqual(['nav:group.content', 'nav:library']);
    expect(checkLocales(tree, scan)).toEqual([]);
  });
});
