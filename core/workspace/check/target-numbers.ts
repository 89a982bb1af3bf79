// Runs anywhere (core): every figure a translation might be stating, read generously:
// 2,570 · 2 570 · 2.570 · ٢٬٥٧٠ · 2,5 (decimal comma) · "50 тыс." · "three" · "XIV" ·
// month names. The check asks only whether each source figure is among them, so
// reading too much is harmless and reading too little would cry wolf.
import { MONTH_NAMES, MULTIPLIER_STEMS, NUMBER_WORD_STEMS } from './number-words';
import { asciiDigits, foldForMatching, wordsOf } from './normalize-text';

export interface TargetNumbers {
  values: Set<number>;
  months: Set<number>;
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

function digitTokenValues(token: string): number[] {
  const groups = token.split(/[^\d]/);
  const separators = token.match(/[^\d]/g) ?? [];
  const values = groups.map(Number);
  const [first, ...rest] = groups as [string, ...string[]];
  if (rest.length && first.length <= 3 && rest.every((g) => g.length === 3)) values.push(Number(groups.join('')));
  const last = separators[separators.length - 1];
  if (last === ',' || last === '.') {
    const head = groups.slice(0, -1);
    const headOk = head.length === 1 || (head[0]!.length <= 3 && head.slice(1).every((g) => g.length === 3));
    if (headOk) values.push(Number(`${head.join('')}.${groups[groups.length - 1]}`));
  }
  return values;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

export function parseRoman(text: string): number | undefined {
  if (!/^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(text) || text === '') return undefined;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN[text[i]!]!;
    const next = ROMAN[text[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

function multiplierOf(word: string | undefined): number | undefined {
  if (!word) return undefined;
  for (const [value, stems] of MULTIPLIER_STEMS) if (stems.some((stem) => word.startsWith(stem))) return value;
  return undefined;
}

function wordValue(word: string, language: string): number[] {
  const table = NUMBER_WORD_STEMS[language.split('-')[0]!] ?? [];
  return table.filter(([, stems]) => stems.some((stem) => (stem.length <= 3 ? word === stem || (word.startsWith(stem) && word.length <= stem.length + 2) : word.startsWith(stem)))).map(([value]) => value);
}

export function targetNumbers(translation: string, language: string): TargetNumbers {
  const values = new Set<number>();
  const months = new Set<number>();
  const text = asciiDigits(translation);
  const folded = foldForMatching(translation);
  const words = wordsOf(folded);

  // Digits, with whatever separators the locale uses between groups.
  for (const match of text.matchAll(/\d+(?:[.,\u00a0\u202f\u2009 '’]\d+)*/g)) {
    const tokenValues = digitTokenValues(match[0].replace(/[\u00a0\u202f\u2009 '’]/g, ' '));
    const after = foldForMatching(text.slice(match.index + match[0].length, match.index + match[0].length + 16)).match(/[\p{L}]+/u)?.[0];
    const multiplier = multiplierOf(after && /^[\s.]*[\p{L}]/u.test(text.slice(match.index + match[0].length)) ? wordsOf(after)[0] : undefined);
    for (const value of tokenValues) {
      values.add(round(value));
      if (multiplier) values.add(round(value * multiplier));
    }
  }

  // Numbers in words, "ten thousand" included; Arabic teens are "<unit> عشر".
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    for (const value of wordValue(word, language)) {
      values.add(value);
      const multiplier = multiplierOf(words[i + 1]);
      if (multiplier && value < 1000) values.add(value * multiplier);
      if (language.startsWith('ar') && value < 10 && /^عشر/.test(words[i + 1] ?? '')) values.add(10 + value);
    }
  }

  // Roman numerals for ordinals of sessions and congresses: "XIVe législature", "XIV Legislatura".
  for (const match of translation.matchAll(/(?<![\p{L}])([IVXLCM]{2,})(?:e|er|re|ème|eme|º|ª)?(?![\p{L}])/gu)) {
    const value = parseRoman(match[1]!);
    if (value) values.add(value);
  }

  const names = MONTH_NAMES[language.split('-')[0]!];
  if (names) {
    const joined = ` ${words.join(' ')} `;
    names.forEach((forms, index) => {
      if (forms.some((form) => (form.includes(' ') ? joined.includes(` ${form} `) : words.some((w) => w.startsWith(form) && w.length <= form.length + 3)))) months.add(index + 1);
    });
  }
  return { values, months };
}

/** The source figures a translation does not state. */
export function missingNumbers<T extends { value: number; kind: 'number' | 'month' }>(source: readonly T[], translation: TargetNumbers): T[] {
  return source.filter((n) => !translation.values.has(round(n.value)) && !(n.kind === 'month' && translation.months.has(n.value)));
}
