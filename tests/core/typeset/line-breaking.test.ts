// Runs in Node (tests): line breaking. Break opportunities against Unicode's
// LineBreakTest (the cases that apply to the app's languages), kinsoku for Chinese, and
// a property test over random multilingual paragraphs set at random widths: no line wider
// than its box, no text lost or duplicated, glyphs carry exactly their run's text, and no
// line starts or ends with a character kinsoku forbids there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BREAK_NONE, BREAK_REQUIRED, breakOpportunities } from '../../../core/typeset/text/break-opportunities';
import { NO_LINE_END, NO_LINE_START } from '../../../core/typeset/text/kinsoku';
import { glyphText, root, setParagraph } from './helpers/engine';

/**
 * Cases of the subset where the engine knowingly follows the older rules of its break
 * data (the `linebreak` package implements UAX #14 for Unicode 13):
 *  - "/" before a digit: Unicode 15.1 rewrote LB25 and now breaks there; we keep "/2024"
 *    (in dates, fractions, references) together.
 *  - a combining mark on a word-initial hyphen (LB9 with the new LB20a).
 */
const KNOWN_DIFFERENCES = [/^× 002F (× 0308 )?÷ 0030 ÷$/, /^× 002D × 0308 × (00A7|0023) ÷$/];

describe('break opportunities (LineBreakTest.txt, Unicode 17.0, applicable cases)', () => {
  const cases = readFileSync(join(root, 'tests/fixtures/unicode/LineBreakTest.subset.txt'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'));

  it('agrees with every applicable case', () => {
    expect(cases.length).toBeGreaterThan(1000);
    const failures: string[] = [];
    let skipped = 0;
    for (const line of cases) {
      if (KNOWN_DIFFERENCES.some((re) => re.test(line))) {
        skipped++;
        continue;
      }
      const tokens = line.split(' ');
      const points: number[] = [];
      const expected: boolean[] = [];
      for (let i = 1; i < tokens.length; i += 2) {
        points.push(parseInt(tokens[i]!, 16));
        expected.push(tokens[i + 1] === '÷');
      }
      const text = String.fromCodePoint(...points);
      const breaks = breakOpportunities(text);
      let offset = 0;
      for (let i = 0; i < points.length; i++) {
        offset += points[i]! > 0xffff ? 2 : 1;
        const got = i === points.length - 1 ? true : breaks[offset] !== BREAK_NONE;
        if (got !== expected[i]) {
          failures.push(line);
          break;
        }
      }
    }
    expect(skipped).toBeLessThanOrEqual(6);
    expect(failures).toEqual([]);
  });

  it('breaks between Chinese characters but keeps kinsoku', () => {
    const text = '联系点设在「朝阳区」，已提出2570条建议。下一步（2024年）';
    const breaks = breakOpportunities(text);
    const starts = [...text].map((_, i) => i).filter((i) => i > 0 && breaks[i] !== BREAK_NONE);
    expect(starts.length).toBeGreaterThan(10);
    for (const i of starts) {
      expect(NO_LINE_START.has(text.codePointAt(i)!), `line may not start with ${text[i]}`).toBe(false);
      expect(NO_LINE_END.has(text.codePointAt(i - 1)!), `line may not end with ${text[i - 1]}`).toBe(false);
    }
    expect(breaks[text.indexOf('，')]).toBe(BREAK_NONE); // not before the comma
    expect(breaks[text.indexOf('朝')]).toBe(BREAK_NONE); // not after the opening bracket
    expect(breaks[text.indexOf('2570')]).not.toBe(BREAK_NONE); // between 提出 and the number
    expect(breaks[text.indexOf('570')]).toBe(BREAK_NONE); // never inside a number
  });

  it('makes a newline a required break', () => {
    const breaks = breakOpportunities('first line\nsecond');
    expect(breaks[11]).toBe(BREAK_REQUIRED);
  });
});

// Pieces of text the property test strings together: words of each script, numbers,
// Chinese phrases with their punctuation and brackets, Arabic with digits.
const latinWord = fc.constantFrom('the', 'outreach', 'point', 'Chaoyang', 'legislative', 'délégation', 'propuesta', 'ligação', 'draft', '2,570', '(UIBE)', 'law.', 'views,');
const cyrillicWord = fc.constantFrom('пункт', 'законодательной', 'связи', 'района', 'Чаоян', 'депутаты');
const arabicWord = fc.constantFrom('نقطة', 'الاتصال', 'التشريعية', 'تشاويانغ', '2021', '(Chaoyang)', 'السفراء،', 'اقتراحًا.');
const hanPhrase = fc.constantFrom('朝阳区', '人大常委会', '基层立法联系点', '意见建议', '2570条', 'UIBE', '法律草案', '“窗口”', '（试点）', '《噪声污染防治法》');
const hanPunct = fc.constantFrom('', '，', '。', '、', '；', '：', '！', '？');

const paragraphArb = fc.oneof(
  fc.record({ lang: fc.constant('en'), words: fc.array(fc.oneof(latinWord, cyrillicWord, hanPhrase), { minLength: 1, maxLength: 40 }) }).map((r) => ({ lang: r.lang, text: r.words.join(' ') })),
  fc.record({ lang: fc.constant('ru'), words: fc.array(fc.oneof(cyrillicWord, latinWord), { minLength: 1, maxLength: 40 }) }).map((r) => ({ lang: r.lang, text: r.words.join(' ') })),
  fc.record({ lang: fc.constant('ar'), words: fc.array(fc.oneof(arabicWord, arabicWord, latinWord), { minLength: 1, maxLength: 40 }) }).map((r) => ({ lang: r.lang, text: r.words.join(' ') })),
  fc
    .record({ lang: fc.constant('zh'), parts: fc.array(fc.tuple(hanPhrase, hanPunct), { minLength: 1, maxLength: 40 }) })
    .map((r) => ({ lang: r.lang, text: r.parts.map(([a, b]) => a + b).join('') })),
);

const squash = (s: string) => s.replace(/\s+/g, '');

describe('filling lines (property test over random multilingual paragraphs)', () => {
  it('never overflows, loses, duplicates or misplaces text, and keeps kinsoku', async () => {
    await fc.assert(
      fc.asyncProperty(paragraphArb, fc.integer({ min: 110, max: 480 }), fc.constantFrom('start', 'justify'), async (p, width, align) => {
        const set = await setParagraph(p.text, p.lang, width, { align: align as 'start' | 'justify' });
        // No line wider than its box.
        for (const line of set.lines) expect(line.width).toBeLessThanOrEqual(width + 0.01);
        // The lines are consecutive slices of the text: nothing lost, nothing twice.
        expect(squash(set.lines.map((l) => l.text).join(''))).toBe(squash(p.text));
        for (let i = 1; i < set.lines.length; i++) {
          const gap = p.text.slice(set.lines[i - 1]!.end, set.lines[i]!.start);
          expect(gap.trim()).toBe('');
        }
        for (const line of set.lines) {
          // Each glyph carries its share of the text: the runs' glyphs spell the runs' text,
          // and the runs together are the line's text.
          for (const run of line.runs) expect(glyphText(run)).toBe(run.text);
          expect(squash([...line.runs].map((r) => r.text).sort().join(''))).toBe(squash([...line.runs].map((r) => r.text).sort().join('')));
          expect(line.runs.reduce((n, r) => n + r.text.length, 0)).toBe(line.text.length);
          // Runs sit side by side inside the box, left to right.
          let right = -Infinity;
          for (const run of line.runs) {
            expect(run.x).toBeGreaterThanOrEqual(Math.max(right, 0) - 0.01);
            right = run.x + run.glyphs.reduce((w, g) => w + g.advance, 0);
          }
          expect(right).toBeLessThanOrEqual(width + 0.01);
        }
        // Kinsoku at every line boundary.
        for (let i = 1; i < set.lines.length; i++) {
          const next = set.lines[i]!.text;
          const previous = set.lines[i - 1]!.text;
          expect(NO_LINE_START.has(next.codePointAt(0)!), `line starts with ${next[0]}`).toBe(false);
          expect(NO_LINE_END.has(previous.codePointAt(previous.length - 1)!), `line ends with ${previous.at(-1)}`).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('justifies every line but the last to the full width', async () => {
    const text = '2021年7月，朝阳区人大常委会成为全国人大常委会法工委的基层立法联系点。法律草案从国家立法机关直接来到街道、写字楼和法庭，群众的意见又送回立法者手中。';
    const set = await setParagraph(text, 'zh', 200, { align: 'justify' });
    expect(set.lines.length).toBeGreaterThan(3);
    for (const line of set.lines.slice(0, -1)) expect(line.width).toBeCloseTo(200, 1);
    expect(set.lines.at(-1)!.width).toBeLessThan(200);
  });

  it('breaks a word longer than the line inside it rather than overflowing', async () => {
    const set = await setParagraph('https://www.chaoyang.gov.cn/legislative-outreach-point/consultations/2024/april', 'en', 120);
    expect(set.lines.length).toBeGreaterThan(2);
    for (const line of set.lines) expect(line.width).toBeLessThanOrEqual(120.01);
    expect(set.lines.map((l) => l.text).join('')).toBe('https://www.chaoyang.gov.cn/legislative-outreach-point/consultations/2024/april');
  });
});
