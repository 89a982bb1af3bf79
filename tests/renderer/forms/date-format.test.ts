// Runs in Node: dates in the UI language's order, read back to ISO; nonsense refused.
import { describe, expect, it } from 'vitest';
import { formatDate, parseDate } from '../../../renderer/forms/date-format';

describe('date fields in the UI language', () => {
  it('shows a date in the order of the language', () => {
    expect(formatDate('2026-04-16', 'zh-CN')).toBe('2026/04/16');
    expect(formatDate('2026-04-16', 'en')).toBe('04/16/2026');
    expect(formatDate('2026-04-16', 'ar')).toBe('16/04/2026');
  });

  it('reads what is typed in that order, ISO, and Arabic-Indic digits', () => {
    expect(parseDate('2026/4/16', 'zh-CN')).toBe('2026-04-16');
    expect(parseDate('4/16/2026', 'en')).toBe('2026-04-16');
    expect(parseDate('16/4/2026', 'ar')).toBe('2026-04-16');
    expect(parseDate('١٦/٠٤/٢٠٢٦', 'ar')).toBe('2026-04-16');
    expect(parseDate('2026-04-16', 'en')).toBe('2026-04-16');
  });

  it('refuses what is no date', () => {
    expect(parseDate('31/04/2026', 'ar')).toBeNull();
    expect(parseDate('2026/13/01', 'zh-CN')).toBeNull();
    expect(parseDate('tomorrow', 'en')).toBeNull();
    expect(parseDate('', 'en')).toBeNull();
  });
});
