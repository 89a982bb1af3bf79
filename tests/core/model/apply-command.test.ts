import { describe, expect, it } from 'vitest';
import { applyCommand, executeCommand } from '../../../core/model/apply-command';
import type { Command } from '../../../core/model/commands';
import { locateSegment } from '../../../core/model/lookups';
import { travelMinutes } from '../../../core/model/venues';
import { WorkspaceSchema, type Workspace } from '../../../core/model/workspace';
import { ctx, fixtureWorkspace } from '../../fixtures/workspace/fixture-workspace';

const base = fixtureWorkspace();

function applied(doc: Workspace, command: unknown, by = 'tester'): Workspace {
  const result = executeCommand(doc, command, ctx(by));
  if (!result.ok) throw new Error(`refused: ${result.error.message}`);
  expect(WorkspaceSchema.safeParse(result.doc).success).toBe(true);
  return result.doc;
}

function refused(doc: Workspace, command: unknown) {
  const before = JSON.stringify(doc);
  const result = executeCommand(doc, command, ctx());
  expect(result.ok).toBe(false);
  expect(JSON.stringify(doc)).toBe(before); // the document given is never touched
  if (result.ok) throw new Error('unreachable');
  return result.error;
}

const segment = (id: string, text: string) => ({ id, source: { text, changedBy: 'whoever', changedAt: '2020-01-01T00:00:00.000Z' }, translations: {} });

describe('applyCommand', () => {
  it('sets a translation with status, author and time, and bumps the revision', () => {
    const next = applied(base, { type: 'setTranslation', segmentId: 'seg-overview-intro', language: 'ar', text: 'نص جديد', status: 'translated' }, 'li.na');
    expect(locateSegment(next, 'seg-overview-intro')!.segment.translations.ar).toEqual({ text: 'نص جديد', status: 'translated', changedBy: 'li.na', changedAt: '2026-04-16T09:00:00.000Z' });
    expect(next.revision).toBe(base.revision + 1);
    expect(next.meta.updatedAt).toBe('2026-04-16T09:00:00.000Z');
    // untouched parts are shared, not copied
    expect(next.venues).toBe(base.venues);
    expect(next.library.sections[1]).toBe(base.library.sections[1]);
    expect(locateSegment(base, 'seg-overview-intro')!.segment.translations.ar!.text).not.toBe('نص جديد');
  });

  it('defaults the status from the text, and keeps status and text consistent', () => {
    const draft = applied(base, { type: 'setTranslation', segmentId: 'seg-results-summary', language: 'fr', text: 'Brouillon' });
    expect(locateSegment(draft, 'seg-results-summary')!.segment.translations.fr!.status).toBe('draft');
    const cleared = applied(base, { type: 'setTranslation', segmentId: 'seg-results-summary', language: 'fr', text: '  ' });
    expect(locateSegment(cleared, 'seg-results-summary')!.segment.translations.fr).toMatchObject({ text: '', status: 'missing' });
    expect(refused(base, { type: 'setTranslation', segmentId: 'seg-results-summary', language: 'fr', text: '', status: 'reviewed' }).message).toContain('"missing"');
    expect(refused(base, { type: 'setTranslation', segmentId: 'seg-results-summary', language: 'fr', text: 'x', status: 'missing' }).code).toBe('invalid-command');
    expect(refused(base, { type: 'setTranslation', segmentId: 'seg-results-summary', language: 'de', text: 'x' }).code).toBe('conflict');
    expect(refused(base, { type: 'setTranslation', segmentId: 'seg-nope', language: 'fr', text: 'x' })).toMatchObject({ code: 'not-found', issues: [{ path: '$.segmentId' }] });
  });

  it('makes translations drafts again when the source changes, unless told to keep them', () => {
    const changed = applied(base, { type: 'setSource', segmentId: 'seg-results-summary', text: '居民已参与5万余人次。' });
    const after = locateSegment(changed, 'seg-results-summary')!.segment;
    expect(after.source).toEqual({ text: '居民已参与5万余人次。', changedBy: 'tester', changedAt: '2026-04-16T09:00:00.000Z' });
    expect(Object.values(after.translations).every((t) => t.status === 'draft')).toBe(true);
    const kept = applied(base, { type: 'setSource', segmentId: 'seg-results-summary', text: '居民已参与5万余人次。', keepStatuses: true });
    expect(Object.values(locateSegment(kept, 'seg-results-summary')!.segment.translations).every((t) => t.status === 'reviewed')).toBe(true);
  });

  it('adds, updates, moves and deletes blocks, stamping new content with its author', () => {
    const block = { id: 'blk-new', kind: 'paragraph', visibility: 'internal', text: { ...segment('seg-new', '新的段落'), translations: { en: { text: 'A new paragraph', status: 'reviewed', changedBy: 'forged', changedAt: '2000-01-01T00:00:00.000Z' } } } };
    let doc = applied(base, { type: 'add', collection: 'blocks', parentId: 'sec-results', index: 0, value: block }, 'wang.fang');
    expect(doc.library.sections[1]!.blocks[0]!.id).toBe('blk-new');
    const added = locateSegment(doc, 'seg-new')!.segment;
    expect(added.source.changedBy).toBe('wang.fang');
    expect(added.translations.en).toMatchObject({ changedBy: 'wang.fang', changedAt: '2026-04-16T09:00:00.000Z' });

    doc = applied(doc, { type: 'update', collection: 'blocks', id: 'blk-new', patch: { visibility: 'public' } });
    expect(doc.library.sections[1]!.blocks[0]!.visibility).toBe('public');
    doc = applied(doc, { type: 'move', collection: 'blocks', id: 'blk-new', toIndex: 1, toParentId: 'sec-overview' });
    expect(doc.library.sections[0]!.blocks.map((b) => b.id)).toEqual(['blk-overview-title', 'blk-new', 'blk-overview-intro', 'blk-network-figures', 'blk-overview-talking-points']);
    doc = applied(doc, { type: 'move', collection: 'blocks', id: 'blk-new', toIndex: 3 });
    expect(doc.library.sections[0]!.blocks[3]!.id).toBe('blk-new');
    doc = applied(doc, { type: 'delete', collection: 'blocks', id: 'blk-new' });
    expect(locateSegment(doc, 'seg-new')).toBeUndefined();
    expect(doc.library).toEqual(base.library);
  });

  it('refuses what would break the workspace, naming the problem', () => {
    expect(refused(base, { type: 'add', collection: 'blocks', parentId: 'sec-results', value: { id: 'blk-overview-intro', kind: 'paragraph', visibility: 'public', text: segment('seg-x', 'x') } }).message).toContain('"blk-overview-intro" is already used');
    expect(refused(base, { type: 'add', collection: 'bulletItems', parentId: 'blk-overview-intro', value: segment('seg-x', 'x') })).toMatchObject({ code: 'not-found', message: expect.stringContaining('bullets block') });
    expect(refused(base, { type: 'add', collection: 'sections', index: 9, value: { id: 'sec-x', title: segment('seg-x', 'x'), blocks: [] } }).message).toContain('past the end');
    expect(refused(base, { type: 'update', collection: 'blocks', id: 'blk-overview-intro', patch: { level: 2 } }).message).toContain('no level');
    expect(refused(base, { type: 'update', collection: 'blocks', id: 'blk-overview-intro', patch: {} }).message).toContain('changes nothing');
    expect(refused(base, { type: 'delete', collection: 'venues', id: 'ven-district-congress' }).message).toMatch(/still used by stop "stop-test-envoys-visit-1"/);
    expect(refused(base, { type: 'delete', collection: 'sections', id: 'sec-overview' }).message).toContain('the pack of visit "vis-test-envoys-visit"');
    expect(refused(base, { type: 'delete', collection: 'delegations', id: 'del-test-envoys' }).code).toBe('conflict');
    expect(refused(base, { type: 'delete', collection: 'interpreters', id: 'int-test-envoys-1' }).code).toBe('conflict');
    // a stop moved outside its visit's dates is kept: the itinerary checks report it (core/itinerary)
    expect(applyCommand(base, { type: 'update', collection: 'stops', id: 'stop-test-envoys-visit-1', patch: { date: '2026-04-18' } }, ctx()).ok).toBe(true);
    // an end before the start crosses midnight; the same time as the start is no stop
    expect(applyCommand(base, { type: 'update', collection: 'stops', id: 'stop-test-envoys-visit-1', patch: { end: '08:00' } }, ctx()).ok).toBe(true);
    expect(refused(base, { type: 'update', collection: 'stops', id: 'stop-test-envoys-visit-1', patch: { end: '09:00' } }).issues[0]).toEqual({ path: '$.visits[0].stops[0].end', message: 'starts and ends at the same time' });
    expect(refused(base, { type: 'update', collection: 'venues', id: 'ven-data-bureau', patch: { name: { en: 'No Chinese name' } } }).issues[0]!.path).toBe('$.venues[2].name');
  });

  it('explains malformed commands with the path inside the command', () => {
    expect(refused(base, { type: 'frobnicate' })).toMatchObject({ code: 'invalid-command', message: expect.stringContaining('Unknown command type "frobnicate"') });
    expect(refused(base, null).code).toBe('invalid-command');
    const error = refused(base, { type: 'setTranslation', segmentId: 'seg-overview-intro', language: 'en', text: 42 });
    expect(error.issues[0]!.path).toBe('$.text');
    expect(refused(base, { type: 'add', collection: 'venues', value: { id: 'v', name: { zh: '某地' }, address: {}, kind: 'castle' } }).issues[0]!.path).toBe('$.value.kind');
    expect(refused(base, { type: 'setPack', visitId: 'vis-test-envoys-visit', sectionIds: ['sec-overview'], excludedBlockIds: [], extra: true }).code).toBe('invalid-command');
  });

  it('keeps travel times symmetric and removes them with their venue', () => {
    let doc = applied(base, { type: 'setTravelTime', from: 'ven-liulitun-station', to: 'ven-district-congress', minutes: 12 });
    expect(doc.travelTimes).toHaveLength(3);
    expect(travelMinutes(doc.travelTimes, 'ven-district-congress', 'ven-liulitun-station')).toBe(12);
    expect(travelMinutes(doc.travelTimes, 'ven-liulitun-station', 'ven-district-congress')).toBe(12);
    doc = applied(doc, { type: 'setTravelTime', from: 'ven-data-bureau', to: 'ven-district-congress', minutes: null });
    expect(doc.travelTimes).toHaveLength(2);
    doc = applied(doc, { type: 'delete', collection: 'venues', id: 'ven-data-bureau' });
    expect(doc.travelTimes.some((t) => t.from === 'ven-data-bureau' || t.to === 'ven-data-bureau')).toBe(false);
  });

  it('adds and removes languages, and will not silently discard translations', () => {
    let doc = applied(base, { type: 'addLanguage', language: { code: 'fa', name: 'فارسی', direction: 'rtl' } });
    expect(doc.languages.targets.at(-1)).toEqual({ code: 'fa', name: 'فارسی', direction: 'rtl' });
    doc = applied(doc, { type: 'setTranslation', segmentId: 'seg-overview-intro', language: 'fa', text: 'متن' });
    expect(refused(doc, { type: 'removeLanguage', code: 'fa' }).message).toContain('discardTranslations');
    doc = applied(doc, { type: 'removeLanguage', code: 'fa', discardTranslations: true });
    expect(locateSegment(doc, 'seg-overview-intro')!.segment.translations.fa).toBeUndefined();
    expect(refused(base, { type: 'removeLanguage', code: 'en', discardTranslations: true }).message).toContain('delegation "del-test-envoys"');
    expect(refused(base, { type: 'addLanguage', language: { code: 'zh', name: '中文', direction: 'ltr' } }).code).toBe('conflict');
  });

  it('adds and deletes table columns with a cell for every row', () => {
    const header = segment('seg-h3', '备注');
    const cells = [segment('seg-c1', '一'), segment('seg-c2', '二')];
    const doc = applied(base, { type: 'addTableColumn', blockId: 'blk-results-table', index: 1, header, cells });
    const table = doc.library.sections[1]!.blocks[1]!;
    expect(table.kind === 'table' && table.rows.map((r) => r.cells.map((c) => c.id))).toEqual([
      ['seg-results-table-r1c1', 'seg-c1', 'seg-results-table-r1c2'],
      ['seg-results-table-r2c1', 'seg-c2', 'seg-results-table-r2c2'],
    ]);
    expect(refused(base, { type: 'addTableColumn', blockId: 'blk-results-table', header, cells: [cells[0]] }).message).toContain('2 rows');
    const fewer = applied(doc, { type: 'deleteTableColumn', blockId: 'blk-results-table', index: 1 });
    expect(fewer.library).toEqual(base.library);
  });

  it('sets a pack and keeps excluded blocks pointing at real blocks', () => {
    let doc = applied(base, { type: 'setPack', visitId: 'vis-test-envoys-visit', sectionIds: ['sec-results'], excludedBlockIds: ['blk-results-table'] });
    expect(doc.visits[0]!.pack).toEqual({ sectionIds: ['sec-results'], excludedBlockIds: ['blk-results-table'] });
    doc = applied(doc, { type: 'delete', collection: 'blocks', id: 'blk-results-table' });
    expect(doc.visits[0]!.pack.excludedBlockIds).toEqual([]);
    expect(refused(base, { type: 'setPack', visitId: 'vis-test-envoys-visit', sectionIds: ['sec-nope'], excludedBlockIds: [] }).issues[0]!.path).toBe('$.visits[0].pack.sectionIds[0]');
  });

  it('is deterministic: the same command on the same document gives the same result', () => {
    const command: Command = { type: 'setTranslation', segmentId: 'seg-overview-intro', language: 'ru', text: 'Текст', status: 'draft' };
    const a = applyCommand(base, command, ctx());
    const b = applyCommand(base, command, ctx());
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
