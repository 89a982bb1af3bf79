// Each source file says where it runs (Signal Desktop's rule), and what it imports must be
// available there: the renderer never reaches Node or Electron, the preload sees only
// Electron and core/, and main never imports renderer code.
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importsOf, isNodeBuiltin, listSources, readSource, runsInDeclaration } from './source-scanner';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

type Place = 'anywhere' | 'in the main process' | 'in the preload' | 'in the renderer' | 'in the browser host' | 'in Node';

/** Where files in each folder may declare they run. */
function allowedPlaces(file: string): Place[] {
  if (file.startsWith('core/')) return ['anywhere'];
  if (file.startsWith('renderer/')) return ['in the renderer', 'in the browser host'];
  if (file === 'electron/preload.ts') return ['in the preload'];
  if (file.startsWith('electron/cli/') || file.startsWith('scripts/')) return ['in Node'];
  if (file.startsWith('electron/')) return ['in the main process', 'in Node'];
  return [];
}

function resolvesInto(file: string, specifier: string, folder: string): boolean {
  return specifier.startsWith('.') && normalize(join(dirname(file), specifier)).startsWith(folder);
}

export function boundaryViolations(file: string, source: string): string[] {
  const problems: string[] = [];
  const place = runsInDeclaration(source) as Place | undefined;
  const allowed = allowedPlaces(file);
  if (!place) problems.push(`${file}: does not open with a "// Runs ..." line saying where it runs`);
  else if (!allowed.includes(place)) problems.push(`${file}: declares "Runs ${place}" but lives where only ${allowed.join(' / ')} is allowed`);
  for (const specifier of importsOf(source)) {
    if (place === 'in the renderer' || place === 'in the browser host') {
      if (specifier === 'electron' || isNodeBuiltin(specifier)) problems.push(`${file}: renderer code imports "${specifier}"`);
      if (resolvesInto(file, specifier, 'electron/')) problems.push(`${file}: renderer code imports main-process code "${specifier}"`);
    }
    if (place === 'in the preload') {
      const ok = specifier === 'electron' || resolvesInto(file, specifier, 'core/') || !specifier.startsWith('.') && !isNodeBuiltin(specifier);
      if (!ok || isNodeBuiltin(specifier)) problems.push(`${file}: the sandboxed preload imports "${specifier}"`);
    }
    if (file.startsWith('electron/') && resolvesInto(file, specifier, 'renderer/')) {
      problems.push(`${file}: main-process code imports renderer code "${specifier}"`);
    }
  }
  return problems;
}

describe('import boundaries', () => {
  it('catches a missing declaration, a misplaced one and forbidden imports', () => {
    expect(boundaryViolations('renderer/x.tsx', "import x from 'y';")).toHaveLength(1);
    expect(boundaryViolations('core/x.ts', '// Runs in the renderer: x\n')[0]).toContain('only anywhere');
    expect(boundaryViolations('renderer/a.tsx', "// Runs in the renderer: a\nimport { ipcRenderer } from 'electron';\nimport fs from 'node:fs';\nimport m from '../electron/main';")).toHaveLength(3);
    expect(boundaryViolations('electron/preload.ts', "// Runs in the preload: p\nimport fs from 'fs';\nimport { x } from './ipc/y';")).toHaveLength(2);
    expect(boundaryViolations('electron/main.ts', "// Runs in the main process: m\nimport { App } from '../renderer/app';")).toHaveLength(1);
  });

  it('accepts files that keep to their place', () => {
    expect(boundaryViolations('electron/preload.ts', "// Runs in the preload: p\nimport { contextBridge } from 'electron';\nimport { contract } from '../core/ipc/contract';")).toEqual([]);
    expect(boundaryViolations('renderer/app.tsx', "// Runs in the renderer: app\nimport { useState } from 'react';\nimport { contract } from '../core/ipc/contract';")).toEqual([]);
  });

  it('holds for every source file', () => {
    const files = ['core', 'electron', 'renderer', 'scripts'].flatMap((dir) => {
      try {
        return listSources(root, dir);
      } catch {
        return [];
      }
    });
    expect(files.length).toBeGreaterThan(0);
    const problems = files.flatMap((file) => boundaryViolations(file, readSource(root, file)));
    expect(problems).toEqual([]);
  });
});
