// Runs in Node (tests): the font table (core/typeset/fonts/font-table.ts) is the one
// place fonts are declared: every face's file is installed, each host's view derives from
// it, and no other source names a font file.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { FONT_CATALOGUE, FONT_KEYS, fontKeysFor } from '../../../core/typeset/fonts/font-catalogue';
import { layout } from '../../../core/typeset/typeset';
import { FONT_FACES, FONT_FAMILIES, fontFaceCss } from '../../../core/typeset/fonts/font-table';
import { FONT_FILES } from '../../../electron/fonts/font-files';
import { listSources, readSource } from '../../architecture/source-scanner';
import { assets, root } from './helpers/engine';

const require = createRequire(import.meta.url);

describe('the font table', () => {
  it('names an installed TTF for every face, regular and bold of each family', () => {
    expect(FONT_FACES).toHaveLength(Object.keys(FONT_FAMILIES).length * 2);
    for (const face of FONT_FACES) expect(require.resolve(face.file), face.key).toMatch(/\.ttf$/);
  });

  it('is what the engine, the Node loader and the UI read', () => {
    expect([...FONT_KEYS]).toEqual(FONT_FACES.map((f) => f.key));
    expect(Object.keys(FONT_FILES).sort()).toEqual([...FONT_KEYS].sort());
    for (const face of FONT_FACES) {
      expect(FONT_FILES[face.key]).toBe(face.file);
      expect(FONT_CATALOGUE[face.key].scripts.length).toBeGreaterThan(0);
    }
    const css = fontFaceCss((file) => `url:${file}`);
    for (const face of FONT_FACES) expect(css).toContain(`url('url:${face.file}')`);
    for (const family of ['Briefing Latin', 'Briefing CJK', 'Briefing Arabic', 'Briefing Hebrew', 'Briefing Thai', 'Briefing Korean']) {
      expect(css).toContain(`font-family: '${family}'`);
    }
  });

  it('is the only source that names a font file', () => {
    const sources = ['core', 'electron', 'renderer', 'scripts'].flatMap((dir) => listSources(root, dir));
    const naming = sources.filter((file) => /@expo-google-fonts\//.test(readSource(root, file)));
    expect(naming).toEqual(['core/typeset/fonts/font-table.ts']);
  });

  it('tells a fetching host which faces a text needs, and the engine does without the others', async () => {
    const base = ['NotoSans-Regular', 'NotoSans-Bold', 'NotoSansSC-Regular', 'NotoSansSC-Bold'];
    expect(fontKeysFor('Hello, 你好')).toEqual(base);
    expect(fontKeysFor('مرحبا שלום')).toEqual([...base, 'NotoNaskhArabic-Regular', 'NotoNaskhArabic-Bold', 'NotoSansHebrew-Regular', 'NotoSansHebrew-Bold']);
    expect(fontKeysFor('สวัสดี 안녕')).toContain('NotoSansKR-Bold');
    // Without the Hebrew face, Hebrew is reported missing (not a crash); with it, it is set.
    const partial = Object.fromEntries(base.map((key) => [key, assets.fonts[key as keyof typeof assets.fonts]]));
    const doc = { title: 'he', blocks: [{ type: 'paragraph', lang: 'he', text: 'שלום, Chaoyang' }] };
    const without = await layout(doc, { ...assets, fonts: partial });
    expect(without.warnings.map((w) => w.character)).toEqual(['ש', 'ל', 'ו', 'ם']);
    const grown = { ...partial, ...Object.fromEntries(fontKeysFor('שלום').map((key) => [key, assets.fonts[key]])) };
    expect((await layout(doc, { ...assets, fonts: grown })).warnings).toEqual([]);
  });
});
