import { describe, expect, it } from 'vitest';
import { syntheticWorkspace } from '../../../core/workspace/synthetic-workspace';
import { workspaceJsonChunks } from '../../../core/workspace/workspace-json-chunks';
import { fixtureWorkspace } from '../../fixtures/workspace/fixture-workspace';

describe('workspace JSON in pieces', () => {
  it('is exactly JSON.stringify of the document, whatever the piece size', () => {
    for (const doc of [fixtureWorkspace(), syntheticWorkspace({ segments: 1200, perSection: 37 })]) {
      const whole = JSON.stringify(doc);
      for (const size of [1, 100, 4096, 1 << 20]) expect([...workspaceJsonChunks(doc, size)].join('')).toBe(whole);
    }
  });

  it('produces many pieces for a large workspace, none much larger than asked', () => {
    const pieces = [...workspaceJsonChunks(syntheticWorkspace({ segments: 3000 }), 64 * 1024)];
    expect(pieces.length).toBeGreaterThan(20);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(64 * 1024 * 3);
  });

  it('leaves out undefined fields as JSON.stringify does', () => {
    const doc = { ...fixtureWorkspace(), extra: undefined } as never;
    expect([...workspaceJsonChunks(doc, 10)].join('')).toBe(JSON.stringify(doc));
  });
});
