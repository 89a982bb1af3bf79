import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, sourceNumbers } from '../../../../core/workspace/check/source-numbers';
import { missingNumbers, parseRoman, targetNumbers } from '../../../../core/workspace/check/target-numbers';

const values = (text: string) => sourceNumbers(text).map((n) => (n.kind === 'month' ? `month ${n.value}` : n.value));

describe('figures in a Chinese source', () => {
  it('reads digits, grouping and 万/亿 multipliers', () => {
    expect(values('收集意见建议2,570条，5万余人次参与，2.5万份问卷，共1.2亿元。')).toEqual([2570, 50000, 25000, 120000000]);
    expect(values('“43+292+61+3”的网络')).toEqual([43, 292, 61, 3]);
    expect(values('１０１３条')).toEqual([1013]); // fullwidth digits
  });

  it('reads Chinese numerals that state figures, and not the ones that are words', () => {
    expect(parseChineseNumeral('一百零七')).toBe(107);
    expect(parseChineseNumeral('四十三')).toBe(43);
    expect(parseChineseNumeral('十四')).toBe(14);
    expect(parseChineseNumeral('两千五百七十')).toBe(2570);
    expect(parseChineseNumeral('五万')).toBe(50000);
    expect(parseChineseNumeral('二〇二一')).toBe(2021);
    expect(values('一百零七条被采纳，第十四届全国人大，百分之九十，万名代表进基层')).toEqual([107, 14, 90, 10000]);
    expect(values('老百姓十分关心，千家万户，一是听取意见，两年来，三个方面')).toEqual([]);
  });

  it('knows months, written either way', () => {
    expect(values('2024年4月，七月，十二月')).toEqual([2024, 'month 4', 'month 7', 'month 12']);
  });
});

describe('figures in a translation', () => {
  const has = (text: string, language: string, value: number) => targetNumbers(text, language).values.has(value);

  it('accepts every locale grouping and decimal sign', () => {
    expect(has('2,570 suggestions', 'en', 2570)).toBe(true);
    expect(has('2 570 suggestions', 'fr', 2570)).toBe(true);
    expect(has('2\u202f570 suggestions', 'fr', 2570)).toBe(true);
    expect(has('2\u00a0570 предложений', 'ru', 2570)).toBe(true);
    expect(has('2.570 sugestões', 'pt', 2570)).toBe(true);
    expect(has('2570 sugerencias', 'es', 2570)).toBe(true);
    expect(has('٢٥٧٠ مقترحاً', 'ar', 2570)).toBe(true);
    expect(has('٢٬٥٧٠ مقترحاً', 'ar', 2570)).toBe(true);
    expect(has('2,5 millions', 'fr', 2.5)).toBe(true);
    expect(has('1,234.5', 'en', 1234.5)).toBe(true);
    expect(has('12 %', 'fr', 12)).toBe(true);
    expect(has('١٢٪', 'ar', 12)).toBe(true);
  });

  it('reads multipliers, number words, ordinals and Roman numerals', () => {
    expect(has('более 50 тыс. человек', 'ru', 50000)).toBe(true);
    expect(has('mais de 50 mil participações', 'pt', 50000)).toBe(true);
    expect(has('أكثر من 50 ألف مشاركة', 'ar', 50000)).toBe(true);
    expect(has('ten thousand deputies', 'en', 10000)).toBe(true);
    expect(has('three partners', 'en', 3)).toBe(true);
    expect(has('trois partenaires', 'fr', 3)).toBe(true);
    expect(has('трёх партнёров', 'ru', 3)).toBe(true);
    expect(has('ثلاثة شركاء', 'ar', 3)).toBe(true);
    expect(has('الدورة الرابعة عشرة', 'ar', 14)).toBe(true);
    expect(has('la XIVe législature', 'fr', 14)).toBe(true);
    expect(has('the 14th NPC', 'en', 14)).toBe(true);
    expect(parseRoman('XIV')).toBe(14);
    expect(parseRoman('IIII')).toBeUndefined();
  });

  it('finds what a translation leaves out or gets wrong', () => {
    const source = sourceNumbers('2021年7月起，收集建议2,570条，其中1,013条中107条被采纳。');
    expect(missingNumbers(source, targetNumbers('Since July 2021: 2,570 suggestions, 107 of 1,013 adopted.', 'en'))).toEqual([]);
    expect(missingNumbers(source, targetNumbers('Desde julio de 2021: 2.750 sugerencias, 107 de 1.013 adoptadas.', 'es')).map((n) => n.value)).toEqual([2570]);
    expect(missingNumbers(source, targetNumbers('Since 2021: 2,570 suggestions, 107 of 1,013 adopted.', 'en')).map((n) => n.value)).toEqual([7]);
    expect(missingNumbers(source, targetNumbers('С июля 2021 года: 2570 предложений, учтено 107 из 1013.', 'ru'))).toEqual([]);
    expect(missingNumbers(source, targetNumbers('منذ يوليو 2021: 2570 مقترحاً، اعتُمد 107 من 1013.', 'ar'))).toEqual([]);
  });
});
