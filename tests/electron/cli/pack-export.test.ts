// Runs in Node (tests): how `briefing pack` makes a PDF: through the app's export job runner
// with the inline typesetter. It reports the job's phases in order, writes the PDF
// atomically in place of an old file (no temporary file left), stops on a cancel without
// writing, returns the missing list without writing, refuses a request that does not fit
// the workspace, and takes a --logo file for the cover.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PackExportProgress } from '../../../core/ipc/pack-schemas';
import type { PackRequest } from '../../../core/packs/pack-request';
import { exportPackFile, logoDataUrl } from '../../../electron/cli/commands/pack-export';
import { KYRGYZ, NOW, root, sampleWorkspace } from '../../core/packs/helpers/sample-workspace';
import { pdfText } from '../packs/helpers/pack-pdf';

const request: PackRequest = { visitId: KYRGYZ, template: 'itinerary', languages: ['ru'], layout: 'single' };
const folder = () => mkdtempSync(join(tmpdir(), 'briefing-pack-export-'));

describe('the command’s pack export', () => {
  it('reports the job’s phases in order and writes the PDF in place of an old file', async () => {
    const dir = folder();
    const out = join(dir, 'itinerary.pdf');
    writeFileSync(out, 'an older file');
    const progress: PackExportProgress[] = [];
    const outcome = await exportPackFile(sampleWorkspace(), request, out, { workspaceDir: dir, now: NOW, onProgress: (p) => progress.push(p) });
    expect(outcome.status).toBe('done');
    if (outcome.status !== 'done') return;
    expect(progress.map((p) => p.phase)).toEqual(['preparing', 'typesetting', 'writing', 'saving']);
    const fractions = progress.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(outcome.file).toMatchObject({ path: out, fileName: 'vis-kyrgyz-study-visit-itinerary-ru.pdf', pages: 2, filled: [], warnings: [] });
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(outcome.file.bytes).toBe(readFileSync(out).length);
    expect(pdfText(out)).toContain('День 1');
    expect(readdirSync(dir)).toEqual(['itinerary.pdf']);
  });

  it('stops when cancelled, in any phase before saving, and writes nothing', async () => {
    for (const phase of ['preparing', 'typesetting', 'writing'] as const) {
      const dir = folder();
      const controller = new AbortController();
      const outcome = await exportPackFile(sampleWorkspace(), request, join(dir, 'x.pdf'), {
        workspaceDir: dir,
        signal: controller.signal,
        onProgress: (p) => {
          if (p.phase === phase) controller.abort();
        },
      });
      expect(outcome, phase).toEqual({ status: 'cancelled' });
      expect(readdirSync(dir), phase).toEqual([]);
    }
  });

  it('returns the missing translations and writes nothing', async () => {
    const workspace = sampleWorkspace();
    workspace.visits[1]!.stops[0]!.activity.translations.ru!.status = 'draft';
    const dir = folder();
    const outcome = await exportPackFile(workspace, request, join(dir, 'x.pdf'), { workspaceDir: dir });
    expect(outcome).toEqual({
      status: 'missing',
      missing: [expect.objectContaining({ segmentPath: '$.visits[1].stops[0].activity', language: 'ru', status: 'draft' })],
    });
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  });

  it('refuses a request that does not fit the workspace', async () => {
    const dir = folder();
    const outcome = await exportPackFile(sampleWorkspace(), { ...request, visitId: 'vis-nope' }, join(dir, 'x.pdf'), { workspaceDir: dir });
    expect(outcome).toMatchObject({ status: 'refused', message: expect.stringContaining('unknown visit "vis-nope"') });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reads a --logo file as the data URL the cover takes', () => {
    const png = join(folder(), 'logo.png');
    const bytes = readFileSync(join(root, 'assets', 'icons', 'icon.png'));
    writeFileSync(png, bytes);
    expect(logoDataUrl(png)).toBe(`data:image/png;base64,${bytes.toString('base64')}`);
  });
});
