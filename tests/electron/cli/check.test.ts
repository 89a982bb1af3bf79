import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { executeCommand } from '../../../core/model/apply-command';
import type { Workspace } from '../../../core/model/workspace';
import { encodeJournalEntry } from '../../../core/workspace/command-journal';
import { main } from '../../../electron/cli/main';
import { ctx, fixtureWorkspace } from '../../fixtures/workspace/fixture-workspace';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const folder = mkdtempSync(join(tmpdir(), 'briefing-check-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let counter = 0;
function file(content: string | Workspace): string {
  const path = join(folder, `w${++counter}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

function edited(...commands: unknown[]): Workspace {
  let doc = fixtureWorkspace();
  for (const command of commands) {
    const result = executeCommand(doc, command, ctx());
    if (!result.ok) throw new Error(result.error.message);
    doc = result.doc;
  }
  return doc;
}

async function check(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['check', ...args], { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

describe('briefing check', () => {
  it('passes a good workspace with exit 0 and a table per language', async () => {
    const { code, stdout } = await check(file(fixtureWorkspace()));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Language\s+Texts\s+Missing\s+Drafts\s+Figures\s+Glossary\s+Forbidden$/m);
    expect(stdout).toMatch(/^ar\s+\d+\s+0\s+0\s+0\s+0\s+0$/m);
    expect(stdout).toContain('0 errors, 0 warnings — ready to print');
  });

  it('fails with exit 1 and names each problem, its language and its JSON path', async () => {
    const doc = edited(
      { type: 'setTranslation', segmentId: 'seg-results-summary', language: 'pt', text: '' },
      { type: 'setTranslation', segmentId: 'seg-overview-intro', language: 'ru', text: 'С июля 2020 года здесь работает низовой пункт законодательной связи.', status: 'reviewed' },
    );
    const { code, stdout } = await check(file(doc));
    expect(code).toBe(1);
    expect(stdout).toMatch(/^error\s+pt\s+\$\.library\.sections\[1\]\.blocks\[0\]\.text$/m);
    expect(stdout).toContain('has no pt translation');
    expect(stdout).toMatch(/^error\s+ru\s+\$\.library\.sections\[0\]\.blocks\[1\]\.text$/m);
    expect(stdout).toContain('the source says 2021, which the ru translation does not');
    expect(stdout).toContain('2 errors, 0 warnings');
  });

  it('prints machine-readable JSON with --json', async () => {
    const doc = edited({ type: 'setTranslation', segmentId: 'seg-results-summary', language: 'ar', text: '' });
    const { code, stdout } = await check(file(doc), '--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ readable: true, ok: false, errors: 1, schemaVersion: 3, languages: ['en', 'ar', 'ru', 'fr', 'es', 'pt'] });
    expect(report.issues).toEqual([expect.objectContaining({ severity: 'error', kind: 'missing-translation', language: 'ar', path: '$.library.sections[1].blocks[0].text', segmentId: 'seg-results-summary' })]);
  });

  it('checks only the languages asked for, and refuses unknown ones', async () => {
    const path = file(edited({ type: 'setTranslation', segmentId: 'seg-results-summary', language: 'ar', text: '' }));
    expect((await check(path, '--lang', 'ru,fr')).code).toBe(0);
    expect((await check(path, '--lang=ar')).code).toBe(1);
    const unknown = await check(path, '--lang', 'de');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('de is not a target language of this workspace (it has en, ar, ru, fr, es, pt)');
  });

  it('counts drafts as errors only with --strict', async () => {
    const path = file(edited({ type: 'setTranslation', segmentId: 'seg-overview-title', language: 'en', text: 'The Chaoyang District grassroots legislative outreach point', status: 'draft' }));
    expect((await check(path)).code).toBe(0);
    const strict = await check(path, '--strict');
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('(--strict: warnings count)');
  });

  it('reports schema errors with their paths, and damaged or newer files plainly', async () => {
    const broken = JSON.parse(JSON.stringify(fixtureWorkspace()));
    broken.visits[0].stops[1].end = '25:00';
    broken.venues[1].kind = 'castle';
    const schema = await check(file(JSON.stringify(broken)));
    expect(schema.code).toBe(1);
    expect(schema.stdout).toMatch(/^error\s+\$\.visits\[0\]\.stops\[1\]\.end$/m);
    expect(schema.stdout).toMatch(/^error\s+\$\.venues\[1\]\.kind$/m);
    const truncated = await check(file(JSON.stringify(fixtureWorkspace()).slice(0, 999)));
    expect(truncated).toMatchObject({ code: 1, stdout: expect.stringContaining('is cut short') });
    const newer = await check(file(JSON.stringify({ ...fixtureWorkspace(), schemaVersion: 9 })));
    expect(newer).toMatchObject({ code: 1, stdout: expect.stringContaining('newer Briefing Desk') });
  });

  it('includes changes still in the journal', async () => {
    const path = file(fixtureWorkspace());
    const entry = { rev: 1, at: '2026-04-16T09:00:00.000Z', by: 'li.na', command: { type: 'setTranslation', segmentId: 'seg-results-summary', language: 'fr', text: '' } };
    writeFileSync(`${path}.journal`, encodeJournalEntry(entry));
    const { code, stdout } = await check(path);
    expect(code).toBe(1);
    expect(stdout).toContain('Includes 1 change from the journal');
    expect(stdout).toContain('has no fr translation');
  });

  it('explains usage mistakes with exit 2', async () => {
    expect((await check()).code).toBe(2);
    expect((await check(join(folder, 'nope.json'))).stderr).toContain('nope.json does not exist');
    expect((await check('a.json', 'b.json')).code).toBe(2);
    expect((await check('a.json', '--frobnicate')).stderr).toContain('unknown option "--frobnicate"');
  });

  it('runs as `npx briefing check`', async () => {
    const path = file(fixtureWorkspace());
    const { stdout } = await promisify(execFile)(process.execPath, [join(root, 'electron', 'cli', 'briefing.mjs'), 'check', path], { cwd: root });
    expect(stdout).toContain('ready to print');
  });

  const sample = join(root, 'assets', 'sample-workspace', 'sample-workspace.json');
  it.skipIf(!existsSync(sample))('passes the sample workspace with zero errors', async () => {
    const { code, stdout } = await check(sample, '--json');
    const report = JSON.parse(stdout);
    expect(report.issues.filter((i: { severity: string }) => i.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
  });
});
