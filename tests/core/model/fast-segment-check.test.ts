// The hand-written segment check must accept exactly what SegmentSchema accepts: the
// store trusts it on open for every segment it passes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidSegment } from '../../../core/model/fast-segment-check';
import { SegmentSchema } from '../../../core/model/segment';

const validTranslation = fc.oneof(
  fc.record({ text: fc.string({ minLength: 1 }).filter((t) => t.trim() !== ''), status: fc.constantFrom('draft', 'translated', 'reviewed'), changedBy: fc.constantFrom('li.na', 'Wang Fang'), changedAt: fc.constant('2026-04-16T09:00:00.000Z') }),
  fc.record({ text: fc.constantFrom('', ' '), status: fc.constant('missing'), changedBy: fc.constant('li.na'), changedAt: fc.constant('2026-04-16T09:00:00Z') }),
);
const validSegment = fc.record({
  id: fc.constantFrom('seg-1', 'A_b-9', 'x'),
  source: fc.record({ text: fc.string({ maxLength: 30 }), changedBy: fc.constant('sample'), changedAt: fc.constant('2026-04-01T08:00:00.000Z') }),
  translations: fc.dictionary(fc.constantFrom('en', 'ar', 'pt-BR', 'ru'), validTranslation),
});

/** Small damage of every kind the schema guards against. */
const mutation = fc.oneof(
  fc.constant((s: any) => void (s.id = '-bad')),
  fc.constant((s: any) => void (s.id = 'x'.repeat(101))),
  fc.constant((s: any) => void (s.extra = 1)),
  fc.constant((s: any) => void delete s.source),
  fc.constant((s: any) => void (s.source.changedBy = '   ')),
  fc.constant((s: any) => void (s.source.changedBy = 'x'.repeat(81))),
  fc.constant((s: any) => void (s.source.changedAt = '2026-04-16 09:00')),
  fc.constant((s: any) => void (s.source.changedAt = '2026-13-01T00:00:00Z')),
  fc.constant((s: any) => void (s.source.text = 'x'.repeat(20_001))),
  fc.constant((s: any) => void (s.source.text = 5)),
  fc.constant((s: any) => void (s.translations = [])),
  fc.constant((s: any) => void (s.translations = null)),
  fc.constant((s: any) => void (s.translations.EN = { text: 'x', status: 'draft', changedBy: 'a', changedAt: '2026-04-16T09:00:00Z' })),
  fc.constant((s: any) => void (s.translations.en = { text: '', status: 'draft', changedBy: 'a', changedAt: '2026-04-16T09:00:00Z' })),
  fc.constant((s: any) => void (s.translations.en = { text: 'x', status: 'missing', changedBy: 'a', changedAt: '2026-04-16T09:00:00Z' })),
  fc.constant((s: any) => void (s.translations.en = { text: 'x', status: 'done', changedBy: 'a', changedAt: '2026-04-16T09:00:00Z' })),
  fc.constant((s: any) => void (s.translations.en = { text: 'x', status: 'draft', changedBy: 'a', changedAt: '2026-04-16T09:00:00Z', note: 1 })),
  fc.constant((s: any) => void (s.translations.en = { text: 'x', status: 'draft', changedBy: 'a' })),
  fc.constant((s: any) => void (s.translations.en = 'plain string')),
);

describe('isValidSegment', () => {
  it('agrees with SegmentSchema on valid segments', () => {
    fc.assert(fc.property(validSegment, (segment) => isValidSegment(segment) === true && SegmentSchema.safeParse(segment).success), { numRuns: 300 });
  });

  it('agrees with SegmentSchema on damaged segments', () => {
    let rejected = 0;
    fc.assert(
      fc.property(validSegment, fc.array(mutation, { minLength: 1, maxLength: 2 }), (segment, damage) => {
        const copy = structuredClone(segment);
        for (const d of damage) {
          try {
            d(copy);
          } catch {
            // an earlier mutation removed what this one changes
          }
        }
        const zod = SegmentSchema.safeParse(copy).success;
        if (!zod) rejected++;
        expect(isValidSegment(copy)).toBe(zod);
      }),
      { numRuns: 500 },
    );
    expect(rejected).toBeGreaterThan(300);
  });

  it('agrees on values that are not segments at all', () => {
    for (const value of [null, undefined, 1, 'seg', [], {}, { id: 'a' }]) expect(isValidSegment(value)).toBe(SegmentSchema.safeParse(value).success);
  });
});
