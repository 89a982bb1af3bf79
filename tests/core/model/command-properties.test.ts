// Property: whatever sequence of commands arrives, valid or not, the document stays
// valid against the full schema (integrity rules included), and a refused command
// leaves it exactly as it was.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { executeCommand } from '../../../core/model/apply-command';
import { COLLECTION_NAMES } from '../../../core/model/commands';
import { listsOf } from '../../../core/model/command-lists';
import { allSegments } from '../../../core/model/walk-segments';
import { WorkspaceSchema, type Workspace } from '../../../core/model/workspace';
import { ctx, fixtureWorkspace } from '../../fixtures/workspace/fixture-workspace';

const STATUSES = ['missing', 'draft', 'translated', 'reviewed', 'bogus', undefined] as const;
const LANGUAGES = ['en', 'ar', 'ru', 'fr', 'es', 'pt', 'fa', 'xx', 'zh'];
const TIMES = ['08:00', '09:30', '10:00', '12:45', '25:00', '9:00'];
const DATES = ['2026-04-15', '2026-04-16', '2026-04-17', '2026-02-30'];

const action = fc.record({
  kind: fc.integer({ min: 0, max: 13 }),
  a: fc.nat(50),
  b: fc.nat(50),
  c: fc.nat(50),
  text: fc.oneof(fc.constant(''), fc.constant('  '), fc.string({ maxLength: 12 }), fc.constant('2,570 条')),
  flag: fc.boolean(),
});
type Action = typeof action extends fc.Arbitrary<infer T> ? T : never;

const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);
let fresh = 0;
const seg = (text: string) => ({ id: `p-seg-${++fresh}`, source: { text, changedBy: 'x', changedAt: '2026-01-01T00:00:00.000Z' }, translations: {} });

function commandFor(doc: Workspace, { kind, a, b, c, text, flag }: Action): unknown {
  const segments = [...allSegments(doc)].map((p) => p.segment.id);
  const ids = (collection: (typeof COLLECTION_NAMES)[number]) => [...listsOf(doc, collection)].flatMap((l) => l.items.map((i) => i.id));
  const parents = (collection: (typeof COLLECTION_NAMES)[number]) => [...listsOf(doc, collection)].map((l) => l.parentId);
  const anyId = flag ? `missing-${a}` : undefined;
  switch (kind) {
    case 0:
      return { type: 'setTranslation', segmentId: anyId ?? pick(segments, a), language: pick(LANGUAGES, b), text, ...(STATUSES[c % STATUSES.length] ? { status: STATUSES[c % STATUSES.length] } : {}) };
    case 1:
      return { type: 'setSource', segmentId: pick(segments, a), text, keepStatuses: flag };
    case 2:
      return { type: 'add', collection: 'blocks', parentId: pick(parents('blocks'), a), index: b % 8, value: { id: flag ? pick(segments, c) : `p-blk-${++fresh}`, kind: 'paragraph', visibility: 'public', text: seg(text) } };
    case 3: {
      const collection = pick(COLLECTION_NAMES, a)!;
      return { type: 'delete', collection, id: anyId ?? pick(ids(collection), b) ?? 'none' };
    }
    case 4: {
      const collection = pick(COLLECTION_NAMES, a)!;
      return { type: 'move', collection, id: pick(ids(collection), b) ?? 'none', toIndex: c % 6, ...(flag ? { toParentId: pick(parents('blocks'), c) } : {}) };
    }
    case 5:
      return { type: 'update', collection: 'stops', id: pick(ids('stops'), a) ?? 'none', patch: { start: pick(TIMES, b), end: pick(TIMES, c) } };
    case 6:
      return { type: 'update', collection: 'visits', id: pick(ids('visits'), a) ?? 'none', patch: { startDate: pick(DATES, b), endDate: pick(DATES, c) } };
    case 7:
      return { type: 'setTravelTime', from: pick(ids('venues'), a) ?? 'none', to: pick(ids('venues'), b) ?? 'none', minutes: flag ? null : c };
    case 8:
      return flag
        ? { type: 'add', collection: 'venues', value: { id: `p-ven-${++fresh}`, name: c % 3 ? { zh: `场所${c}` } : { en: 'no source name' }, address: {}, kind: 'other' } }
        : { type: 'update', collection: 'venues', id: pick(ids('venues'), a) ?? 'none', patch: { kind: pick(['office', 'other', 'castle'], b) } };
    case 9:
      return flag
        ? { type: 'add', collection: 'members', parentId: pick(parents('members'), a), value: { id: `p-mem-${++fresh}`, nameNative: text || 'Имя', nameLatin: 'Name', title: { en: 'Member' }, protocolOrder: (b % 5) + 1 } }
        : { type: 'update', collection: 'members', id: pick(ids('members'), a) ?? 'none', patch: { protocolOrder: b % 3 } };
    case 10:
      return flag
        ? { type: 'addLanguage', language: { code: pick(LANGUAGES, a), name: 'Lang', direction: 'ltr' } }
        : { type: 'removeLanguage', code: pick(LANGUAGES, a), discardTranslations: b % 2 === 0 };
    case 11:
      return { type: 'setPack', visitId: pick(ids('visits'), a) ?? 'none', sectionIds: flag ? [pick(ids('sections'), b) ?? 'x'] : [`sec-${b}`], excludedBlockIds: c % 2 ? [pick(ids('blocks'), c) ?? 'x'] : [] };
    case 12:
      return { type: 'add', collection: 'tableRows', parentId: pick(parents('tableRows'), a) ?? 'none', value: { id: `p-row-${++fresh}`, cells: Array.from({ length: (b % 3) + 1 }, () => seg(text)) } };
    default:
      return { type: 'update', collection: 'blocks', id: pick(ids('blocks'), a) ?? 'none', patch: flag ? { visibility: pick(['public', 'internal'], b) } : { level: (b % 4) as 1 } };
  }
}

describe('commands, as a property', () => {
  it('never produce an invalid workspace, and a refusal changes nothing', () => {
    const start = fixtureWorkspace();
    let accepted = 0;
    let refusedCount = 0;
    fc.assert(
      fc.property(fc.array(action, { minLength: 1, maxLength: 25 }), (actions) => {
        let doc = start;
        for (const act of actions) {
          const command = commandFor(doc, act);
          const before = JSON.stringify(doc);
          const result = executeCommand(doc, command, ctx());
          if (result.ok) {
            accepted++;
            const parsed = WorkspaceSchema.safeParse(result.doc);
            if (!parsed.success) throw new Error(`${JSON.stringify(command)} produced an invalid workspace: ${JSON.stringify(parsed.error.issues.slice(0, 2))}`);
            expect(result.doc.revision).toBe(doc.revision + 1);
            doc = result.doc;
          } else {
            refusedCount++;
            expect(JSON.stringify(doc)).toBe(before);
            expect(result.error.message.length).toBeGreaterThan(5);
          }
        }
      }),
      { numRuns: 150, seed: 20260416 },
    );
    // Both paths were exercised in earnest.
    expect(accepted).toBeGreaterThan(200);
    expect(refusedCount).toBeGreaterThan(200);
  });
});
