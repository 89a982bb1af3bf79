import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locateSegment } from '../../../core/model/lookups';
import { WorkspaceSchema } from '../../../core/model/workspace';
import { migrateToCurrent } from '../../../core/workspace/migrations';
import { parseFigureText } from '../../../core/workspace/v1/migrate-v1-to-v2';
import { fixtureWorkspace, V1_FIXTURE, V2_FIXTURE } from '../../fixtures/workspace/fixture-workspace';

const v1 = JSON.parse(readFileSync(V1_FIXTURE, 'utf8'));

function migrated() {
  const result = migrateToCurrent(v1, 1);
  if (!result.ok) throw new Error(result.message);
  const parsed = WorkspaceSchema.safeParse(result.value);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
}

describe('migration from schema version 1', () => {
  it('produces a valid current workspace that keeps every text', () => {
    const doc = migrated();
    expect(doc.schemaVersion).toBe(3);
    expect(doc.meta).toEqual({ title: '朝阳联系点（旧版格式）', createdAt: '2025-11-03T10:15:00.000Z', updatedAt: '2025-11-03T10:15:00.000Z' });
    expect(doc.languages.targets.map((l) => [l.code, l.direction])).toEqual([['en', 'ltr'], ['ru', 'ltr'], ['ar', 'rtl']]);
    const intro = locateSegment(doc, 'network-intro-text')!.segment;
    expect(intro.source.text).toBe('43个立法联系站设在各街道乡的代表之家。');
    // plain strings become "translated", never "reviewed"; an empty one is missing
    expect(intro.translations.en).toEqual({ text: v1.sections[0].blocks[1].text.en, status: 'translated', changedBy: 'migration', changedAt: '2025-11-03T10:15:00.000Z' });
    expect(intro.translations.ru).toMatchObject({ text: '', status: 'missing' });
    expect(intro.translations.ar!.status).toBe('translated');
  });

  it('turns flags, figure texts, names and pairs into their new shapes', () => {
    const doc = migrated();
    const blocks = doc.library.sections[0]!.blocks;
    expect(blocks.map((b) => [b.kind, b.visibility])).toEqual([['heading', 'public'], ['paragraph', 'public'], ['bullets', 'internal'], ['keyFigures', 'public']]);
    const figures = blocks[3]!;
    expect(figures.kind === 'keyFigures' && figures.figures.map((f) => [f.value, f.approx])).toEqual([[43, 'exact'], [50000, 'more-than']]);
    expect(doc.venues.map((v) => v.kind)).toEqual(['office', 'liaison-station']);
    expect(doc.travelTimes).toEqual([{ from: 'district-congress', to: 'liulitun', minutes: 15 }]);
    const delegation = doc.delegations[0]!;
    expect(delegation.members.map((m) => [m.nameLatin, m.protocolOrder])).toEqual([['Aibek Toktogulov', 1], ['Nurzhan Asanova', 2]]);
    expect(delegation.interpreters[0]!.pairs).toEqual([['zh', 'ru']]);
    expect(delegation.notes[0]).toMatchObject({ visibility: 'internal', text: { source: { text: '代表团关注律师参与立法。' } } });
    const [first, second] = doc.visits[0]!.stops;
    expect(first).toMatchObject({ hosts: ['区人大常委会主任', '副主任'], interpreters: [{ interpreterId: 'kyrgyz-study-interpreter-1', pair: ['zh', 'ru'] }] });
    expect(first!.notes.map((n) => n.visibility)).toEqual(['public', 'internal']);
    expect(second).toMatchObject({ hosts: [], speakers: [], interpreters: [], notes: [] });
    expect(doc.visits[0]!.pack).toEqual({ sectionIds: ['network'], excludedBlockIds: [] });
  });

  it('reads figure texts the way people wrote them', () => {
    expect(parseFigureText('2,570')).toEqual({ value: 2570, approx: 'exact' });
    expect(parseFigureText('50,000+')).toEqual({ value: 50000, approx: 'more-than' });
    expect(parseFigureText('1700余')).toEqual({ value: 1700, approx: 'more-than' });
    expect(parseFigureText('约300')).toEqual({ value: 300, approx: 'about' });
    expect(parseFigureText('many')).toBeUndefined();
  });

  it('fails with the path of what it cannot migrate', () => {
    const broken = structuredClone(v1);
    broken.sections[0].blocks[3].figures[1].value = 'lots';
    const result = migrateToCurrent(broken, 1);
    expect(result).toMatchObject({ ok: false, kind: 'migration-failed', issues: [{ path: '$.sections[0].blocks[3].figures[1].value' }] });
    const invalid = structuredClone(v1);
    delete invalid.savedAt;
    expect(migrateToCurrent(invalid, 1)).toMatchObject({ ok: false, issues: [{ path: '$.savedAt' }] });
  });
});

describe('migration from schema version 2', () => {
  const v2 = JSON.parse(readFileSync(V2_FIXTURE, 'utf8'));

  function migratedV2(raw: unknown = v2) {
    const result = migrateToCurrent(raw, 2);
    if (!result.ok) throw new Error(result.message);
    return WorkspaceSchema.parse(result.value);
  }

  it('turns one interpreter and pair per stop into a list, adds the time zone and no issued versions', () => {
    const doc = migratedV2();
    expect(doc.schemaVersion).toBe(3);
    const visit = doc.visits[0]!;
    expect(visit).toMatchObject({ timeZone: 'Asia/Shanghai', issuedVersions: [] });
    expect(visit.bufferMinutes).toBeUndefined();
    expect(visit.stops[0]!.interpreters).toEqual([{ interpreterId: 'int-test-envoys-1', pair: ['zh', 'en'] }]);
    // no pair was recorded: the interpreter's first pair stands in
    expect(visit.stops[1]!.interpreters).toEqual([{ interpreterId: 'int-test-envoys-1', pair: ['zh', 'en'] }]);
    expect(visit.stops[0]).not.toHaveProperty('interpreterId');
    expect(visit.stops[0]).not.toHaveProperty('languagePair');
  });

  it('keeps everything else as it was', () => {
    const doc = migratedV2();
    const current = fixtureWorkspace();
    expect(doc.library).toEqual(current.library);
    expect(doc.venues).toEqual(current.venues);
    expect(doc.delegations).toEqual(current.delegations);
    expect(doc.visits[0]!.stops.map((s) => [s.id, s.date, s.start, s.end, s.venueId, s.notes])).toEqual(current.visits[0]!.stops.map((s) => [s.id, s.date, s.start, s.end, s.venueId, s.notes]));
  });

  it('drops a pair that had no interpreter, and leaves a stop without one empty', () => {
    const raw = structuredClone(v2);
    raw.visits[0].stops[0].interpreterId = null;
    expect(migratedV2(raw).visits[0]!.stops[0]!.interpreters).toEqual([]);
  });

  it('fails with the path when an interpreter has no pair to carry over', () => {
    const raw = structuredClone(v2);
    raw.visits[0].stops[1].languagePair = null;
    raw.delegations[0].interpreters[0].pairs = [];
    raw.delegations[0].primaryLanguages = ['zh'];
    expect(migrateToCurrent(raw, 2)).toMatchObject({ ok: false, kind: 'migration-failed', issues: [{ path: '$.visits[0].stops[1].languagePair' }] });
  });

  it('refuses a version 2 file whose stops have the wrong shape', () => {
    const raw = structuredClone(v2);
    raw.visits[0].stops[0].interpreterId = 42;
    expect(migrateToCurrent(raw, 2)).toMatchObject({ ok: false, kind: 'migration-failed', issues: [{ path: '$.visits[0].stops[0].interpreterId' }] });
  });
});
