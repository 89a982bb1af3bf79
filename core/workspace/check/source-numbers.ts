// Runs anywhere (core): the figures a Chinese source text states, whether in digits
// (2,570 · 5万 · 2.5万 · 12%) or in Chinese numerals (四十三 · 一百零七 · 十四届 · 七月),
// so the check can look for each of them in every translation.
import { asciiDigits } from './normalize-text';

export interface SourceNumber {
  value: number;
  /** As written in the source, for messages. */
  text: string;
  /** A month (7月 · 七月) may be written as a month name in a translation. */
  kind: 'number' | 'month';
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 四十三 → 43, 一百零七 → 107, 十四 → 14, 五万 → 50000, 二〇二一 → 2021. */
export function parseChineseNumeral(text: string): number | undefined {
  if (!/^[零〇一二两三四五六七八九十百千万亿]+$/.test(text)) return undefined;
  if (!/[十百千万亿]/.test(text)) return text.length > 1 ? Number([...text].map((c) => DIGITS[c]).join('')) : DIGITS[text];
  let total = 0;
  let wan = 0;
  let section = 0;
  let number = 0;
  for (const char of text) {
    if (char in DIGITS) number = DIGITS[char]!;
    else if (char in SMALL_UNITS) {
      section += (number || 1) * SMALL_UNITS[char]!; // 十四: a bare 十 is one ten
      number = 0;
    } else if (char === '万') {
      wan = (section + number || 1) * 10_000;
      section = 0;
      number = 0;
    } else if (char === '亿') {
      total = (total + wan + section + number || 1) * 100_000_000;
      wan = 0;
      section = 0;
      number = 0;
    }
  }
  return total + wan + section + number;
}

/**
 * Numerals inside set phrases that are not figures (老百姓 "ordinary people", 十分 "very",
 * 千家万户 "every household"). A numeral run inside one of these is ignored.
 */
const SET_PHRASES = ['百姓', '十分', '万一', '千万', '千家万户', '千方百计', '万众一心', '一带一路', '百花齐放', '四面八方', '五湖四海', '三令五申', '一五一十', '万无一失', '千千万万', '成千上万', '百闻不如一见', '万事'];

/** What may follow a Chinese numeral that states a figure: measure words, 余/多, dates, ordinals. */
const COUNTED = /^[个名家条项部件次人位届年月日天周余多倍所处批场期类种支座户份篇组站点元岁季度轮批]/;

function insideSetPhrase(text: string, start: number, end: number): boolean {
  for (const phrase of SET_PHRASES) {
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      if (at < end && at + phrase.length > start) return true;
    }
  }
  return false;
}

export function sourceNumbers(source: string): SourceNumber[] {
  const text = asciiDigits(source).replace(/．/g, '.');
  const found: SourceNumber[] = [];
  const add = (value: number, written: string, kind: SourceNumber['kind']) => {
    if (!found.some((n) => n.value === value && n.kind === kind)) found.push({ value, text: written, kind });
  };
  for (const match of text.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g)) {
    const written = match[0];
    const end = match.index + written.length;
    let value = Number(written.replace(/,/g, ''));
    const next = text[end];
    if (next === '万') value *= 10_000;
    else if (next === '亿') value *= 100_000_000;
    const isMonth = next === '月' && Number.isInteger(value) && value >= 1 && value <= 12;
    add(Math.round(value * 1e6) / 1e6, next === '万' || next === '亿' ? written + next : written, isMonth ? 'month' : 'number');
  }
  for (const match of text.matchAll(/[零〇一二两三四五六七八九十百千万亿]+/g)) {
    const written = match[0];
    const start = match.index;
    const end = start + written.length;
    if (/[\d.]/.test(text[start - 1] ?? '')) continue; // the 万 of "5万" belongs to the digits
    if (insideSetPhrase(text, start, end)) continue;
    const value = parseChineseNumeral(written);
    if (value === undefined) continue;
    const next = text.slice(end);
    if (next.startsWith('月') && value >= 1 && value <= 12) {
      add(value, written, 'month');
      continue;
    }
    const percent = text.slice(Math.max(0, start - 3), start) === '百分之';
    const ordinal = text[start - 1] === '第';
    // Small numerals (一, 两, 三 ...) are mostly words ("一是", "两年"): only 10 and up count, when they count something.
    if (value >= 10 && (COUNTED.test(next) || percent || ordinal)) add(value, written, 'number');
  }
  return found;
}
