import { describe, expect, it } from 'vitest';
import { foldForSearch, searchGlossary } from '../../../core/present/glossary-search';
import { sampleWorkspace } from '../packs/helpers/sample-workspace';

const glossary = sampleWorkspace().glossary;
const first = (query: string, target = 'en') => searchGlossary(glossary, query, target)[0];

describe('foldForSearch', () => {
  it('ignores case, tone marks, diacritics, Arabic vowel signs and tatweel', () => {
    expect(foldForSearch('Lìfǎ Liánxìdiǎn')).toBe('lifa lianxidian');
    expect(foldForSearch('ПУНКТ Всё')).toBe('пункт все');
    expect(foldForSearch('الـتَّشْرِيعِيّ')).toBe(foldForSearch('التشريعي'));
    expect(foldForSearch('أإآا')).toBe('اااا');
    expect(foldForSearch('Législative')).toBe('legislative');
  });
});

describe('searchGlossary', () => {
  it('finds the outreach point by its Chinese, English, Arabic (with harakat and tatweel) and Russian forms', () => {
    for (const query of ['基层立法联系点', '联系点', 'GRASSROOTS legislative', 'نُقْطَة الاتـصال التشريعي', 'НИЗОВОЙ пункт законодательной']) {
      expect(first(query, 'ar')?.termId, query).toBe('term-outreach-point');
    }
    const hit = first('outreach point', 'ar')!;
    expect(hit.approved).toEqual({ zh: '基层立法联系点', target: 'نقطة الاتصال التشريعي على المستوى الشعبي' });
    expect(hit.forbidden.target).toEqual(['مكتب الاتصال التشريعي']);
    expect(hit.matched).toMatchObject({ language: 'en', forbidden: false });
  });

  it('marks a hit found by a forbidden variant, and shows the approved forms of the visit’s two languages', () => {
    const hit = first('legislative contact point', 'ru')!;
    expect(hit.termId).toBe('term-outreach-point');
    expect(hit.matched).toEqual({ language: 'en', form: 'legislative contact point', forbidden: true });
    expect(hit.approved.target).toBe('низовой пункт законодательной связи');
    expect(hit.forbidden.target).toContain('низовая контактная точка');
  });

  it('forgives a typo in a longer word, and finds nothing for nonsense or an empty query', () => {
    expect(first('liason station')?.termId).toBe('term-legislative-liaison-station');
    expect(searchGlossary(glossary, 'zzzzqqq', 'en')).toEqual([]);
    expect(searchGlossary(glossary, '  ', 'en')).toEqual([]);
  });

  it('ranks an exact form before one that merely contains the query', () => {
    const hits = searchGlossary(glossary, '立法联络站', 'en');
    expect(hits[0]!.termId).toBe('term-legislative-liaison-station');
  });
});
