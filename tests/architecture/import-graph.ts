// Runs in Node (tests): the file-level import graph of a source tree, and its cycles
// (Tarjan's strongly connected components). Reads text only, like source-scanner.ts.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { importsOf, listSources, readSource } from './source-scanner';

/** file → the repository files it imports (relative specifiers only, resolved as TypeScript does). */
export type ImportGraph = Map<string, string[]>;

const CANDIDATES = ['', '.ts', '.tsx', '.mts', '.mjs', '.js', '/index.ts', '/index.tsx'];

/** Resolves `specifier` imported by `file` to a repository path, or undefined for packages. */
export function resolveImport(file: string, specifier: string, exists: (path: string) => boolean): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = normalize(join(dirname(file), specifier));
  return CANDIDATES.map((suffix) => base + suffix).find(exists);
}

/** Builds the graph from in-memory sources (the tests feed it small made-up trees). */
export function graphOf(sources: ReadonlyMap<string, string>): ImportGraph {
  const graph: ImportGraph = new Map();
  const exists = (path: string) => sources.has(path);
  for (const [file, source] of sources) {
    const targets = importsOf(source).flatMap((specifier) => resolveImport(file, specifier, exists) ?? []);
    graph.set(file, [...new Set(targets)].sort());
  }
  return graph;
}

/** The import graph of every source file under `dir` (relative to `root`). */
export function importGraph(root: string, dir: string): ImportGraph {
  const sources = new Map(listSources(root, dir).map((file) => [file, readSource(root, file)] as const));
  const graph = graphOf(sources);
  // Imports that leave `dir` still count as edges, so a caller can check where they go.
  const isFile = (path: string) => existsSync(join(root, path)) && statSync(join(root, path)).isFile();
  for (const [file, source] of sources) {
    const outside = importsOf(source).flatMap((specifier) => {
      const target = resolveImport(file, specifier, isFile);
      return target && !sources.has(target) ? [target] : [];
    });
    if (outside.length) graph.set(file, [...new Set([...graph.get(file)!, ...outside])].sort());
  }
  return graph;
}

/**
 * Every import cycle: the strongly connected components with more than one file, or a file
 * that imports itself. Each is sorted, and the list is sorted by its first file.
 */
export function importCycles(graph: ImportGraph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];

  // Iterative Tarjan, so a deep chain of imports cannot overflow the call stack.
  for (const start of [...graph.keys()].sort()) {
    if (index.has(start)) continue;
    const work: Array<{ node: string; next: number }> = [{ node: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length) {
      const frame = work[work.length - 1]!;
      const targets = graph.get(frame.node) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++]!;
        if (!graph.has(target)) continue;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        const selfImport = component.length === 1 && targets.includes(frame.node);
        if (component.length > 1 || selfImport) cycles.push(component.sort());
      }
    }
  }
  return cycles.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** One path around a cycle, for a readable failure: a.ts → b.ts → a.ts. */
export function cyclePath(graph: ImportGraph, component: readonly string[]): string[] {
  const members = new Set(component);
  const start = component[0]!;
  // Breadth-first from start back to start, inside the component.
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const node = queue.shift()!;
    for (const target of graph.get(node) ?? []) {
      if (!members.has(target)) continue;
      if (target === start) {
        const path = [start];
        for (let at: string | undefined = node; at !== undefined && at !== start; at = previous.get(at)) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!previous.has(target)) {
        previous.set(target, node);
        queue.push(target);
      }
    }
  }
  return [...component];
}
