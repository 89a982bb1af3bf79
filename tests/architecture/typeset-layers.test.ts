// Runs in Node (tests): the typesetting engine's layering. core/typeset has no import
// cycle (type-only imports count: they are still a dependency of the design), never
// imports the PDF writer, and the writer reads only the hand-over types of layout
// (laid-out-document.ts); core/render/ joins the two.
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importsOf, listSources, readSource } from './source-scanner';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Relative imports of each file, resolved to repository paths (.ts added). */
function graph(files: readonly string[]): Map<string, string[]> {
  const known = new Set(files);
  const edges = new Map<string, string[]>();
  for (const file of files) {
    const targets: string[] = [];
    for (const specifier of importsOf(readSource(root, file))) {
      if (!specifier.startsWith('.')) continue;
      const base = normalize(join(dirname(file), specifier)).replace(/\.(ts|js)$/, '');
      const target = [`${base}.ts`, `${base}/index.ts`].find((candidate) => known.has(candidate));
      if (target) targets.push(target);
    }
    edges.set(file, targets);
  }
  return edges;
}

/** Strongly connected components of more than one file, or a file importing itself (Tarjan). */
export function cycles(edges: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (edges.get(v) ?? []).includes(v)) out.push(component.sort());
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return out;
}

describe('the typesetting layers', () => {
  const files = [...listSources(root, 'core/typeset'), ...listSources(root, 'core/pdf'), ...listSources(root, 'core/render')];
  const edges = graph(files);

  it('finds a cycle when there is one (the check itself can fail)', () => {
    const sample = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(cycles(sample)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(cycles(new Map([['a.ts', ['b.ts']], ['b.ts', []]]))).toEqual([]);
  });

  it('has no import cycle in core/typeset, core/pdf or core/render', () => {
    expect(files.some((f) => f.startsWith('core/typeset/paragraph/'))).toBe(true);
    expect(cycles(edges)).toEqual([]);
  });

  it('layout never imports the PDF writer, and the writer only the laid-out document', () => {
    const problems: string[] = [];
    for (const [file, targets] of edges) {
      for (const target of targets) {
        if (file.startsWith('core/typeset/') && target.startsWith('core/pdf/')) problems.push(`${file} → ${target}`);
        if (file.startsWith('core/pdf/') && target.startsWith('core/typeset/') && target !== 'core/typeset/laid-out-document.ts') {
          problems.push(`${file} → ${target}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
