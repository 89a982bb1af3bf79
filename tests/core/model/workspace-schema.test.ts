import { describe, expect, it } from 'vitest';
import { toPathIssues } from '../../../core/model/issue-path';
import { createEmptyWorkspace, WorkspaceSchema, type Workspace } from '../../../core/model/workspace';
import { fixtureWorkspace } from '../../fixtures/workspace/fixture-workspace';

function issuesOf(doc: unknown) {
  const result = WorkspaceSchema.safeParse(doc);
  return result.success ? [] : toPathIssues(result.error.issues);
}

describe('the workspace schema', () => {
  it('accepts an empty workspace and the fixture', () => {
    expect(issuesOf(createEmptyWorkspace({ title: 'Empty', at: '2026-04-16T09:00:00.000Z' }))).toEqual([]);
    expect(issuesOf(fixtureWorkspace())).toEqual([]);
  });

  it('names each broken rule by JSON path', () => {
    const doc: Workspace = structuredClone(fixtureWorkspace());
    doc.library.sections[1]!.blocks[0]!.id = 'blk-overview-intro'; // duplicate id
    doc.visits[0]!.stops[1]!.venueId = 'ven-nowhere';
    doc.visits[0]!.stops[0]!.interpreters[0]!.interpreterId = 'int-someone-else';
    doc.travelTimes.push({ from: 'ven-data-bureau', to: 'ven-district-congress', minutes: 5 });
    const paragraph = doc.library.sections[0]!.blocks[1]!;
    if (paragraph.kind !== 'paragraph') throw new Error('fixture changed');
    paragraph.text.translations.de = { text: 'Hallo', status: 'draft', changedBy: 'x', changedAt: '2026-01-01T00:00:00Z' };
    delete doc.glossary.terms[0]!.term.zh;
    expect(issuesOf(doc).map((i) => i.path).sort()).toEqual(
      [
        '$.glossary.terms[0].term',
        '$.library.sections[0].blocks[1].text.translations.de',
        '$.library.sections[1].blocks[0].id',
        '$.travelTimes[3]',
        '$.visits[0].stops[0].interpreters[0].interpreterId',
        '$.visits[0].stops[1].venueId',
      ].sort(),
    );
  });

  it('rejects unknown fields and wrong shapes with their paths', () => {
    const doc = structuredClone(fixtureWorkspace()) as any;
    doc.library.sections[0].blocks[2].figures[0].value = '43';
    doc.venues[0].colour = 'red';
    const paths = issuesOf(doc).map((i) => i.path);
    expect(paths).toContain('$.library.sections[0].blocks[2].figures[0].value');
    expect(paths).toContain('$.venues[0]');
  });
});
