// Runs in Node (tests): vitest, node project; reads real files with real PDF readers.
// What the page content streams say, read back from the written file: TJ adjustments only
// where layout moved a glyph off its font advance, Ts for raised glyphs, colours, rules,
// rectangles, and images embedded once and drawn where layout put them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { ImageItem, LineItem, PageItem } from '../../../core/typeset/laid-out-document';
import { A4, documentOf, lineOf, write } from './helpers/sample-documents';
import { encodePng } from '../../support/png';
import { loadPdf, streamBytes } from './helpers/pdf-fonts';
import { run, saveTemp } from './helpers/read-pdf';

async function pageContent(items: PageItem[]): Promise<string> {
  const pdf = await loadPdf(await write(documentOf([items])));
  return Buffer.from(streamBytes(pdf.getPage(0).node.lookup(PDFName.of('Contents')))).toString('latin1');
}

/** The TJ arrays of a content stream, with their literal strings blanked out. */
function tjArrays(content: string): string[] {
  return [...content.matchAll(/\[((?:\((?:\\.|[^\\)])*\)|[^\]])*)\] TJ/g)].map((m) => m[1]!.replace(/\((?:\\.|[^\\)])*\)/g, '()'));
}

function clone(line: LineItem): LineItem {
  return structuredClone(line);
}

describe('page content', () => {
  it('writes no TJ adjustment for glyphs at their font advance, and one where layout kerned', async () => {
    const line = lineOf('Delegation', 'ltr', 'en');
    const plain = tjArrays(await pageContent([line]));
    expect(plain).toEqual(['()']);

    const kerned = clone(line);
    const glyphs = kerned.runs[0]!.glyphs;
    for (let i = 3; i < glyphs.length; i++) glyphs[i]!.x += 1.1; // open up the space before the 4th glyph
    const arrays = tjArrays(await pageContent([kerned]));
    expect(arrays).toEqual(['()-100()']); // 1.1 pt at 11 pt = 100 thousandths of an em, leftward negative
  });

  it('raises a glyph with Ts and lowers the rise back after the run', async () => {
    const line = lineOf('x2', 'ltr', 'en');
    line.runs[0]!.glyphs[1]!.y = 3.5;
    const content = await pageContent([line]);
    expect(content).toMatch(/\] TJ\n3\.5 Ts\n\[\(.*\)\] TJ\n0 Ts\n/s);
  });

  it('converts layout coordinates (top-left, y down) to PDF coordinates', async () => {
    const line = lineOf('Chaoyang', 'ltr', 'en', 120);
    const content = await pageContent([
      line,
      { kind: 'rule', x1: 56, y1: 130, x2: 300, y2: 130, width: 0.75, color: [0.2, 0.4, 0.6] },
      { kind: 'rect', x: 56, y: 200, width: 100, height: 50, fill: [1, 0.9, 0.8] },
      { kind: 'rect', x: 56, y: 300, width: 100, height: 50, stroke: [0, 0, 1], strokeWidth: 2 },
    ]);
    expect(content).toContain(`1 0 0 1 56 ${(A4.height - 120).toFixed(2).replace(/0+$/, '').replace(/\.$/, '')} Tm`);
    expect(content).toContain('0.2 0.4 0.6 RG\n0.75 w\n56 711.89 m 300 711.89 l S');
    expect(content).toContain('1 0.9 0.8 rg\n56 591.89 100 50 re f');
    expect(content).toContain('0 0 1 RG\n2 w\n56 491.89 100 50 re S');
    expect(content.indexOf('ET')).toBeLessThan(content.indexOf(' re f')); // no path inside a text object
  });

  it('draws text in the run colour', async () => {
    const line = lineOf('Chaoyang', 'ltr', 'en');
    line.runs[0]!.color = [0.6, 0, 0.1];
    expect(await pageContent([line])).toContain('0.6 0 0.1 rg');
  });

  it('embeds a PNG (with its alpha) and a JPEG once each and draws them where layout put them', async () => {
    // A 20 x 20 PNG: opaque red on the left half, fully transparent on the right.
    const pixels = new Uint8Array(20 * 20 * 4);
    for (let y = 0; y < 20; y++) for (let x = 0; x < 20; x++) pixels.set(x < 10 ? [220, 20, 20, 255] : [0, 0, 255, 0], (y * 20 + x) * 4);
    const png = encodePng({ width: 20, height: 20, channels: 4, pixels });
    const jpeg = new Uint8Array(readFileSync(join(__dirname, '..', '..', 'fixtures', 'pdf', 'four-colours.jpg')));
    const image = (x: number, y: number, format: 'png' | 'jpeg', bytes: Uint8Array): ImageItem => ({ kind: 'image', x, y, width: 100, height: format === 'png' ? 100 : 80, format, bytes });
    const doc = documentOf([
      [image(100, 100, 'png', png), image(300, 100, 'jpeg', jpeg)],
      // The same pictures again on page 2, as fresh copies of the bytes.
      [image(100, 100, 'png', png.slice()), image(300, 100, 'jpeg', jpeg.slice())],
    ]);
    const path = saveTemp(await write(doc), 'images');
    const list = run('pdfimages', ['-list', path]);
    expect(list.stderr).toBe('');
    const rows = list.stdout.trim().split('\n').slice(2).map((line) => line.trim().split(/\s+/));
    // page, num, type, width, height, color, comp, bpc, enc, interp, object
    expect(rows.map((row) => [row[0], row[2], row[3], row[4], row[8]])).toEqual([
      ['1', 'image', '20', '20', 'image'],
      ['1', 'smask', '20', '20', 'image'],
      ['1', 'image', '100', '80', 'jpeg'],
      ['2', 'image', '20', '20', 'image'],
      ['2', 'smask', '20', '20', 'image'],
      ['2', 'image', '100', '80', 'jpeg'],
    ]);
    // Each picture is stored once: page 2 draws the objects page 1 draws (pdfimages lists a
    // soft mask under its image's object number).
    expect(rows.slice(3).map((row) => row[10])).toEqual(rows.slice(0, 3).map((row) => row[10]));
    expect(new Set(rows.map((row) => row[10])).size).toBe(2);

    // Render at 72 dpi: the PNG's red half is red, its transparent half shows the page.
    run('pdftoppm', ['-r', '72', '-f', '1', '-l', '1', '-singlefile', path, `${path}-page`]);
    const ppm = readFileSync(`${path}-page.ppm`);
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))!;
    const width = Number(header[1]);
    const pixel = (x: number, y: number) => [...ppm.subarray(header[0].length + (y * width + x) * 3, header[0].length + (y * width + x) * 3 + 3)];
    const [r, g, b] = pixel(125, 150);
    expect(r).toBeGreaterThan(180);
    expect(g).toBeLessThan(60);
    expect(b).toBeLessThan(60);
    expect(pixel(175, 150)).toEqual([255, 255, 255]);
    // The JPEG's top-left quarter is red, bottom-right green-ish.
    const [jr, jg] = pixel(310, 110);
    expect(jr).toBeGreaterThan(150);
    expect(jg).toBeLessThan(90);
  });
});
