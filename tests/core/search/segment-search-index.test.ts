// Runs in Node: the segment text index: keys in any script (Chinese by characters, Arabic
// without vowel signs, Latin without case or accents), kept per segment object so that a
// command re-keys only what it replaced, and the sliced search that streams its results.
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../core/model/apply-command';
import { allSegments } from '../../../core/model/walk-segments';
import { searchKey } from '../../../core/search/search-key';
import { prepareQuery, SegmentSearchIndex, slicedSearch } from '../../../core/search/segment-search-index';
import { syntheticWorkspace } from '../../../core/workspace/synthetic-workspace';

describe('searchKey', () => {
  it('ignores case, width, Latin accents, Arabic vowel signs and tatweel, and unifies quotes', () => {
    expect(searchKey('Législation')).toBe('legislation');
    expect(searchKey('ＡＢ')).toBe('ab');
    expect(searchKey('مَشْرُوعُ القـانون')).toBe(searchKey('مشروع القانون'));
    expect(searchKey('أحمد')).toBe(searchKey('احمد'));
    expect(searchKey('People’s')).toBe("people's");
    expect(searchKey('联系点\u200b居民')).toBe('联系点居民');
  });
});

describe('SegmentSearchIndex', () => {
  const doc = syntheticWorkspace({ segments: 300, seed: 3 });
  const segments = [...allSegments(doc)].map((p) => p.segment);

  it('finds Chinese by characters, and any translation', () => {
    const index = new SegmentSearchIndex();
    const chinese = segments.filter((s) => index.matches(s, prepareQuery('联系')));
    expect(chinese.length).toBeGreaterThan(0);
    expect(chinese.every((s) => s.source.text.includes('联系'))).toBe(true);
    const arabic = segments.filter((s) => index.matches(s, prepareQuery('مَشروع')));
    expect(arabic.length).toBeGreaterThan(0);
    expect(arabic.every((s) => s.translations.ar!.text.includes('مشروع'))).toBe(true);
    expect(segments.every((s) => index.matches(s, prepareQuery('')))).toBe(true);
  });

  it('re-keys only the segment a command replaced', () => {
    const index = new SegmentSearchIndex();
    index.warm(segments, 0, 1_000, () => performance.now());
    expect(segments.every((s) => index.has(s))).toBe(true);
    const edited = applyCommand(doc, { type: 'setTranslation', segmentId: segments[5]!.id, language: 'en', text: 'Zebra crossing', status: 'draft' }, { at: '2026-04-16T09:00:00.000Z', by: 'test' });
    if (!edited.ok) throw new Error(edited.error.message);
    const after = [...allSegments(edited.doc)].map((p) => p.segment);
    expect(after.filter((s) => !index.has(s)).map((s) => s.id)).toEqual([segments[5]!.id]);
    expect(after.filter((s) => index.matches(s, prepareQuery('ZEBRA'))).map((s) => s.id)).toEqual([segments[5]!.id]);
  });

  it('a sliced search gives the same answer as a plain one, a slice at a time', () => {
    const index = new SegmentSearchIndex();
    const needle = prepareQuery('lawyers');
    let clock = 0;
    const search = slicedSearch(segments, (s) => (index.matches(s, needle) ? s.id : undefined), () => (clock += 1));
    let slices = 1;
    while (!search.step(5)) slices++;
    expect(slices).toBeGreaterThan(1);
    expect(search.found).toEqual(segments.filter((s) => index.matches(s, needle)).map((s) => s.id));
  });
});
