// Runs in Node (tests): hyphenation. The patterns of each language break words where its
// dictionaries do; the engine's rules hold for any word (at least five letters, two
// before the hyphen and three after, never a capitalised word or one with digits); and
// in justified paragraphs a hyphen only ends a line inside a word, at most two lines in
// a row, never in a heading, and the hyphen extracts as "-" that readers join.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HYPHENATION_RULES, hyphenationPoints } from '../../../core/typeset/text/hyphenation';
import { typeset } from '../../../core/render/typeset-to-pdf';
import { assets, glyphText, layoutOf, linesOf, setParagraph } from './helpers/engine';
import { popplerText, saveTemp } from './helpers/pdf-readers';

const hyphenated = (word: string, lang: string) => {
  const points = hyphenationPoints(word, lang);
  return [...word].map((c, i) => (points.includes(i) ? `-${c}` : c)).join('');
};

describe('hyphenation points', () => {
  it('follows each language’s patterns', () => {
    expect(hyphenated('consultation', 'en')).toBe('con-sul-ta-tion');
    expect(hyphenated('représentants', 'fr')).toBe('re-pré-sen-tants');
    expect(hyphenated('законодательства', 'ru')).toBe('за-ко-но-да-тель-ства');
    expect(hyphenated('participación', 'es')).toBe('par-ti-ci-pa-ción');
    expect(hyphenated('legislativa', 'pt-BR')).toBe('le-gis-la-tiva');
  });

  it('leaves short words, names, figures and languages without patterns whole', () => {
    for (const [word, lang] of [['law', 'en'], ['Chaoyang', 'en'], ['Assemblée', 'fr'], ['covid19', 'en'], ['e-mail', 'en'], ['立法联系点', 'zh'], ['التشريعية', 'ar'], ['consultation', 'de']]) {
      expect(hyphenationPoints(word!, lang!), word).toEqual([]);
    }
  });

  it('keeps the minimum lengths for any word (property test)', () => {
    const letters = { en: 'abcdefghijklmnopqrstuvwxyz', fr: 'abcdeéèfghilmnopqrstuvàç', ru: 'абвгдежзиклмнопрстуфхцчшщыьэюя', es: 'abcdefghijlmnñopqrstuvyzáéíóú', pt: 'abcdefghijlmnopqrstuvxzãçéóâ' } as const;
    const langs = Object.keys(letters) as (keyof typeof letters)[];
    fc.assert(
      fc.property(fc.constantFrom(...langs).chain((lang) => fc.tuple(fc.constant(lang), fc.array(fc.constantFrom(...letters[lang]), { minLength: 1, maxLength: 24 }).map((a) => a.join('')))), ([lang, word]) => {
        const points = hyphenationPoints(word, lang);
        if (word.length < HYPHENATION_RULES.minWord) expect(points).toEqual([]);
        for (const k of points) {
          expect(k).toBeGreaterThanOrEqual(HYPHENATION_RULES.minBefore);
          expect(word.length - k).toBeGreaterThanOrEqual(HYPHENATION_RULES.minAfter);
        }
        expect([...points].sort((a, b) => a - b)).toEqual(points);
      }),
      { numRuns: 400 },
    );
  });
});

const FRENCH =
  "La commission des affaires législatives recueille les observations des habitants sur chaque projet de loi, puis transmet une synthèse argumentée aux représentants de l'Assemblée populaire nationale dans un délai convenu. Les juristes bénévoles participent régulièrement aux consultations organisées dans les quartiers résidentiels.";
const RUSSIAN =
  'Пункт связи законодательной власти района Чаоян передаёт замечания жителей непосредственно в Комиссию по законодательным вопросам. Представители общественности регулярно обсуждают законопроекты вместе с депутатами и юристами.';

describe('hyphenated paragraphs', () => {
  it('hyphenates justified French and Russian in a narrow column, and not when asked not to or ragged', async () => {
    for (const [text, lang] of [[FRENCH, 'fr'], [RUSSIAN, 'ru']] as const) {
      const set = await setParagraph(text, lang, 150, { align: 'justify', hyphenate: true });
      const hyphenatedLines = set.lines.filter((l) => l.hyphenated);
      expect(hyphenatedLines.length, lang).toBeGreaterThan(0);
      for (const line of hyphenatedLines) {
        expect(line.text.endsWith('-')).toBe(true);
        // Inside a word: a lower-case letter on either side of the break.
        expect(text[line.end - 1]).toMatch(/\p{Ll}/u);
        expect(text[line.end]).toMatch(/\p{Ll}/u);
        const last = line.runs.at(-1)!.glyphs.at(-1)!;
        expect(last).toMatchObject({ chars: '-', inserted: 'hyphen' });
      }
      const off = await setParagraph(text, lang, 150, { align: 'justify', hyphenate: false });
      expect(off.lines.some((l) => l.hyphenated)).toBe(false);
      const ragged = await setParagraph(text, lang, 150, { align: 'start', hyphenate: true });
      expect(ragged.lines.some((l) => l.hyphenated)).toBe(false);
    }
  });

  it('never ends more than two lines in a row with a hyphen, loses nothing, and fills each line (property test)', async () => {
    const words = fc.constantFrom(...FRENCH.split(' '), ...RUSSIAN.split(' '));
    await fc.assert(
      fc.asyncProperty(fc.array(words, { minLength: 3, maxLength: 60 }), fc.integer({ min: 130, max: 300 }), fc.constantFrom('fr', 'ru', 'en'), async (list, width, lang) => {
        const text = list.join(' ');
        const set = await setParagraph(text, lang, width, { align: 'justify', hyphenate: true });
        let run = 0;
        for (const [i, line] of set.lines.entries()) {
          run = line.hyphenated ? run + 1 : 0;
          expect(run).toBeLessThanOrEqual(HYPHENATION_RULES.maxConsecutive);
          expect(line.width).toBeLessThanOrEqual(width + 0.01);
          for (const r of line.runs) expect(glyphText(r)).toBe(r.text);
          // A justified line but the last is set to the full width, unless it is one word alone.
          if (i < set.lines.length - 1 && /\s/.test(line.text)) expect(line.width).toBeCloseTo(width, 1);
        }
        const joined = set.lines.map((l) => (l.hyphenated ? l.text.slice(0, -1) : `${l.text} `)).join('');
        expect(joined.replace(/\s+/g, ' ').trim()).toBe(text.replace(/\s+/g, ' ').trim());
      }),
      // First a case once found: a hyphenation point inside the ﬀ ligature of "affaires".
      { numRuns: 60, examples: [[['affaires', 'populaire', 'законодательным', 'регулярно', 'La', 'La', 'La'], 168, 'fr']] },
    );
  });

  it('never hyphenates a heading or a table cell, and can be switched off for a document', async () => {
    const doc = {
      title: 'fr',
      lang: 'fr',
      page: { size: [420, 595] },
      blocks: [
        { type: 'heading', level: 1, align: 'justify', text: 'Représentativité démocratique des consultations législatives' },
        { type: 'table', rows: [['Représentativité démocratique des consultations législatives', 'x']] },
        { type: 'columns', columns: [{ blocks: [{ type: 'paragraph', align: 'justify', text: FRENCH }] }, { blocks: [] }, { blocks: [] }] },
      ],
    };
    const lines = linesOf((await layoutOf(doc)).document).map(({ line }) => line.text);
    const title = lines.findIndex((l) => l.startsWith('Représentativité'));
    expect(lines.slice(0, title + 3).some((l) => l.endsWith('-'))).toBe(false);
    expect(lines.some((l) => /\p{Ll}-$/u.test(l))).toBe(true);
    const off = linesOf((await layoutOf({ ...doc, typography: { hyphenate: false } })).document);
    expect(off.some(({ line }) => /\p{Ll}-$/u.test(line.text))).toBe(false);
  });

  it('extracts as the words themselves in poppler (the line-end hyphen is joined)', async () => {
    const doc = { title: 'fr', lang: 'fr', blocks: [{ type: 'columns', columns: [{ blocks: [{ type: 'paragraph', align: 'justify', text: FRENCH }] }, { blocks: [] }, { blocks: [] }] }] };
    const result = await typeset(doc, assets);
    const text = popplerText(saveTemp(result.pdf, 'hyphenated-fr')).replace(/\s+/g, ' ');
    expect(text).toContain('recueille les observations des habitants');
    expect(text).toContain("représentants de l'Assemblée populaire nationale");
  });
});
