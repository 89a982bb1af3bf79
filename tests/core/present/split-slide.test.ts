import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PublicSlide } from '../../../core/present/public-slide';
import { chunk, maxParts, sentences, splitSlide } from '../../../core/present/split-slide';
import { buildPresenterDeck } from '../../../core/present/build-deck';
import { ENVOYS, KYRGYZ, sampleWorkspace } from '../packs/helpers/sample-workspace';

const text = (slide: PublicSlide) => JSON.stringify(slide.body).replace(/\s+/g, '');

describe('splitSlide', () => {
  it('chunks keep every item once, in order, as evenly as the count allows', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 40 }), fc.integer({ min: 1, max: 12 }), (items, parts) => {
        const chunks = chunk(items, parts);
        expect(chunks.flat()).toEqual(items);
        if (items.length) expect(chunks.length).toBe(Math.min(parts, items.length));
        const sizes = chunks.map((c) => c.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('cuts text into sentences in Chinese, Latin and Arabic punctuation without losing a character', () => {
    expect(sentences('第一句。第二句！第三句')).toEqual(['第一句。', '第二句！', '第三句']);
    expect(sentences('One. Two? Three')).toEqual(['One. ', 'Two? ', 'Three']);
    expect(sentences('جملة أولى؟ جملة ثانية.')).toEqual(['جملة أولى؟ ', 'جملة ثانية.']);
    fc.assert(fc.property(fc.string(), (s) => sentences(s).join('') === s));
  });

  it('splits every sample slide into numbered parts that together hold its text, header rows repeated', () => {
    for (const [visit, target] of [[ENVOYS, 'ar'], [KYRGYZ, 'ru']] as const) {
      for (const { slide } of buildPresenterDeck(sampleWorkspace(), visit, target).slides) {
        const limit = maxParts(slide);
        for (const parts of [2, 3, limit]) {
          const pieces = splitSlide(slide, parts);
          expect(pieces.map((p) => `${p.part}/${p.parts}`)).toEqual(pieces.map((_, i) => `${i + 1}/${pieces.length}`));
          expect(pieces.length).toBeLessThanOrEqual(Math.max(1, Math.min(parts, limit)));
          if (slide.body.kind === 'table' || slide.body.kind === 'programme') {
            for (const piece of pieces) expect(piece.body.kind === slide.body.kind && JSON.stringify(piece.body.header)).toBe(JSON.stringify(slide.body.header));
            const rows = pieces.flatMap((p): unknown[] => ('rows' in p.body ? p.body.rows : []));
            expect(rows).toEqual(slide.body.rows);
          } else if (slide.body.kind === 'text') {
            const join = (list: PublicSlide[], key: 'zh' | 't') => list.flatMap((p) => (p.body.kind === 'text' ? p.body.paragraphs.map((x) => x[key] ?? '') : [])).join('').replace(/\s+/g, '');
            expect(join(pieces, 'zh')).toBe(join([slide], 'zh'));
            expect(join(pieces, 't')).toBe(join([slide], 't'));
          } else {
            expect(pieces.map(text).join('').length).toBeGreaterThanOrEqual(text(slide).length - 40 * pieces.length);
          }
        }
      }
    }
  });

  it('a paragraph splits by sentence in both languages into the same number of parts', () => {
    const slide: PublicSlide = {
      key: 'block:x',
      part: 1,
      parts: 1,
      scale: 1,
      title: { zh: '标题', t: 'Title' },
      body: { kind: 'text', paragraphs: [{ zh: '一。二。三。四。', t: 'One. Two. Three. Four.' }] },
    };
    const pieces = splitSlide(slide, 2);
    expect(pieces.map((p) => p.body)).toEqual([
      { kind: 'text', paragraphs: [{ zh: '一。二。', t: 'One. Two.' }] },
      { kind: 'text', paragraphs: [{ zh: '三。四。', t: 'Three. Four.' }] },
    ]);
  });
});
