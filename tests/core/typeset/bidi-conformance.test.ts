// Runs in Node (tests): Unicode's BidiCharacterTest (a subset kept in tests/fixtures/unicode)
// through the engine's bidi pipeline: levels from bidi-js, then our line reordering (L1
// and L2). Both the resolved levels and the visual order must match, for every case:
// LTR, RTL and auto paragraphs, brackets, numbers, isolates and explicit embeddings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import bidiFactory from 'bidi-js';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { bidiOptions, firstStrongDirection, lineLevels, resolveLevels, visualOrder } from '../../../core/typeset/text/bidi';
import { SimpleBidi } from '../../../core/typeset/text/bidi-paragraph';
import { root } from './helpers/engine';

interface Case {
  line: number;
  text: string;
  direction: 'ltr' | 'rtl' | 'auto';
  levels: (number | 'x')[];
  order: number[];
}

function loadCases(): Case[] {
  const file = readFileSync(join(root, 'tests/fixtures/unicode/BidiCharacterTest.subset.txt'), 'utf8');
  const cases: Case[] = [];
  file.split('\n').forEach((raw, index) => {
    if (!raw || raw.startsWith('#')) return;
    const [points, dir, , levels, order] = raw.split(';');
    cases.push({
      line: index + 1,
      text: String.fromCodePoint(...points!.trim().split(' ').map((h) => parseInt(h, 16))),
      direction: dir === '0' ? 'ltr' : dir === '1' ? 'rtl' : 'auto',
      levels: levels!.trim().split(' ').map((l) => (l === 'x' ? 'x' : Number(l))),
      order: order!.trim() ? order!.trim().split(' ').map(Number) : [],
    });
  });
  return cases;
}

/** Our result for one test line: levels after L1 and the visual order without X9-removed characters. */
function run(c: Case) {
  const direction = c.direction === 'auto' ? (firstStrongDirection(c.text) ?? 'ltr') : c.direction;
  const { levels, baseLevel } = resolveLevels(c.text, direction);
  const line = lineLevels(c.text, levels, baseLevel, 0, c.text.length);
  const order = visualOrder(line).filter((i) => c.levels[i] !== 'x');
  return { levels: [...line], order };
}

describe('bidi conformance (BidiCharacterTest.txt, Unicode 15.0)', () => {
  const cases = loadCases();

  it('has a meaningful sample: thousands of cases in all three paragraph directions, explicit controls included', () => {
    expect(cases.length).toBeGreaterThan(3000);
    for (const d of ['ltr', 'rtl']) expect(cases.filter((c) => c.direction === d).length).toBeGreaterThan(1000);
    expect(cases.filter((c) => c.direction === 'auto').length).toBeGreaterThan(20);
    expect(cases.some((c) => /[\u202a-\u202e]/.test(c.text))).toBe(true);
    expect(cases.some((c) => /[\u2066-\u2069]/.test(c.text))).toBe(true);
  });

  afterEach(() => {
    bidiOptions.simplePath = true;
  });

  // The engine resolves most paragraphs with its own single-sequence implementation and
  // falls back to bidi-js for explicit embeddings and isolates: check both ways.
  for (const simplePath of [true, false]) {
    it(`resolves every level and reorders every line as expected (${simplePath ? 'engine' : 'bidi-js only'})`, () => {
      bidiOptions.simplePath = simplePath;
      const failures: string[] = [];
      for (const c of cases) {
        const got = run(c);
        const levelsOk = c.levels.every((l, i) => l === 'x' || l === got.levels[i]);
        const orderOk = got.order.length === c.order.length && got.order.every((v, i) => v === c.order[i]);
        if (!levelsOk || !orderOk) failures.push(`line ${c.line}: expected ${c.order.join(' ')}, got ${got.order.join(' ')}`);
      }
      expect(failures.slice(0, 10)).toEqual([]);
    });
  }

  it('takes the fast path for most cases and bidi-js for explicit controls', () => {
    const simple = new SimpleBidi(bidiFactory());
    const used = cases.filter((c) => simple.levels(c.text, c.direction === 'rtl' ? 1 : 0)).length;
    expect(used).toBeGreaterThan(cases.length * 0.9);
    expect(simple.levels('a\u202Bb\u202Cc', 0)).toBeUndefined();
    expect(simple.levels('a\u2067b\u2069c', 0)).toBeUndefined();
  });

  it('agrees with bidi-js on random mixed text (property test)', () => {
    const bidi = bidiFactory();
    const simple = new SimpleBidi(bidi);
    const pieces = ['abc', 'Chaoyang', ' ', '  ', 'مرحبا', 'ب', 'שלום', '2024', '٢٠٢٤', '۱۲', '1,000', '+', '-', '%', '$', '.', ',', ':', '/', '(', ')', '[', ']', '«', '»', '"', '\u064B', '\u0301', '\t', '中文', '！', '“', '”'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 25 }), fc.constantFrom<0 | 1>(0, 1), (parts, base) => {
        const text = parts.join('');
        const ours = simple.levels(text, base);
        if (!ours) return;
        // Compared after L1, which bidi-js applies already and the engine does per line.
        const theirs = bidi.getEmbeddingLevels(text, base ? 'rtl' : 'ltr').levels;
        expect([...lineLevels(text, ours, base, 0, text.length)]).toEqual([...lineLevels(text, theirs, base, 0, text.length)]);
      }),
      { numRuns: 2000 },
    );
  });

  it('would notice a broken reorderer (the check itself can fail)', () => {
    const rtl = cases.find((c) => c.direction === 'rtl' && c.order.length > 3)!;
    const reversed = visualOrder(new Uint8Array(rtl.text.length)); // everything at level 0: no reversal
    expect(reversed.filter((i) => rtl.levels[i] !== 'x')).not.toEqual(rtl.order);
  });

  it('reorders the cases a briefing meets: Arabic with Western digits, a Latin name and brackets', () => {
    const text = 'زار 36 سفيرًا (Chaoyang) عام 2024.';
    const { levels, baseLevel } = resolveLevels(text, 'rtl');
    const order = visualOrder(lineLevels(text, levels, baseLevel, 0, text.length));
    const visual = order.map((i) => text[i]).join('');
    // Read left to right on the page: the full stop first, then 2024 in order, the year's
    // word, the name in order, 36 in order, and the first word last.
    expect(visual.startsWith('.2024')).toBe(true);
    expect(visual).toContain('Chaoyang');
    expect(visual.endsWith('راز')).toBe(true);
    expect(visual.indexOf('36')).toBeGreaterThan(visual.indexOf('Chaoyang'));
  });
});
