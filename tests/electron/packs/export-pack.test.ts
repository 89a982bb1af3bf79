// Runs in Node (tests): exportPack, which the main process and the CLI use: it reports its
// phases in order, writes the PDF atomically (no temporary file left, an old file replaced
// whole), stops on cancel without writing, returns the missing list without writing, and
// refuses a request that does not fit the workspace.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PackRequestError } from '../../../core/packs/build-pack-document';
import type { PackRequest } from '../../../core/packs/pack-request';
import type { PackProgress } from '../../../core/packs/typeset-pack';
import { exportPack } from '../../../electron/packs/export-pack';
import { KYRGYZ, NOW, sampleWorkspace } from '../../core/packs/helpers/sample-workspace';
import { pdfText } from './helpers/pack-pdf';

const request: PackRequest = { visitId: KYRGYZ, template: 'itinerary', languages: ['ru'], layout: 'single' };
const folder = () => mkdtempSync(join(tmpdir(), 'briefing-export-pack-'));

describe('exportPack', () => {
  it('reports its phases in order and writes the PDF in place of an old file', async () => {
    const dir = folder();
    const out = join(dir, 'itinerary.pdf');
    writeFileSync(out, 'an older file');
    const progress: PackProgress[] = [];
    const result = await exportPack(sampleWorkspace(), request, out, { now: NOW, onProgress: (p) => progress.push(p) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(progress.map((p) => p.phase)).toEqual(['compose', 'layout', 'write', 'save', 'done']);
    const fractions = progress.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
    expect(result).toMatchObject({ path: out, fileName: 'vis-kyrgyz-study-visit-itinerary-ru.pdf', pages: 2, report: { filled: [], warnings: [] } });
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(result.bytes).toBe(readFileSync(out).length);
    expect(pdfText(out)).toContain('День 1');
    expect(readdirSync(dir)).toEqual(['itinerary.pdf']);
  });

  it('stops when cancelled, throws the AbortError and writes nothing', async () => {
    for (const phase of ['compose', 'layout', 'write', 'save'] as const) {
      const dir = folder();
      const controller = new AbortController();
      const run = exportPack(sampleWorkspace(), request, join(dir, 'x.pdf'), {
        signal: controller.signal,
        onProgress: (p) => {
          if (p.phase === phase) controller.abort();
        },
      });
      await expect(run, phase).rejects.toMatchObject({ name: 'AbortError' });
      expect(readdirSync(dir), phase).toEqual([]);
    }
  });

  it('returns the missing translations and writes nothing', async () => {
    const workspace = sampleWorkspace();
    workspace.visits[1]!.stops[0]!.activity.translations.ru!.status = 'draft';
    const dir = folder();
    const result = await exportPack(workspace, request, join(dir, 'x.pdf'));
    expect(result).toEqual({
      ok: false,
      missing: [expect.objectContaining({ segmentPath: '$.visits[1].stops[0].activity', language: 'ru', status: 'draft' })],
    });
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  });

  it('refuses a request that does not fit the workspace', async () => {
    await expect(exportPack(sampleWorkspace(), { ...request, visitId: 'vis-nope' }, join(folder(), 'x.pdf'))).rejects.toBeInstanceOf(PackRequestError);
  });
});
