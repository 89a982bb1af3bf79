import { describe, expect, it } from 'vitest';
import { formatFigureNumber, formatKeyFigure } from '../../../core/model/key-figure-format';

describe('key figures per locale', () => {
  it('groups digits the way each language does', () => {
    expect(formatFigureNumber(2570, 'count', 'en')).toBe('2,570');
    expect(formatFigureNumber(2570, 'count', 'zh')).toBe('2,570');
    expect(formatFigureNumber(2570, 'count', 'fr')).toBe('2\u202f570');
    expect(formatFigureNumber(2570, 'count', 'ru')).toBe('2\u00a0570');
    expect(formatFigureNumber(2570, 'count', 'pt')).toBe('2.570');
    expect(formatFigureNumber(50000, 'count', 'es')).toBe('50.000');
    expect(formatFigureNumber(2570, 'count', 'ar')).toBe('2,570');
    expect(formatFigureNumber(2570, 'count', 'ar', { numberingSystem: 'arab' })).toBe('٢٬٥٧٠');
  });

  it('never groups a year and adds the percent sign per locale', () => {
    expect(formatFigureNumber(2021, 'year', 'fr')).toBe('2021');
    expect(formatFigureNumber(12.5, 'percent', 'en')).toBe('12.5%');
    expect(formatFigureNumber(12.5, 'percent', 'fr')).toBe('12,5\u00a0%');
  });

  it('marks approximations', () => {
    expect(formatKeyFigure({ value: 50000, unit: 'person-times', approx: 'more-than' }, 'en')).toBe('50,000+');
    expect(formatKeyFigure({ value: 1700, unit: 'people', approx: 'about' }, 'ru')).toBe('≈\u00a01\u00a0700');
    expect(formatKeyFigure({ value: 43, unit: 'count', approx: 'exact' }, 'pt')).toBe('43');
  });
});
