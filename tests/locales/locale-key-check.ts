// Runs in Node: the locale checker behind tests/locales/locale-keys.test.ts. It reads every
// locales/<lng>/<ns>.json and the keys the source code uses, and lists every problem:
// a key used but missing from a locale, a key one locale has and another lacks, a key no
// code uses, plural forms a language needs but lacks, and placeholders that differ.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** locale → namespace → the parsed JSON of locales/<locale>/<namespace>.json */
export type LocaleTree = Record<string, Record<string, unknown>>;

export interface SourceFile {
  path: string;
  text: string;
}

export function readLocaleTree(localesDir: string): LocaleTree {
  const tree: LocaleTree = {};
  for (const locale of readdirSync(localesDir).sort()) {
    const dir = join(localesDir, locale);
    if (!statSync(dir).isDirectory()) continue;
    tree[locale] = {};
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.json')) continue;
      tree[locale][file.slice(0, -'.json'.length)] = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    }
  }
  return tree;
}

export function readSourceFiles(root: string, dirs: string[], extensions = ['.ts', '.tsx', '.mts', '.cts']): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string) => {
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch {
      return; // a directory that does not exist (yet) has no keys
    }
    for (const entry of entries) {
      if (entry === 'node_modules' || entry.startsWith('.')) continue;
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (extensions.some((ext) => entry.endsWith(ext)) && !entry.endsWith('.d.ts'))
        files.push({ path: relative(root, path), text: readFileSync(path, 'utf8') });
    }
  };
  for (const dir of dirs) walk(join(root, dir));
  return files;
}

/** Nested JSON flattened to dotted keys; a leaf that is not a string is reported, not kept. */
export function flattenStrings(node: unknown, prefix = '', problems: string[] = [], where = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof node === 'string') {
    out.set(prefix, node);
  } else if (node && typeof node === 'object' && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) {
      for (const [k, v] of flattenStrings(value, prefix ? `${prefix}.${key}` : key, problems, where)) out.set(k, v);
    }
  } else {
    problems.push(`${where}: "${prefix}" is ${Array.isArray(node) ? 'an array' : typeof node}, not a string (write one key per string)`);
  }
  return out;
}

interface LogicalKey {
  /** Plural categories present ('' for a plain key). */
  forms: Set<string>;
  values: string[];
}

/** Groups i18next plural forms (key_one, key_other, ...) under their base key. */
function logicalKeys(strings: Map<string, string>): Map<string, LogicalKey> {
  const out = new Map<string, LogicalKey>();
  const pluralBase = (key: string): [string, string] | null => {
    const match = /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
    // Only a key whose base also has an _other form is a plural; a lone "x_one" is just a name.
    if (!match || !strings.has(`${match[1]}_other`)) return null;
    return [match[1]!, match[2]!];
  };
  for (const [key, value] of strings) {
    const plural = pluralBase(key);
    const [base, form] = plural ?? [key, ''];
    const entry = out.get(base) ?? { forms: new Set<string>(), values: [] };
    entry.forms.add(form);
    entry.values.push(value);
    out.set(base, entry);
  }
  return out;
}

function placeholders(values: string[]): string {
  const names = new Set<string>();
  for (const value of values) for (const match of value.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)) names.add(match[1]!);
  return [...names].sort().join(', ');
}

export interface KeyUse {
  key: string; // 'ns:path'
  where: string; // file:line
}

export interface SourceScan {
  uses: KeyUse[];
  dynamic: string[];
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/**
 * Every string literal of the form 'ns:key.path' (any quote) for a known namespace, and
 * every t() call whose key is built at run time, which no scan could check.
 */
export function scanSourceKeys(files: SourceFile[], namespaces: string[], ignore: ReadonlySet<string> = new Set()): SourceScan {
  const ns = namespaces.map((n) => n.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|');
  const literal = new RegExp(`(['"\`])((?:${ns}):[A-Za-z0-9_][A-Za-z0-9_.-]*)\\1`, 'g');
  const built = new RegExp(`\\bt\\(\\s*(?:\`(?:${ns}):[^\`]*\\$\\{|(['"])(?:${ns}):[^'"]*\\1\\s*\\+)`, 'g');
  const uses: KeyUse[] = [];
  const dynamic: string[] = [];
  for (const file of files) {
    for (const match of file.text.matchAll(literal)) {
      if (ignore.has(match[2]!)) continue;
      uses.push({ key: match[2]!, where: `${file.path}:${lineOf(file.text, match.index)}` });
    }
    for (const match of file.text.matchAll(built)) {
      dynamic.push(`${file.path}:${lineOf(file.text, match.index)}: key built at run time; write each key out in full`);
    }
  }
  return { uses, dynamic };
}

export function checkLocales(tree: LocaleTree, scan: SourceScan): string[] {
  const problems: string[] = [...scan.dynamic];
  const locales = Object.keys(tree).sort();
  if (locales.length === 0) return ['no locales found'];

  // locale → 'ns:key' → its logical entry
  const keysByLocale = new Map<string, Map<string, LogicalKey>>();
  for (const locale of locales) {
    const keys = new Map<string, LogicalKey>();
    for (const [namespace, json] of Object.entries(tree[locale]!)) {
      const strings = flattenStrings(json, '', problems, `${locale}/${namespace}.json`);
      for (const [key, entry] of logicalKeys(strings)) keys.set(`${namespace}:${key}`, entry);
    }
    keysByLocale.set(locale, keys);
  }

  const allNamespaces = new Set(locales.flatMap((l) => Object.keys(tree[l]!)));
  for (const locale of locales) {
    for (const namespace of allNamespaces) {
      if (!(namespace in tree[locale]!)) problems.push(`${locale}: namespace file ${namespace}.json is missing`);
    }
  }

  const allKeys = new Set(locales.flatMap((l) => [...keysByLocale.get(l)!.keys()]));
  for (const key of [...allKeys].sort()) {
    const holders = locales.filter((l) => keysByLocale.get(l)!.has(key));
    for (const locale of locales) {
      if (!holders.includes(locale)) problems.push(`${locale}: missing "${key}" (present in ${holders.join(', ')})`);
    }
    const shapes = new Map(holders.map((l) => [l, placeholders(keysByLocale.get(l)!.get(key)!.values)]));
    if (new Set(shapes.values()).size > 1) {
      problems.push(`"${key}": placeholders differ: ${[...shapes].map(([l, p]) => `${l} {${p}}`).join('; ')}`);
    }
    for (const locale of holders) {
      const entry = keysByLocale.get(locale)!.get(key)!;
      if (entry.values.some((value) => value.trim() === '')) problems.push(`${locale}: "${key}" is empty`);
      const forms = [...entry.forms].filter(Boolean);
      if (forms.length === 0) continue;
      const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
      for (const category of needed) {
        if (!entry.forms.has(category)) problems.push(`${locale}: "${key}" lacks plural form _${category}`);
      }
      for (const category of forms) {
        if (category !== 'zero' && !needed.includes(category))
          problems.push(`${locale}: "${key}" has plural form _${category}, which ${locale} does not use`);
      }
      if (entry.forms.has('')) problems.push(`${locale}: "${key}" is both a plain key and a plural`);
    }
  }

  const used = new Set(scan.uses.map((u) => u.key));
  for (const use of scan.uses) {
    for (const locale of locales) {
      if (!keysByLocale.get(locale)!.has(use.key)) problems.push(`${use.where}: "${use.key}" is not in ${locale}`);
    }
  }
  for (const key of [...allKeys].sort()) {
    if (!used.has(key)) problems.push(`"${key}" is in the locales but no code uses it`);
  }
  return [...new Set(problems)];
}
