// core/ is layered (tests/architecture/core-layers.ts) and no source file takes part in an
// import cycle. Both checks read the real import graph of the repository.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CORE_LAYERS, layerFolderOf, layerTableMarkdown, type CoreLayer } from './core-layers';
import { cyclePath, graphOf, importCycles, importGraph, type ImportGraph } from './import-graph';
import { listSources } from './source-scanner';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Today's cycles, each fixed on another branch (core/packs: issue 9p; core/typeset/layout
 * and core/typeset ↔ core/pdf: issue 12t). The list must match exactly: a new cycle fails,
 * and so does a listed one that is gone, so it shrinks as the fixes land and ends empty.
 */
export const KNOWN_CYCLES_BEING_FIXED: { files: readonly (readonly string[])[]; folders: readonly (readonly string[])[] } = {
  files: [],
  folders: [],
};

/** Imports from one core folder into a folder it may not import (same or higher layer). */
export function layerViolations(graph: ImportGraph, layers: readonly CoreLayer[], excused: readonly (readonly string[])[] = []): string[] {
  const layerOf = new Map(layers.map((l) => [l.folder, l.layer]));
  const problems: string[] = [];
  for (const [file, targets] of graph) {
    if (!file.startsWith('core/')) continue;
    const from = layerFolderOf(file);
    for (const target of targets) {
      const to = layerFolderOf(target);
      if (!target.startsWith('core/') || to === from) continue;
      if (excused.some((pair) => pair.includes(from) && pair.includes(to))) continue;
      const a = layerOf.get(from);
      const b = layerOf.get(to);
      if (a === undefined) problems.push(`${file}: its folder ${from}/ is not in the layer table (tests/architecture/core-layers.ts)`);
      else if (b === undefined) problems.push(`${file} imports ${target}: ${to}/ is not in the layer table`);
      else if (b >= a) problems.push(`${file} (layer ${a}, ${from}) imports ${target} (layer ${b}, ${to}): only lower layers may be imported`);
    }
  }
  return problems;
}

/** The folder-level cycles of core (pairs or larger groups of folders importing each other). */
function folderCycles(graph: ImportGraph): string[][] {
  const folders: ImportGraph = new Map();
  for (const [file, targets] of graph) {
    if (!file.startsWith('core/')) continue;
    const from = layerFolderOf(file);
    const set = new Set(folders.get(from) ?? []);
    for (const target of targets) if (target.startsWith('core/') && layerFolderOf(target) !== from) set.add(layerFolderOf(target));
    folders.set(from, [...set].sort());
  }
  return importCycles(folders);
}

const key = (cycle: readonly string[]) => cycle.join(' + ');

/** What differs between the cycles found and the allow-list, in words. */
function compareWithAllowList(found: string[][], allowed: readonly (readonly string[])[], describeFound: (cycle: string[]) => string): string[] {
  const allowedKeys = new Set(allowed.map((c) => key([...c].sort())));
  const foundKeys = new Set(found.map(key));
  return [
    ...found.filter((c) => !allowedKeys.has(key(c))).map((c) => `new import cycle: ${describeFound(c)}`),
    ...allowed.filter((c) => !foundKeys.has(key([...c].sort()))).map((c) => `gone (or changed), remove it from KNOWN_CYCLES_BEING_FIXED: ${key(c)}`),
  ];
}

describe('import cycles', () => {
  it('the finder reports every cycle, self-imports included, and nothing else', () => {
    const graph = graphOf(
      new Map([
        ['x/a.ts', "import { b } from './b';"],
        ['x/b.ts', "import { c } from './c';\nexport { d } from './d';"],
        ['x/c.ts', "import type { A } from './a';"],
        ['x/d.ts', "import { e } from './e';"],
        ['x/e.ts', "const d = await import('./d');"],
        ['x/f.ts', "import { f } from './f';\nimport { a } from './a';"],
        ['x/g.ts', "import { z } from 'zod';\nimport { a } from './a';"],
      ]),
    );
    expect(importCycles(graph)).toEqual([['x/a.ts', 'x/b.ts', 'x/c.ts'], ['x/d.ts', 'x/e.ts'], ['x/f.ts']]);
    expect(cyclePath(graph, ['x/a.ts', 'x/b.ts', 'x/c.ts'])).toEqual(['x/a.ts', 'x/b.ts', 'x/c.ts', 'x/a.ts']);
    expect(importCycles(graphOf(new Map([['a.ts', "import './b';"], ['b.ts', '']])))).toEqual([]);
  });

  it('the allow-list comparison fails on a new cycle and on a listed one that is gone', () => {
    expect(compareWithAllowList([['a', 'b']], [['b', 'a']], key)).toEqual([]);
    expect(compareWithAllowList([['a', 'b'], ['c', 'd']], [['a', 'b']], key)).toEqual(['new import cycle: c + d']);
    expect(compareWithAllowList([], [['a', 'b']], key)[0]).toContain('gone');
  });

  it('no source file is in an import cycle, except those being fixed', () => {
    const graph = new Map(['core', 'electron', 'renderer', 'scripts'].flatMap((dir) => [...importGraph(root, dir)]));
    expect(graph.size).toBeGreaterThan(300);
    const problems = compareWithAllowList(importCycles(graph), KNOWN_CYCLES_BEING_FIXED.files, (c) => `${cyclePath(graph, c).join(' → ')} (${c.length} files: ${c.join(', ')})`);
    expect(problems).toEqual([]);
  });

  it('no two core folders import each other, except those being fixed', () => {
    const graph = importGraph(root, 'core');
    expect(compareWithAllowList(folderCycles(graph), KNOWN_CYCLES_BEING_FIXED.folders, key)).toEqual([]);
  });
});

describe('core layers', () => {
  it('the check names an import of the same or a higher layer, and an unknown folder', () => {
    const graph = graphOf(
      new Map([
        ['core/model/a.ts', "import { x } from '../assert-never';\nimport { p } from '../packs/p';\nimport { t } from '../typeset/t';"],
        ['core/packs/p.ts', "import { a } from '../model/a';\nimport { n } from '../new/n';"],
        ['core/typeset/t.ts', ''],
        ['core/new/n.ts', "import { a } from '../model/a';"],
        ['core/assert-never.ts', ''],
      ]),
    );
    const layers: CoreLayer[] = [
      { folder: 'core', layer: 0, holds: '' },
      { folder: 'core/model', layer: 1, holds: '' },
      { folder: 'core/typeset', layer: 1, holds: '' },
      { folder: 'core/packs', layer: 2, holds: '' },
    ];
    const problems = layerViolations(graph, layers);
    expect(problems).toHaveLength(4);
    expect(problems.filter((p) => p.startsWith('core/model/a.ts imports core/packs/p.ts') || p.startsWith('core/model/a.ts (layer 1, core/model) imports core/packs/p.ts'))).toHaveLength(1);
    expect(problems.some((p) => p.includes('imports core/typeset/t.ts (layer 1'))).toBe(true);
    expect(problems.some((p) => p.startsWith('core/new/n.ts: its folder core/new/ is not in the layer table'))).toBe(true);
    expect(problems.some((p) => p.includes('core/new/ is not in the layer table') && p.startsWith('core/packs/p.ts'))).toBe(true);
    expect(layerViolations(graph, layers, [['core/model', 'core/packs'], ['core/model', 'core/typeset'], ['core/new', 'core/model'], ['core/new', 'core/packs']])).toEqual([]);
  });

  it('every core folder is in the table, and every folder in the table exists unless planned', () => {
    const folders = new Set(listSources(root, 'core').map(layerFolderOf));
    const declared = new Set(CORE_LAYERS.map((l) => l.folder));
    expect([...folders].filter((f) => !declared.has(f))).toEqual([]);
    expect(CORE_LAYERS.filter((l) => !l.planned && !folders.has(l.folder)).map((l) => l.folder)).toEqual([]);
  });

  it('every import in core goes to a lower layer', () => {
    expect(layerViolations(importGraph(root, 'core'), CORE_LAYERS, KNOWN_CYCLES_BEING_FIXED.folders)).toEqual([]);
  });

  it('docs/ARCHITECTURE.md shows the layer table as declared', () => {
    const doc = readFileSync(join(root, 'docs', 'ARCHITECTURE.md'), 'utf8');
    expect(doc, `docs/ARCHITECTURE.md should contain:\n${layerTableMarkdown()}`).toContain(layerTableMarkdown());
  });
});
