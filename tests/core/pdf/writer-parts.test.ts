// Runs in Node (tests): vitest, node project; pure functions of the writer, no files.
// The writer's small parts on their own: number formatting, the W array, the ToUnicode
// CMap, stream order of runs, which glyph of a cluster carries its text, and dates.
import { describe, expect, it } from 'vitest';
import { ByteBuilder } from '../../../core/pdf/byte-builder';
import { subsetTag } from '../../../core/pdf/embed-cid-font';
import { pdfDate, xmpDate } from '../../../core/pdf/pdf-date';
import { fontGroups, runStreamOrder } from '../../../core/pdf/run-stream-order';
import { streamText, textCarriers } from '../../../core/pdf/cluster-text';
import { toUnicodeCmap } from '../../../core/pdf/to-unicode-cmap';
import { compactWidths } from '../../../core/pdf/widths-array';
import { xmpPacket } from '../../../core/pdf/xmp-metadata';
import type { GlyphRun, PositionedGlyph } from '../../../core/typeset/laid-out-document';

const text = (builder: ByteBuilder) => new TextDecoder().decode(builder.view());

describe('ByteBuilder', () => {
  it('formats PDF numbers without trailing zeros or exponent', () => {
    const b = new ByteBuilder(4);
    for (const n of [12.5, -3, 0.004, 1 / 3, 100, -0.126, 841.89, 1e-9, 123456.789]) b.number(n).byte(32);
    expect(text(b)).toBe('12.5 -3 0 0.33 100 -0.13 841.89 0 123456.79 ');
    const c = new ByteBuilder(4);
    c.number(-90.91, 1).byte(32).number(0.25, 3).byte(32).unsigned(0).byte(32).unsigned(65535);
    expect(text(c)).toBe('-90.9 0.25 0 65535');
  });
});

describe('compactWidths', () => {
  it('uses the commonest width as DW and lists the rest as ranges and runs', () => {
    // cid:        1     2     3     4    5    6    7    8    9     10
    const widths = [0, 1000, 1000, 1000, 500, 600, 300, 300, 300, 1000, 250];
    expect(compactWidths(widths)).toEqual({ defaultWidth: 1000, w: [4, [500, 600], 6, 8, 300, 10, [250]] });
  });
});

describe('toUnicodeCmap', () => {
  it('maps each CID to UTF-16BE text, in blocks of at most 100, skipping text-less codes', () => {
    const texts = ['', 'A', 'لا', '𠀋', ''];
    for (let i = 0; i < 150; i++) texts.push('x');
    const cmap = toUnicodeCmap(texts);
    expect(cmap).toContain('<0001> <0041>');
    expect(cmap).toContain('<0002> <06440627>');
    expect(cmap).toContain('<0003> <D840DC0B>');
    expect(cmap).not.toContain('<0004>');
    expect(cmap.match(/beginbfchar/g)).toHaveLength(2);
    expect(cmap).toMatch(/^100 beginbfchar$/m);
    expect(cmap).toMatch(/^53 beginbfchar$/m);
  });
});

const run = (font: string, direction: 'ltr' | 'rtl', text: string): GlyphRun => ({
  font, size: 10, color: [0, 0, 0], direction, text, x: 0, y: 0, glyphs: [],
});

describe('runStreamOrder', () => {
  it('keeps an RTL line of one font and direction in visual order, as one text item for pdf.js', () => {
    const runs = [run('naskh', 'rtl', 'زار الوفد'), run('naskh', 'rtl', 'في عام ')];
    expect(runStreamOrder(runs, 'rtl', fontGroups(runs, 'rtl'))).toEqual({ runs, reordered: false });
  });

  it('writes a number in the Arabic font in logical order too, as MuPDF reverses only right-to-left stretches', () => {
    const runs = [run('naskh', 'rtl', 'زار الوفد'), run('naskh', 'ltr', '2024'), run('naskh', 'rtl', 'في عام ')];
    const { runs: order, reordered } = runStreamOrder(runs, 'rtl', fontGroups(runs, 'rtl'));
    expect(order.map((r) => r.text)).toEqual(['في عام ', '2024', 'زار الوفد']);
    expect(reordered).toBe(true);
  });

  it('writes font groups of an RTL line in logical order, Latin islands left to right', () => {
    const runs = [run('naskh', 'rtl', 'في المكتب'), run('sans', 'ltr', 'John'), run('mono', 'ltr', 'Smith'), run('naskh', 'rtl', 'التقى ')];
    const { runs: order, reordered } = runStreamOrder(runs, 'rtl', fontGroups(runs, 'rtl'));
    expect(order.map((r) => r.text)).toEqual(['التقى ', 'John', 'Smith', 'في المكتب']);
    expect(reordered).toBe(true);
  });

  it('reverses an island of several Arabic groups inside an LTR line', () => {
    const runs = [run('sans', 'ltr', 'The '), run('naskh-bold', 'rtl', 'الاتصال'), run('naskh', 'rtl', 'نقطة '), run('sans', 'ltr', ' office')];
    const { runs: order } = runStreamOrder(runs, 'ltr', fontGroups(runs, 'ltr'));
    expect(order.map((r) => r.text)).toEqual(['The ', 'نقطة ', 'الاتصال', ' office']);
  });
});

const glyph = (chars: string, advance: number, y = 0): PositionedGlyph => ({ gid: 1, x: 0, y, advance, chars });

describe('textCarriers', () => {
  it('returns nothing to change when every glyph has text', () => {
    expect(textCarriers([glyph('a', 5), glyph('b', 5)])).toBeUndefined();
  });

  it('moves a cluster’s text to its widest glyph, whichever glyph layout gave it to', () => {
    // A raised vowel mark first (zero advance), then the letter body, then a dot.
    expect(textCarriers([glyph('بِ', 0, 3), glyph('', 6), glyph('', 0, -2), glyph('ل', 4)])).toEqual([null, 'بِ', null, 'ل']);
    // Text-less glyphs before the first glyph with text join it.
    expect(textCarriers([glyph('', 0, 2), glyph('', 7), glyph('س', 0)])).toEqual([null, 'س', null]);
  });

  it('never gives text to an inserted kashida, however wide justification made it', () => {
    const kashida = (advance: number): PositionedGlyph => ({ ...glyph('', advance), inserted: 'kashida' });
    expect(textCarriers([glyph('ا', 3), kashida(6), kashida(6)])).toEqual(['ا', null, null]);
    expect(textCarriers([kashida(6), glyph('س', 4)])).toEqual([null, 'س']);
  });
});

describe('streamText', () => {
  it('reverses RTL cluster text by code point and leaves LTR text alone', () => {
    expect(streamText('لا', 'rtl')).toBe('ال');
    expect(streamText('بِ', 'rtl')).toBe('ِب');
    expect(streamText('fi', 'ltr')).toBe('fi');
    expect(streamText('𠀋', 'rtl')).toBe('𠀋');
    expect(streamText('a𠀋', 'rtl')).toBe('𠀋a');
  });
});

describe('identifiers and dates', () => {
  it('derives a six-letter subset tag from the font and its glyphs', () => {
    const tag = subsetTag('sans', [1, 2, 3]);
    expect(tag).toMatch(/^[A-Z]{6}$/);
    expect(subsetTag('sans', [1, 2, 3])).toBe(tag);
    expect(subsetTag('sans', [1, 2, 4])).not.toBe(tag);
  });

  it('writes dates in UTC for Info and XMP', () => {
    const date = new Date(Date.UTC(2024, 3, 8, 7, 5, 9));
    expect(pdfDate(date)).toBe('D:20240408070509Z');
    expect(xmpDate(date)).toBe('2024-04-08T07:05:09Z');
  });

  it('escapes XML in the XMP packet', () => {
    const xml = xmpPacket({ title: 'A & B <C> "D"', lang: 'en', producer: 'P', created: new Date(0), documentId: 'x' });
    expect(xml).toContain('A &amp; B &lt;C&gt; &quot;D&quot;');
  });
});
