// Runs in Node (tests): font choice. Each script goes to its font by cmap coverage,
// digits and punctuation follow the text around them, a character no font has is
// reported (never silently drawn as an empty box).
import { describe, expect, it } from 'vitest';
import { FONT_KEYS } from '../../../core/typeset/fonts/font-catalogue';
import { typesetEngine } from '../../../core/typeset/typeset-engine';
import { assets, layoutOf, linesOf, setParagraph } from './helpers/engine';

/** "text:font" for each run of a paragraph's lines, in logical order within each line. */
async function runFonts(text: string, lang: string): Promise<string[]> {
  const set = await setParagraph(text, lang, 2000);
  return set.lines.flatMap((l) => [...l.runs].sort((a, b) => l.text.indexOf(a.text) - l.text.indexOf(b.text)).map((r) => `${r.text.trim()}:${r.font}`));
}

describe('fonts and fallback', () => {
  it('opens every catalogue font and finds each script in its cmap', async () => {
    const engine = await typesetEngine(assets);
    const samples: Record<string, string> = {
      NotoSans: 'AzéЖжΩ',
      NotoSansSC: '朝阳区，。あア',
      NotoNaskhArabic: 'بتثلا٣',
      NotoSansHebrew: 'שלוםׁ',
      NotoSansThai: 'สวัสดี',
      NotoSansKR: '안녕하세요',
    };
    for (const key of FONT_KEYS) {
      const font = engine.fonts.get(key);
      expect(font.upem).toBeGreaterThan(0);
      for (const ch of samples[font.family]!) expect(font.covers(ch.codePointAt(0)!), `${key} ${ch}`).toBe(true);
    }
    expect(engine.fonts.get('NotoSans-Regular').covers('朝'.codePointAt(0)!)).toBe(false);
    expect(engine.fonts.get('NotoNaskhArabic-Regular').covers('Ж'.codePointAt(0)!)).toBe(false);
  });

  it('sends each script to its font, and digits and punctuation with the text around them', async () => {
    expect(await runFonts('联系点2021年成立（UIBE）。', 'zh')).toEqual([
      '联系点2021年成立（:NotoSansSC-Regular',
      'UIBE:NotoSans-Regular',
      '）。:NotoSansSC-Regular',
    ]);
    const arabic = await runFonts('زار 36 سفيرًا (Chaoyang) عام 2024.', 'ar');
    expect(arabic).toContain('Chaoyang:NotoSans-Regular');
    expect(arabic).toContain('36:NotoNaskhArabic-Regular');
    expect(arabic).toContain('2024:NotoNaskhArabic-Regular');
    // The brackets around the Latin name are set with the Arabic text they belong to.
    expect(arabic.filter((r) => r.includes('(') || r.includes(')')).every((r) => r.endsWith('NotoNaskhArabic-Regular'))).toBe(true);
    expect(await runFonts('Пункт связи, 2024 год', 'ru')).toEqual(['Пункт связи, 2024 год:NotoSans-Regular']);
  });

  it('falls back along the chain when the first font lacks a character', async () => {
    // U+2603 SNOWMAN is not in Noto Sans but is in Noto Sans SC.
    const runs = await runFonts('Snow ☃ day', 'en');
    expect(runs).toContain('☃:NotoSansSC-Regular');
  });

  it('reports a character that no font has, naming it and where it is', async () => {
    const { warnings, document } = await layoutOf({
      title: 'Missing',
      blocks: [
        { type: 'paragraph', text: 'Covered text.' },
        { type: 'table', header: ['Name', 'Greeting'], rows: [['Addis Ababa', 'ሰላም']] },
      ],
    });
    const missing = warnings.filter((w) => w.code === 'missing-glyph');
    expect(missing.map((w) => w.character)).toEqual(['ሰ', 'ላ', 'ም']);
    expect(missing[0]!.path).toBe('blocks[1].rows[0][1]');
    expect(missing[0]!.message).toContain('"ሰ"');
    expect(missing[0]!.message).toContain('U+1230');
    expect(missing[0]!.message).toContain('blocks[1].rows[0][1]');
    // The text is still there (as the missing-glyph box), so nothing is silently dropped.
    expect(linesOf(document).some(({ line }) => line.text === 'ሰላም')).toBe(true);
  });

  it('sets Hebrew, Thai and Korean in their own Noto faces, with nothing missing', async () => {
    expect(await runFonts('שלום עולם', 'he')).toEqual(['שלום עולם:NotoSansHebrew-Regular']);
    expect(await runFonts('สวัสดีครับ', 'th')).toEqual(['สวัสดีครับ:NotoSansThai-Regular']);
    expect(await runFonts('입법 연락처', 'ko')).toEqual(['입법 연락처:NotoSansKR-Regular']);
    const { warnings } = await layoutOf({
      title: 'Scripts',
      blocks: [
        { type: 'paragraph', lang: 'he', text: 'נקודת הקשר של החקיקה ברמת השטח, 2024.' },
        { type: 'paragraph', lang: 'th', text: 'จุดประสานงานด้านนิติบัญญัติระดับรากหญ้า ปี 2024' },
        { type: 'paragraph', lang: 'ko', text: '기층 입법 연락처, 2024년.' },
      ],
    });
    expect(warnings).toEqual([]);
  });

  it('does not warn for covered text in all seven languages', async () => {
    for (const name of ['en', 'zh', 'ar', 'ru', 'fr', 'es', 'pt']) {
      const { warnings } = await layoutOf((await import('./helpers/engine')).fixture(`outreach-${name}.json`));
      expect(warnings, name).toEqual([]);
    }
  });
});
