import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../../core/model/schema-version';
import { readWorkspaceText } from '../../../core/workspace/read-workspace-text';
import { syntheticWorkspace } from '../../../core/workspace/synthetic-workspace';
import { fixtureWorkspace, V1_FIXTURE } from '../../fixtures/workspace/fixture-workspace';

const good = JSON.stringify(fixtureWorkspace(), null, 2);

function problemOf(text: string) {
  const result = readWorkspaceText(text, 'w.json');
  if (result.ok) throw new Error('expected a problem');
  return result.problem;
}

describe('reading a workspace file', () => {
  it('reads a good file as it is', () => {
    const result = readWorkspaceText(good);
    expect(result.ok && result.doc).toEqual(fixtureWorkspace());
    expect(result.ok && result.migratedFrom).toBe(null);
  });

  it('says exactly what is wrong with a damaged one', () => {
    expect(problemOf('')).toMatchObject({ kind: 'empty', message: expect.stringMatching(/^w\.json is empty/) });
    expect(problemOf(' \n ')).toMatchObject({ kind: 'empty' });
    expect(problemOf('\u0000'.repeat(4096))).toMatchObject({ kind: 'nul-filled', message: expect.stringContaining('only NUL bytes') });
    expect(problemOf(good.slice(0, 300) + '\u0000'.repeat(100))).toMatchObject({ kind: 'nul-filled', message: expect.stringMatching(/from line \d+/) });
    expect(problemOf(good.slice(0, good.length / 2))).toMatchObject({ kind: 'truncated', message: expect.stringContaining('cut short') });
    expect(problemOf(good.slice(0, -2))).toMatchObject({ kind: 'truncated' });
    expect(problemOf(good.replace('"revision": 0', '"revision": 0,,'))).toMatchObject({ kind: 'invalid-json', message: expect.stringMatching(/line 4, column \d+/) });
    expect(problemOf('{"hello": "world"}')).toMatchObject({ kind: 'not-a-workspace' });
    expect(problemOf('[1, 2]')).toMatchObject({ kind: 'not-a-workspace' });
  });

  it('names the JSON path of a schema problem, deep inside or at the top', () => {
    const doc = JSON.parse(good);
    doc.library.sections[1].blocks[0].text.translations.ar.status = 'approved';
    const deep = problemOf(JSON.stringify(doc));
    expect(deep.kind).toBe('schema-invalid');
    expect(deep.issues[0]!.path).toBe('$.library.sections[1].blocks[0].text.translations.ar.status');
    expect(deep.message).toContain('$.library.sections[1].blocks[0].text.translations.ar.status');

    const stray = JSON.parse(good);
    stray.visits[0].stops[0].activity.translations.de = { text: 'x', status: 'draft', changedBy: 'a', changedAt: '2026-01-01T00:00:00Z' };
    expect(problemOf(JSON.stringify(stray)).issues.map((i) => i.path)).toEqual(['$.visits[0].stops[0].activity.translations.de']);

    const top = JSON.parse(good);
    delete top.meta;
    expect(problemOf(JSON.stringify(top)).issues[0]!.path).toBe('$.meta');
  });

  it('finds a bad segment among thousands (fast path and full check agree)', () => {
    const doc = syntheticWorkspace({ segments: 3000 }) as any;
    expect(readWorkspaceText(JSON.stringify(doc)).ok).toBe(true);
    doc.library.sections[17].blocks[42].text.translations.ru.changedAt = 'yesterday';
    expect(problemOf(JSON.stringify(doc)).issues.map((i) => i.path)).toEqual(['$.library.sections[17].blocks[42].text.translations.ru.changedAt']);
  });

  it('refuses a file from a newer version with a clear message, and migrates an older one', () => {
    const newer = JSON.parse(good);
    newer.schemaVersion = CURRENT_SCHEMA_VERSION + 1;
    expect(problemOf(JSON.stringify(newer))).toMatchObject({ kind: 'newer-version', message: expect.stringContaining('newer Briefing Desk') });
    expect(problemOf(JSON.stringify({ ...JSON.parse(good), schemaVersion: 0 }))).toMatchObject({ kind: 'unsupported-version' });
    const migrated = readWorkspaceText(readFileSync(V1_FIXTURE, 'utf8'));
    expect(migrated.ok && migrated.migratedFrom).toBe(1);
  });
});
