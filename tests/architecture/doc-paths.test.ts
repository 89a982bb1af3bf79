// The docs name real files: every repository path in README.md and docs/*.md (in backticks,
// in a link, or at the start of a word in a code block) exists, and every Markdown table is
// unbroken. A path on a line that says "(planned" is a promise, not a claim, and is skipped.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where a repository path can start; build output (dist/, release/) is not in a clone. */
const ROOTS = ['.ci', 'assets', 'core', 'docs', 'electron', 'locales', 'renderer', 'scripts', 'tests'];
const ROOT_FILE = /^(README\.md|package(-lock)?\.json|tsconfig(\.\w+)?\.json|electron-builder\.yml|(playwright|vite|vitest)\.config\.ts)$/;

export interface NamedPath {
  line: number;
  path: string;
}

/** `core/model/` → itself; `locales/<lng>/<ns>.json` → `locales`: the part before a placeholder. */
function checkablePart(path: string): string {
  const parts = path.split('/');
  const at = parts.findIndex((part) => /[<>*{}$]|\.\.\./.test(part));
  return (at < 0 ? parts : parts.slice(0, at)).join('/');
}

function looksLikeRepoPath(text: string): boolean {
  if (/\s/.test(text) || /^[a-z]+:/.test(text)) return false;
  const first = text.replace(/^\.\//, '').split('/')[0]!;
  return (text.includes('/') && ROOTS.includes(first)) || ROOT_FILE.test(text);
}

/** The repository paths a Markdown file names, relative to the repository root. */
export function pathsNamed(markdown: string, docFile: string): NamedPath[] {
  const found: NamedPath[] = [];
  let fenced = false;
  markdown.split('\n').forEach((text, index) => {
    const line = index + 1;
    if (/^\s*```/.test(text)) {
      fenced = !fenced;
      return;
    }
    if (/\(planned/.test(text)) return;
    if (fenced) {
      for (const word of text.split(/\s+/)) if (looksLikeRepoPath(word)) found.push({ line, path: word });
      return;
    }
    for (const match of text.matchAll(/`([^`]+)`/g)) {
      const span = match[1]!.trim();
      if (looksLikeRepoPath(span)) found.push({ line, path: span });
    }
    for (const match of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = match[1]!.split('#')[0]!;
      if (!target || /^[a-z]+:/.test(target)) continue;
      found.push({ line, path: relative('.', normalize(join(dirname(docFile), target))) });
    }
  });
  return found.map((p) => ({ line: p.line, path: checkablePart(p.path.replace(/^\.\//, '').replace(/\/$/, '')) })).filter((p) => p.path !== '');
}

/** Table rows cut off from their table (by a blank line, say): a row with no header above it. */
export function brokenTables(markdown: string): number[] {
  const lines = markdown.split('\n');
  const broken: number[] = [];
  let fenced = false;
  lines.forEach((text, i) => {
    if (/^\s*```/.test(text)) fenced = !fenced;
    if (fenced || !text.startsWith('|')) return;
    const previous = lines[i - 1] ?? '';
    const next = lines[i + 1] ?? '';
    const header = /^\|(\s*:?-{3,}:?\s*\|)+\s*$/.test(next);
    if (!previous.startsWith('|') && !header) broken.push(i + 1);
  });
  return broken;
}

const DOCS = ['README.md', ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

describe('doc paths', () => {
  it('finds paths in backticks, links and code blocks, and skips commands, URLs and planned ones', () => {
    const markdown = [
      'See `core/model/blocks.ts` and [the format](document-format.md#top), not `npm test` or [a site](https://example.org).',
      '`locales/<lng>/<ns>.json`, `core/itinerary/` (planned), `package.json`, `dist/cli/briefing.mjs`',
      '```sh',
      'npx briefing check assets/sample-workspace/sample-workspace.json -o out.pdf',
      '```',
    ].join('\n');
    expect(pathsNamed(markdown, 'docs/x.md')).toEqual([
      { line: 1, path: 'core/model/blocks.ts' },
      { line: 1, path: 'docs/document-format.md' },
      { line: 4, path: 'assets/sample-workspace/sample-workspace.json' },
    ]);
    expect(pathsNamed('`locales/<lng>/<ns>.json` and `package.json`', 'README.md')).toEqual([
      { line: 1, path: 'locales' },
      { line: 1, path: 'package.json' },
    ]);
  });

  it('finds a table row cut off by a blank line', () => {
    const markdown = ['| a | b |', '| --- | --- |', '| 1 | 2 |', '', '| 3 | 4 |', '', '| c |', '| --- |'].join('\n');
    expect(brokenTables(markdown)).toEqual([5]);
  });

  it('every path README.md and docs/*.md name exists', () => {
    const missing = DOCS.flatMap((doc) => pathsNamed(readFileSync(join(root, doc), 'utf8'), doc).filter((p) => !existsSync(join(root, p.path))).map((p) => `${doc}:${p.line}: ${p.path}`));
    expect(DOCS.length).toBeGreaterThan(3);
    expect(missing).toEqual([]);
  });

  it('every table in README.md and docs/*.md is unbroken', () => {
    const broken = DOCS.flatMap((doc) => brokenTables(readFileSync(join(root, doc), 'utf8')).map((line) => `${doc}:${line}`));
    expect(broken).toEqual([]);
  });
});
