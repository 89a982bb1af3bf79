// Runs in Node (file scan, in the dom project): the Electron host's CSP allows scripts and
// styles from 'self' only, and the page loads from app://, so the page must have no inline
// script or style, no absolute asset URL, and components must not set inline styles.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// import.meta.dirname, not import.meta.url: under jsdom, URL is jsdom's and node:url refuses it.
const repoRoot = resolve(import.meta.dirname, '../..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('markup the CSP allows', () => {
  const html = readFileSync(join(repoRoot, 'renderer/index.html'), 'utf8');

  it('index.html has no inline script, inline style or event handler', () => {
    for (const script of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      expect(script[1], 'every script has a src').toMatch(/\bsrc=/);
      expect(script[2]!.trim(), 'and no body').toBe('');
    }
    expect(html).not.toMatch(/<style\b/);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/\son[a-z]+=/);
  });

  it('index.html refers to its files relatively, so it loads from app:// or any path', () => {
    const urls = [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url, url).toMatch(/^\.\//);
  });

  it('no component sets an inline style', () => {
    const offenders = filesUnder(join(repoRoot, 'renderer'))
      .filter((file) => file.endsWith('.tsx'))
      .filter((file) => /\sstyle=\{/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(repoRoot, file));
    expect(offenders).toEqual([]);
  });
});
