// Runs in Node (file scan, in the dom project): the renderer's styles use logical properties
// only, so Arabic's right-to-left layout is the mirror of Chinese and English for free.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPhysicalCss, findPhysicalTsx } from './support/physical-css-check';

// import.meta.dirname, not import.meta.url: under jsdom, URL is jsdom's and node:url refuses it.
const repoRoot = resolve(import.meta.dirname, '../..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('renderer styles are written in logical properties', () => {
  const files = filesUnder(join(repoRoot, 'renderer'));
  const css = files.filter((f) => f.endsWith('.css') || f.endsWith('.html'));
  const tsx = files.filter((f) => f.endsWith('.tsx') || f.endsWith('.ts'));

  it('finds the files it checks', () => {
    expect(css.length).toBeGreaterThan(2);
    expect(tsx.length).toBeGreaterThan(5);
  });

  it('has no physical left/right property in any CSS file', () => {
    const offenders = css.flatMap((file) =>
      findPhysicalCss(readFileSync(file, 'utf8')).map((use) => `${relative(repoRoot, file)}:${use.line}: ${use.text}`),
    );
    expect(offenders).toEqual([]);
  });

  it('has no physical left/right property in any style object', () => {
    const offenders = tsx.flatMap((file) =>
      findPhysicalTsx(readFileSync(file, 'utf8')).map((use) => `${relative(repoRoot, file)}:${use.line}: ${use.text}`),
    );
    expect(offenders).toEqual([]);
  });
});

describe('the physical-property check itself', () => {
  it('catches each physical form in CSS', () => {
    const bad = [
      '.a { margin-left: 4px; }',
      '.a { padding-right: 4px }',
      '.a{left:0}',
      '  right: 12px;',
      '.a { text-align: left; }',
      '.a { text-align: right }',
      '.a { border-left: 1px solid; }',
      '.a { border-right-color: red; }',
      '.a { float: left; }',
      '.a { float: right; }',
      '.a { border-top-left-radius: 4px; }',
      '.a { margin: 0 4px 0 8px; }',
      '.a { padding: 1px 2px 3px 4px }',
      '.a { border-radius: 4px 0 0 4px; }',
      '.a { background-position: right 4px center; }',
    ];
    for (const line of bad) expect(findPhysicalCss(line), line).toHaveLength(1);
  });

  it('lets logical and symmetric forms through, and ignores comments', () => {
    const good = [
      '.a { margin-inline-start: 4px; inset-inline-end: 0; text-align: start; border-inline-end: 1px solid; }',
      '.a { padding: 4px 8px; margin: 0 auto; padding: 1px 2px 3px 2px; border-radius: 50%; }',
      '.a { letter-spacing: 0.1em; inset-block: 7px; }',
      '/* the sidebar sits left in Chinese, right in Arabic; text-align: left would be wrong */',
      '.a:hover { color: red }',
    ];
    for (const line of good) expect(findPhysicalCss(line), line).toEqual([]);
  });

  it('catches physical keys in style objects', () => {
    for (const line of [
      '<div style={{ marginLeft: 4 }} />',
      '<div style={{ paddingRight: 4 }} />',
      "<div style={{ textAlign: 'right' }} />",
      '<div style={{ position: "absolute", left: 0 }} />',
      '<div style={{ borderLeftWidth: 2 }} />',
    ])
      expect(findPhysicalTsx(line), line).toHaveLength(1);
    expect(findPhysicalTsx("<div style={{ marginInlineStart: 4, textAlign: 'start' }} /> // left: 0")).toEqual([]);
  });
});
