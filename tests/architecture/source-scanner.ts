// Runs in Node (tests): reads source files as text and finds what they import and which
// free identifiers they use, without a TypeScript compiler API (TypeScript 7 has none in JS).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';

const SOURCE_EXTENSIONS = /\.(ts|tsx|mts|cts|mjs|cjs|js)$/;

export function listSources(root: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (SOURCE_EXTENSIONS.test(name) && !name.endsWith('.d.ts')) out.push(relative(root, full));
    }
  };
  walk(join(root, dir));
  return out.sort();
}

/**
 * Blanks out comments and the contents of string and template literals, keeping line
 * structure, so identifier scans do not trip over prose or data. Import specifiers are
 * read separately, from the original text.
 */
export function stripCommentsAndStrings(source: string): string {
  let out = '';
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source[i]!;
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      while (i < n && source[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      i += 2;
      while (i < n && !(source[i] === '*' && source[i + 1] === '/')) {
        if (source[i] === '\n') out += '\n';
        i++;
      }
      i += 2;
    } else if (c === '"' || c === "'" || c === '`') {
      i++;
      while (i < n && source[i] !== c) {
        if (source[i] === '\\') i++;
        else if (source[i] === '\n') out += '\n';
        i++;
      }
      i++;
      out += c + c;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

const IMPORT_PATTERNS = [
  /\bimport\s+(?:type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
  /\bexport\s+(?:type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
];

export function importsOf(source: string): string[] {
  // Comments may mention imports; drop them but keep strings (the specifiers).
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const found = new Set<string>();
  for (const pattern of IMPORT_PATTERNS) {
    for (const match of withoutComments.matchAll(pattern)) found.add(match[1]!);
  }
  return [...found];
}

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

export function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || NODE_BUILTINS.has(specifier) || NODE_BUILTINS.has(specifier.split('/')[0]!);
}

/** Free uses of the given globals: `window.x`, `document`, but not `options.document`. */
export function globalsUsed(source: string, globals: readonly string[]): string[] {
  const code = stripCommentsAndStrings(source);
  const used = new Set<string>();
  for (const name of globals) {
    // A file that binds the name itself (a variable or parameter) is not using the global;
    // the per-side type-check (no DOM or Node types in core/) catches the rest.
    const escaped = name.replace('$', '\\$');
    const declared = new RegExp(`\\b(?:const|let|var|function|class)\\s+${escaped}\\b|[(,]\\s*${escaped}\\s*[?:,)=]`);
    if (declared.test(code)) continue;
    const pattern = new RegExp(`(^|[^.\\w$?])${name.replace('$', '\\$')}(?![\\w$])(?!\\s*:(?!:))`, 'gm');
    for (const match of code.matchAll(pattern)) {
      // `{ document }` or `document:` as an object key / parameter name is not a global use.
      const before = code.slice(Math.max(0, match.index! - 20), match.index! + match[1]!.length);
      if (/(?:interface|type|class|function|const|let|var)\s+$/.test(before)) continue;
      used.add(name);
    }
  }
  return [...used];
}

export function readSource(root: string, file: string): string {
  return readFileSync(join(root, file), 'utf8');
}

/** The `// Runs ...` line a source file opens with (after an optional shebang). */
export function runsInDeclaration(source: string): string | undefined {
  const lines = source.split('\n');
  const first = lines[0]?.startsWith('#!') ? lines[1] : lines[0];
  const match = first?.match(/^\/\/ Runs (anywhere|in (?:the main process|the preload|the renderer|Node|the browser host))\b/);
  return match?.[1];
}
