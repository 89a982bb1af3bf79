// Runs in Node (tests): shaping. Arabic is joined and its digits stay in order; the fast
// path for ideographs gives exactly what HarfBuzz gives for every sample text.
import { describe, expect, it } from 'vitest';
import { typesetEngine } from '../../../core/typeset/typeset-engine';
import { ARABIC, HAN } from '../../../core/typeset/text/scripts';
import { assets, fixture, fixtureNames, setParagraph } from './helpers/engine';

function allText(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) for (const n of node) allText(n, out);
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) if (k !== 'type' && k !== 'lang' && k !== 'src') allText(v, out);
  return out;
}

describe('shaping', () => {
  it('joins Arabic letters (contextual forms, not the isolated ones) and keeps Western digits in order', async () => {
    const set = await setParagraph('محطة 2024', 'ar', 400);
    const runs = set.lines[0]!.runs;
    const digits = runs.find((r) => r.text === '2024')!;
    expect(digits.direction).toBe('ltr');
    expect(digits.glyphs.map((g) => g.chars).join('')).toBe('2024');
    const word = runs.find((r) => r.text.includes('محطة'))!;
    const engine = await typesetEngine(assets);
    const naskh = engine.fonts.get('NotoNaskhArabic-Regular');
    const isolated = [...'محطة'].map((ch) => engine.fonts.hb.nominalGlyph(naskh.handle, ch.codePointAt(0)!));
    // Joined: the medial and final forms differ from the cmap's isolated glyphs.
    const drawn = word.glyphs.filter((g) => g.chars && g.chars !== ' ').map((g) => g.gid);
    expect(drawn.filter((gid) => isolated.includes(gid)).length).toBeLessThan(2);
    // Digits to the left of the word on the page (the paragraph is right-to-left).
    expect(digits.x).toBeLessThan(word.x);
  });

  it('gives the same glyphs and advances with the ideographic fast path as with HarfBuzz for all samples', async () => {
    const engine = await typesetEngine(assets);
    const font = engine.fonts.get('NotoSansSC-Regular');
    const texts = fixtureNames().flatMap((name) => allText(fixture(name))).filter((t) => /[\u4e00-\u9fff]/.test(t));
    texts.push('《噪声污染防治法》“窗口”（UIBE）、：；！？——…… 〇一二三 ０１２ＡＢ 々〆ヶ あいう アイウ');
    expect(texts.length).toBeGreaterThan(20);
    const naskh = engine.fonts.get('NotoNaskhArabic-Regular');
    const marks = 'قدّمتُ النقطةُ اقتراحًا على مشروعِ القانونِ، وقدّمت النقطة 2570 اقتراحًا على 25 مشروع قانون.';
    for (const text of texts) {
      // Working memory is reused between paragraphs: dirty it first (Arabic marks have offsets).
      engine.shaper.beginParagraph();
      engine.shaper.shape(naskh, marks, 0, marks.length, true, ARABIC, 'ar');
      engine.shaper.beginParagraph();
      engine.shaper.ideographicFastPath = true;
      const fast = engine.shaper.shape(font, text, 0, text.length, false, HAN, 'zh');
      engine.shaper.ideographicFastPath = false;
      const slow = engine.shaper.shape(font, text, 0, text.length, false, HAN, 'zh');
      engine.shaper.ideographicFastPath = true;
      expect([...fast.gids], text).toEqual([...slow.gids]);
      expect([...fast.xAdvance], text).toEqual([...slow.xAdvance]);
      expect([...fast.clusters], text).toEqual([...slow.clusters]);
      expect([...fast.yOffset].every((v) => v === 0)).toBe(true);
      expect([...slow.xOffset], text).toEqual([...fast.xOffset]);
    }
  });
});
