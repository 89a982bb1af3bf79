import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkWorkspace } from '../../../core/workspace/check/check-workspace';
import { readWorkspaceText } from '../../../core/workspace/read-workspace-text';
import { AuthoringError, parseAuthoringFiles, workspaceFromAuthoring } from '../../../core/workspace/workspace-from-authoring';
import { SAMPLE_AUTHOR, SAMPLE_TIMESTAMP, SAMPLE_TITLE } from '../../../scripts/build-sample-workspace';
import { authoringFiles, fixtureWorkspace } from '../../fixtures/workspace/fixture-workspace';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const sampleFolder = join(root, 'assets', 'sample-workspace');
const sampleFile = join(sampleFolder, 'sample-workspace.json');
const realAuthoring = join(sampleFolder, 'authoring');
const hasRealSample = existsSync(sampleFile) && existsSync(join(realAuthoring, 'content.json'));

function problems(mutate: (files: Record<string, any>) => void): string[] {
  const files = structuredClone(authoringFiles()) as Record<string, any>;
  mutate(files);
  try {
    workspaceFromAuthoring(parseAuthoringFiles(files as never), { title: 't', at: SAMPLE_TIMESTAMP, by: 'sample' });
  } catch (error) {
    if (error instanceof AuthoringError) return error.problems;
    throw error;
  }
  return [];
}

describe('the sample workspace generator', () => {
  it('turns authoring files into a valid, reviewed workspace with readable ids', () => {
    const doc = fixtureWorkspace();
    expect(doc.library.sections.map((s) => s.id)).toEqual(['sec-overview', 'sec-results']);
    const figures = doc.library.sections[0]!.blocks[2]!;
    expect(figures.kind === 'keyFigures' && figures.figures.map((f) => [f.id, f.value, f.unit])).toEqual([
      ['fig-network-figures-1', 43, 'count'],
      ['fig-network-figures-2', 292, 'count'],
      ['fig-network-figures-3', 675, 'people'],
    ]);
    expect(doc.visits[0]!.stops[0]).toMatchObject({ venueId: 'ven-district-congress', interpreters: [{ interpreterId: 'int-test-envoys-1', pair: ['zh', 'en'] }], notes: [{ id: 'note-stop-test-envoys-visit-1-internal', visibility: 'internal' }] });
    const statuses = new Set(doc.library.sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'paragraph' ? Object.values(b.text.translations).map((t) => t.status) : [])));
    expect([...statuses]).toEqual(['reviewed']);
    expect(readWorkspaceText(JSON.stringify(doc)).ok).toBe(true);
    expect(JSON.stringify(fixtureWorkspace())).toBe(JSON.stringify(doc)); // deterministic
  });

  it('names the file and the JSON path of every authoring problem', () => {
    expect(problems((f) => delete f['content.json'].sections[0].blocks[1].text.ar)).toEqual(['content.json: $.sections[0].blocks[1].text.ar: Invalid input: expected string, received undefined']);
    expect(problems((f) => (f['visits.json'].visits[0].stops[1].venue = 'moon-base'))).toEqual(['visits.json: $.visits[0].stops[1].venue: no venue has the key "moon-base"']);
    expect(problems((f) => (f['visits.json'].visits[0].stops[0].interpreters[0].name = 'Nobody'))[0]).toContain('"Nobody" is not an interpreter');
    expect(problems((f) => (f['content.json'].sections[0].blocks[2].figures[0].unit = 'stations'))[0]).toMatch(/^content\.json: \$\.sections\[0\]\.blocks\[2\]\.figures\[0\]\.unit: /);
    const start = (authoringFiles()['visits.json'] as { visits: { stops: { start: string }[] }[] }).visits[0]!.stops[0]!.start;
    expect(problems((f) => (f['visits.json'].visits[0].stops[0].end = start))).toEqual(['generated workspace: $.visits[0].stops[0].end: starts and ends at the same time']);
  });
});

describe.skipIf(!hasRealSample)('assets/sample-workspace/sample-workspace.json', () => {
  it('is what the generator makes from the authoring files today (run `npm run build:sample`)', () => {
    const doc = workspaceFromAuthoring(parseAuthoringFiles(authoringFiles(realAuthoring)), { title: SAMPLE_TITLE, at: SAMPLE_TIMESTAMP, by: SAMPLE_AUTHOR });
    expect(readFileSync(sampleFile, 'utf8')).toBe(`${JSON.stringify(doc, null, 2)}\n`);
  });

  it('opens, and passes the check with zero errors', () => {
    const read = readWorkspaceText(readFileSync(sampleFile, 'utf8'));
    if (!read.ok) throw new Error(read.problem.message);
    const report = checkWorkspace(read.doc);
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
