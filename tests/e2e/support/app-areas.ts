// Runs in Node: what the e2e tests expect of each area, per language (the strings come from
// the locale files, so a reworded label does not break the tests but a missing one does).
import { readFileSync } from 'node:fs';

export const AREA_IDS = ['library', 'glossary', 'delegations', 'visits', 'venues', 'packs', 'present'] as const;
/** Areas that show the open workspace; the others still show what they will be. */
export const DATA_AREA_IDS = ['library', 'glossary', 'delegations', 'visits', 'venues', 'packs'] as const;

type Json = Record<string, unknown>;

function load(language: string, namespace: string): Json {
  return JSON.parse(readFileSync(new URL(`../../../locales/${language}/${namespace}.json`, import.meta.url), 'utf8'));
}

function at(tree: Json, path: string): string {
  let node: unknown = tree;
  for (const part of path.split('.')) node = (node as Json)[part];
  if (typeof node !== 'string') throw new Error(`no string at ${path}`);
  return node;
}

/** One namespace's strings in a language, by dotted key. */
export function namespaceStrings(language: 'zh-CN' | 'en' | 'ar', namespace: string): (key: string) => string {
  const tree = load(language, namespace);
  return (key) => at(tree, key);
}

export function strings(language: 'zh-CN' | 'en' | 'ar') {
  const nav = load(language, 'nav');
  const areas = load(language, 'areas');
  const settings = load(language, 'settings');
  const library = load(language, 'library');
  const workspace = load(language, 'workspace');
  return {
    nav: (key: string) => at(nav, key),
    areas: (key: string) => at(areas, key),
    settings: (key: string) => at(settings, key),
    library: (key: string) => at(library, key),
    workspace: (key: string) => at(workspace, key),
  };
}
