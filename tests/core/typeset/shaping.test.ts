// Runs in Node (tests): shaping. Arabic is joined and its digits stay in order; the fast
// path for ideographs gives exactly what HarfBuzz gives for every sample text, and so does
// shaping a long run word by word from the cache.
import { describe, expect, it } from 'vitest';
import { typesetEngine } from '../../../core/typeset/typeset-engine';
import { FONT_FAMILIES, FONT_FAMILY_NAMES, faceKey, type FontFamily } from '../../../core/typeset/fonts/font-table';
import { ARABIC, CYRILLIC, HAN, HANGUL, HEBREW, LATIN, THAI, type Script } from '../../../core/typeset/text/scripts';
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

  it('gives the same glyphs, clusters, positions and break flags word by word as shaping each run whole', async () => {
    const engine = await typesetEngine(assets);
    const samples = fixtureNames().flatMap((name) => allText(fixture(name)));
    const written = [
      'AVATAR Wave To. office affluent “quoted” — Tvůj Łódź naïve café 2024–2026, p. 17',
      'Le point de contact « législatif » de Chaoyang reçoit l’avis des habitants ; il l’envoie à Pékin.',
      'El punto de contacto recibió 2.570 propuestas sobre 25 proyectos de ley — ¿cómo?',
      'Пункт законодательной связи получил 2570 предложений по 25 законопроектам; «Ещё» — да.',
      'قدّمتُ النقطةُ اقتراحًا على مشروعِ القانونِ، وقدّمت النقطة 2570 اقتراحًا على 25 مشروع قانون لا إلا الله «نعم».',
      'نقطة الاتصال التشريعية في شاويانغ (UIBE) تستقبل الوفود منذ يوليو 2021؛ أيْ: مُنذُ سنواتٍ.',
      'נקודת הקשר החקיקתית בשאויאנג קיבלה 2,570 הצעות על 25 הצעות חוק.',
      'จุดติดต่อด้านนิติบัญญัติ ได้รับข้อเสนอ 2570 ข้อ จาก ร่างกฎหมาย 25 ฉบับ',
      '차오양 입법 연락 거점은 25개 법률 초안에 대해 2,570건의 의견을 제출했습니다.',
    ];
    // Each family's scripts, with a language and the letters that pick their samples.
    const runs: Record<FontFamily, [Script, boolean, string, RegExp][]> = {
      NotoSans: [
        [LATIN, false, 'fr', /[A-Za-zÀ-ɏ]/],
        [CYRILLIC, false, 'ru', /[Ѐ-ӿ]/],
      ],
      NotoSansSC: [], // ideographs: the fast path above
      NotoNaskhArabic: [[ARABIC, true, 'ar', /[؀-ۿ]/]],
      NotoSansHebrew: [[HEBREW, true, 'he', /[֐-׿]/]],
      NotoSansThai: [[THAI, false, 'th', /[฀-๿]/]],
      NotoSansKR: [[HANGUL, false, 'ko', /[가-힯]/]],
    };
    let compared = 0;
    for (const family of FONT_FAMILY_NAMES.filter((name) => FONT_FAMILIES[name].wordShaping)) {
      for (const [script, rtl, lang, letters] of runs[family]) {
        for (const bold of [false, true]) {
          const font = engine.fonts.get(faceKey(family, bold));
          for (const text of [...samples, ...written].filter((t) => letters.test(t) && t.length > 48)) {
            // Also a run inside a longer context, as line pieces are reshaped.
            for (const [start, end] of [[0, text.length], [3, text.length - 2]] as const) {
              engine.shaper.beginParagraph();
              engine.shaper.wordCache = false;
              const whole = engine.shaper.shape(font, text, start, end, rtl, script, lang);
              const expected = { gids: [...whole.gids], clusters: [...whole.clusters], xAdvance: [...whole.xAdvance], xOffset: [...whole.xOffset], yOffset: [...whole.yOffset], flags: [...whole.flags] };
              engine.shaper.wordCache = true;
              const words = engine.shaper.shape(font, text, start, end, rtl, script, lang);
              expect({ gids: [...words.gids], clusters: [...words.clusters], xAdvance: [...words.xAdvance], xOffset: [...words.xOffset], yOffset: [...words.yOffset], flags: [...words.flags] }, `${faceKey(family, bold)}: ${text}`).toEqual(expected);
              compared++;
            }
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(50);
  });
});
