import { describe, expect, it } from 'vitest';
import { containsTerm, forbiddenVariantsIn, termsInSource } from '../../../../core/workspace/check/glossary-match';

describe('glossary terms in translations', () => {
  it('finds the approved form through case, plurals and inflection', () => {
    expect(containsTerm('The Grassroots Legislative Outreach Point of Chaoyang', 'grassroots legislative outreach point', 'en')).toBe(true);
    expect(containsTerm('43 legislative liaison stations', 'legislative liaison station', 'en')).toBe(true);
    expect(containsTerm('работа станций законодательной связи', 'станция законодательной связи', 'ru')).toBe(true);
    expect(containsTerm('43 estaciones de enlace legislativo', 'estación de enlace legislativo', 'es')).toBe(true);
    expect(containsTerm('des stations de liaison législative', 'station de liaison législative', 'fr')).toBe(true);
    expect(containsTerm('estacoes de ligacao legislativa', 'estação de ligação legislativa', 'pt')).toBe(true);
  });

  it('finds Arabic terms behind articles, clitics and vowel marks', () => {
    expect(containsTerm('تعمل اللجنة نقطةَ الاتصال التشريعي الشعبية منذ 2021', 'نقطة الاتصال التشريعي الشعبية', 'ar')).toBe(true);
    expect(containsTerm('وبمحطات الاتصال التشريعي', 'محطة الاتصال التشريعي', 'ar')).toBe(true);
  });

  it('does not find a different term', () => {
    expect(containsTerm('a legislative contact point', 'grassroots legislative outreach point', 'en')).toBe(false);
    expect(containsTerm('outreach stations for legislation', 'legislative liaison station', 'en')).toBe(false);
    expect(containsTerm('пункт сбора информации', 'станция законодательной связи', 'ru')).toBe(false);
  });

  it('reports forbidden variants, but not words inside the approved form', () => {
    expect(forbiddenVariantsIn('This legislative contact point collects views.', ['legislative contact point'], 'grassroots legislative outreach point', 'en')).toEqual(['legislative contact point']);
    expect(forbiddenVariantsIn('The grassroots legislative outreach point.', ['outreach point'], 'grassroots legislative outreach point', 'en')).toEqual([]);
    expect(forbiddenVariantsIn('An outreach point elsewhere; the grassroots legislative outreach point.', ['outreach point'], 'grassroots legislative outreach point', 'en')).toEqual(['outreach point']);
  });

  it('matches forbidden variants as whole words only', () => {
    expect(forbiddenVariantsIn('Information officers collect views.', ['informant'], 'information officer', 'en')).toEqual([]);
    expect(forbiddenVariantsIn('An informant collected views.', ['informant'], 'information officer', 'en')).toEqual(['informant']);
    expect(forbiddenVariantsIn('сбор информации', ['информатор'], undefined, 'ru')).toEqual([]);
    expect(forbiddenVariantsIn('one of its strengths', ['street'], undefined, 'en')).toEqual([]);
    expect(forbiddenVariantsIn('شارك المواطنون', ['شارع'], undefined, 'ar')).toEqual([]);
    expect(forbiddenVariantsIn('في الشارع', ['شارع'], undefined, 'ar')).toEqual(['شارع']);
  });

  it('keeps Arabic root letters that look like clitics', () => {
    expect(containsTerm('زار الوفد ببلدة هيتشوانغهو', 'بلدة', 'ar')).toBe(true);
    expect(containsTerm('في بيت النواب', 'بيت النواب', 'ar')).toBe(true);
    expect(containsTerm('وفي بيت النواب', 'بيت النواب', 'ar')).toBe(true);
  });

  it('counts a term inside a longer term once, as the longer one', () => {
    const terms = [{ source: '基层立法联系点' }, { source: '联系点' }, { source: '立法联系站' }];
    expect(termsInSource('朝阳区基层立法联系点', terms)).toEqual([terms[0]]);
    expect(termsInSource('基层立法联系点和各个联系点', terms)).toEqual([terms[0], terms[1]]);
    expect(termsInSource('43个立法联系站', terms)).toEqual([terms[2]]);
  });
});
