// core/ runs in the main process, the renderer, the CLI and tests alike, so it may not
// reach for Electron, Node built-ins or the DOM. This test reads every core file.
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { globalsUsed, importsOf, isNodeBuiltin, listSources, readSource } from '../architecture/source-scanner';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Packages that only work with Node, Electron or a DOM, or are build/test tooling. */
const FORBIDDEN_PACKAGES = ['electron', 'react', 'react-dom', 'react-i18next', 'lowdb', 'tsx', 'vite', 'vitest', 'jsdom', '@playwright/test', 'playwright-core', 'pdfjs-dist', 'electron-builder'];

export const FORBIDDEN_GLOBALS = [
  'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'fetch',
  'XMLHttpRequest', 'location', 'HTMLElement', 'customElements', 'requestAnimationFrame',
  'process', 'Buffer', '__dirname', '__filename', 'require', 'global', 'setImmediate',
] as const;

export function coreViolations(file: string, source: string): string[] {
  const problems: string[] = [];
  for (const specifier of importsOf(source)) {
    const pkg = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
    if (isNodeBuiltin(specifier)) problems.push(`${file}: imports the Node built-in "${specifier}"`);
    else if (FORBIDDEN_PACKAGES.includes(pkg)) problems.push(`${file}: imports "${specifier}"`);
    else if (specifier.startsWith('.')) {
      const target = normalize(join(dirname(file), specifier));
      if (relative('core', target).startsWith('..')) problems.push(`${file}: imports "${specifier}" from outside core/`);
    }
  }
  for (const name of globalsUsed(source, FORBIDDEN_GLOBALS)) problems.push(`${file}: uses the global "${name}"`);
  return problems;
}

describe('core/ purity', () => {
  it('finds every kind of violation (the checker itself can fail)', () => {
    const bad = [
      "import { app } from 'electron';",
      "import fs from 'node:fs';",
      "import { join } from 'path';",
      "const x = await import('fs/promises');",
      "import '../../electron/main';",
      'export const w = window.innerWidth;',
      'const el = document.body; const b = Buffer.from([]);',
      'if (process.platform) {}',
    ].join('\n');
    const problems = coreViolations('core/x/bad.ts', bad);
    for (const expected of ['"electron"', '"node:fs"', '"path"', '"fs/promises"', 'outside core/', '"window"', '"document"', '"Buffer"', '"process"']) {
      expect(problems.some((p) => p.includes(expected)), expected).toBe(true);
    }
  });

  it('does not flag words in comments, strings or property names', () => {
    const fine = [
      '// the window of the outreach point; document the process',
      "const label = 'window document process';",
      'const o = { document: 1, window: 2 }; const d = o.document + options.process;',
      "import { z } from 'zod';",
      "import { x } from '../ipc/contract';",
    ].join('\n');
    expect(coreViolations('core/settings/fine.ts', fine)).toEqual([]);
  });

  it('holds for every file in core/', () => {
    const files = listSources(root, 'core');
    expect(files.length).toBeGreaterThan(0);
    const problems = files.flatMap((file) => coreViolations(file, readSource(root, file)));
    expect(problems).toEqual([]);
  });
});
