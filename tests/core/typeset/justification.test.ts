// Runs in Node (tests): justified text beyond word spaces. Kashida in Arabic (only where
// the letters join, at most one per word, never in a line's last word, never in a
// lam-alef or the name of God, drawn as ink with no text); Chinese punctuation
// compression (pairs such as 」（ and a stop at a line's end take half their em); total
// fit against first fit; and Thai, which writes no spaces, broken between its words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakOpportunities, BREAK_NONE } from '../../../core/typeset/text/break-opportunities';
import type { GlyphRun } from '../../../core/typeset/laid-out-document';
import { glyphText, layoutOf, linesOf, setParagraph } from './helpers/engine';

/** Arabic letters that do not join to the letter after them. */
const RIGHT_JOINING = new Set(Array.from('اأإآدذرزوؤة'));

/** For each kashida in an RTL run: the text index (in the run's text) it stands before. */
function kashidaPlaces(run: GlyphRun): number[] {
  const places: number[] = [];
  let charsToTheLeft = 0;
  run.glyphs.forEach((g, v) => {
    if (g.inserted === 'kashida' && (v === 0 || run.glyphs[v - 1]!.inserted !== 'kashida')) places.push(run.text.length - charsToTheLeft);
    charsToTheLeft += g.chars.length;
  });
  return places;
}

const ARABIC =
  'يشرح موظفو الاتصال مشروع القانون للناس قبل أن يطلبوا آراءهم، ثم تُرسل الملاحظات إلى لجنة الشؤون التشريعية في مجلس نواب الشعب الوطني خلال أيام العمل المحددة. وقد استقبلت المحطات الثلاث والأربعون أكثر من خمسين ألف مشاركة، والسلام عليكم ورحمة الله.';

describe('kashida', () => {
  it('lengthens justified Arabic with tatweels that carry no text', async () => {
    const set = await setParagraph(ARABIC, 'ar', 170, { align: 'justify' });
    const runs = set.lines.flatMap((l) => l.runs);
    const tatweels = runs.flatMap((r) => r.glyphs.filter((g) => g.inserted === 'kashida'));
    expect(tatweels.length).toBeGreaterThan(0);
    for (const g of tatweels) expect(g.chars).toBe('');
    for (const r of runs) expect(glyphText(r)).toBe(r.text);
    for (const line of set.lines.slice(0, -1)) expect(line.width).toBeCloseTo(170, 1);
    const ragged = await setParagraph(ARABIC, 'ar', 170, { align: 'start' });
    expect(ragged.lines.flatMap((l) => l.runs).some((r) => r.glyphs.some((g) => g.inserted))).toBe(false);
  });

  it('puts each kashida only where calligraphy allows (property test)', async () => {
    const words = fc.constantFrom(...ARABIC.split(' '), 'لا', 'الله', 'السلام', 'مستشار', 'كتاب', 'بسم');
    await fc.assert(
      fc.asyncProperty(fc.array(words, { minLength: 4, maxLength: 50 }), fc.integer({ min: 110, max: 320 }), async (list, width) => {
        const text = list.join(' ');
        const set = await setParagraph(text, 'ar', width, { align: 'justify' });
        for (const line of set.lines) {
          expect(line.width).toBeLessThanOrEqual(width + 0.01);
          const lastWordStart = line.text.lastIndexOf(' ') + 1;
          const perWord = new Map<number, number>();
          for (const run of line.runs) {
            expect(glyphText(run)).toBe(run.text);
            if (run.direction !== 'rtl') continue;
            const runStart = line.text.indexOf(run.text);
            for (const at of kashidaPlaces(run)) {
              const index = runStart + at; // in the line's text
              const before = line.text[index - 1]!;
              const after = line.text[index]!;
              expect(index, `not in the last word: ${line.text}`).toBeLessThan(lastWordStart);
              expect(/[\u0620-\u064a\u0671-\u06d3]/.test(before) && /[\u0620-\u064a\u0671-\u06d3]/.test(after), `${before}|${after}`).toBe(true);
              expect(RIGHT_JOINING.has(before), `after a non-joining ${before}`).toBe(false);
              expect(before === 'ل' && /[اأإآ]/.test(after), 'inside a lam-alef').toBe(false);
              const wordStart = line.text.lastIndexOf(' ', index) + 1;
              expect(line.text.slice(wordStart, line.text.indexOf(' ', index) < 0 ? undefined : line.text.indexOf(' ', index))).not.toContain('لله');
              perWord.set(wordStart, (perWord.get(wordStart) ?? 0) + 1);
            }
          }
          for (const count of perWord.values()) expect(count).toBe(1);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('prefers the place after a seen or kaf', async () => {
    // One long word per line pair: the justify stage must use the best place of each word.
    const set = await setParagraph('مستشار كتاب مستشار كتاب مستشار كتاب مستشار كتاب مستشار كتاب', 'ar', 200, { align: 'justify' });
    const runs = set.lines.slice(0, -1).flatMap((l) => l.runs);
    const befores = runs.flatMap((r) => kashidaPlaces(r).map((at) => r.text[at - 1]));
    expect(befores.length).toBeGreaterThan(0);
    for (const b of befores) expect(['س', 'ك', 'ش']).toContain(b);
  });
});

describe('Chinese punctuation compression', () => {
  it('sets 」（ and 。「 pairs in an em and a half, and a line-end stop in half an em', async () => {
    const set = await setParagraph('称为「基层立法联系点」（简称联系点）。「窗口」作用明显。', 'zh', 2000);
    const glyphs = set.lines[0]!.runs.flatMap((r) => r.glyphs);
    const em = 10.5;
    const advanceOf = (ch: string, nth = 0) => glyphs.filter((g) => g.chars === ch)[nth]!.advance;
    expect(advanceOf('」')).toBeCloseTo(em / 2, 1); // followed by （
    expect(advanceOf('（')).toBeCloseTo(em, 1);
    expect(advanceOf('。')).toBeCloseTo(em / 2, 1); // followed by 「
    expect(advanceOf('。', 1)).toBeCloseTo(em / 2, 1); // the line's end
    expect(advanceOf('」', 1)).toBeCloseTo(em, 1); // followed by 作: untouched
    // An opening bracket that loses its left half draws its ink that much to the left.
    const second = await setParagraph('称（（简称）', 'zh', 2000);
    const [, a, b] = second.lines[0]!.runs[0]!.glyphs;
    expect(a!.advance).toBeCloseTo(em, 1);
    expect(b!.advance).toBeCloseTo(em / 2, 1);
    expect(b!.x).toBeCloseTo(a!.x + a!.advance - em / 2, 1);
  });
});

describe('total fit', () => {
  const TEXT =
    'The outreach point sends each draft law to residential communities, office towers and courts, and returns what people say to the Legislative Affairs Commission of the Standing Committee without rewriting it. Lawyers of the district association count their opinion work as pro bono hours, and the law school of the University of International Business and Economics reviews every summary before it leaves.';

  it('sets justified paragraphs more evenly than first fit', async () => {
    const spread = async (lineBreaking: 'total-fit' | 'first-fit') => {
      const { document } = await layoutOf({
        title: 't',
        typography: { lineBreaking, hyphenate: false },
        blocks: [{ type: 'columns', columns: [{ blocks: [{ type: 'paragraph', align: 'justify', text: TEXT }] }, { blocks: [] }] }],
      });
      // The widest word gap of each justified line, relative to a normal space.
      const gaps = linesOf(document)
        .slice(0, -1)
        .map(({ line }) => Math.max(...line.runs.flatMap((r) => r.glyphs.filter((g) => g.chars === ' ').map((g) => g.advance))));
      return Math.max(...gaps);
    };
    expect(await spread('total-fit')).toBeLessThan(await spread('first-fit'));
  });
});

describe('Thai word breaking', () => {
  const WORDS = ['จุด', 'ประสาน', 'งาน', 'ด้าน', 'นิติบัญญัติ', 'ระดับ', 'ราก', 'หญ้า', 'ของ', 'เขต', 'ประชาชน', 'ความคิดเห็น', 'กฎหมาย', 'ร่าง'];
  const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

  it('breaks only between words, as ICU’s dictionary finds them (property test)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 40 }), fc.integer({ min: 80, max: 300 }), async (words, width) => {
        const text = words.join('');
        const boundaries = new Set([...segmenter.segment(text)].map((s) => s.index));
        const breaks = breakOpportunities(text);
        for (let i = 1; i < text.length; i++) if (breaks[i] !== BREAK_NONE) expect(boundaries.has(i), `break at ${i} of ${text}`).toBe(true);
        expect([...boundaries].filter((i) => i > 0 && breaks[i] === BREAK_NONE)).toEqual([]);
        const set = await setParagraph(text, 'th', width);
        expect(set.missing).toEqual([]);
        expect(set.lines.map((l) => l.text).join('')).toBe(text);
        for (const line of set.lines) {
          expect(line.width).toBeLessThanOrEqual(width + 0.01);
          expect(boundaries.has(line.end) || line.end === text.length).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('keeps Korean words whole between their spaces', async () => {
    const text = '법률 초안은 주민과 변호사, 기업에 직접 설명되고, 그들의 의견은 그대로 입법 기관에 전달됩니다.';
    const set = await setParagraph(text, 'ko', 120);
    expect(set.lines.length).toBeGreaterThan(2);
    for (const line of set.lines.slice(0, -1)) expect(text[line.end] === ' ' || text[line.end - 1] === ' ' || line.end === text.length, line.text).toBe(true);
  });
});
