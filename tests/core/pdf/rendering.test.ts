// Runs in Node (tests): vitest, node project; reads real files with real PDF readers.
// Pictures: sample pages rendered by poppler (pdftoppm) are compared with reference PNGs
// kept beside the tests, within a small tolerance for rasteriser differences. The
// references were looked at by eye when made: Arabic joined and right to left with its
// marks in place and digits in order, Chinese and Latin scripts clean. To remake them
// after an intended change: UPDATE_PDF_REFERENCES=1 npx vitest run tests/core/pdf/rendering.test.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageItem } from '../../../core/typeset/laid-out-document';
import { A4, MARGIN, documentOf, lineOf, sampleParagraph, write } from './helpers/sample-documents';
import { decodePgm, decodePng, encodePng, type Raster } from '../../support/png';
import { run, saveTemp } from './helpers/read-pdf';
import { MIXED_LINES } from './helpers/sample-texts';
import { shapeLines } from './helpers/shape-line';

const REFERENCES = join(__dirname, '..', '..', 'fixtures', 'pdf', 'reference');
const UPDATE = process.env.UPDATE_PDF_REFERENCES === '1';

function render(path: string): Raster {
  const out = `${path}-gray`;
  const result = run('pdftoppm', ['-r', '50', '-gray', '-singlefile', path, out]);
  expect(result.stderr).toBe('');
  return decodePgm(new Uint8Array(readFileSync(`${out}.pgm`)));
}

/** Mean absolute difference (0..255) and the share of pixels off by more than a quarter. */
function difference(a: Raster, b: Raster): { mean: number; strayShare: number } {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let sum = 0;
  let stray = 0;
  for (let i = 0; i < a.pixels.length; i++) {
    const d = Math.abs(a.pixels[i]! - b.pixels[i]!);
    sum += d;
    if (d > 64) stray++;
  }
  return { mean: sum / a.pixels.length, strayShare: stray / a.pixels.length };
}

async function compareWithReference(name: string, items: PageItem[]) {
  const path = saveTemp(await write(documentOf([items])), name);
  const fresh = render(path);
  const file = join(REFERENCES, `${name}.png`);
  if (UPDATE || !existsSync(file)) {
    if (!UPDATE) throw new Error(`No reference picture ${file}; run with UPDATE_PDF_REFERENCES=1 and look at it`);
    mkdirSync(REFERENCES, { recursive: true });
    writeFileSync(file, encodePng(fresh));
  }
  const reference = decodePng(new Uint8Array(readFileSync(file)));
  const { mean, strayShare } = difference(fresh, reference);
  expect(mean).toBeLessThan(1.5);
  expect(strayShare).toBeLessThan(0.003);
  // The page is not blank: text is there to compare.
  expect(fresh.pixels.filter((v) => v < 128).length).toBeGreaterThan(1000);
}

describe('rendered pages match their reference pictures', () => {
  it('Latin and Cyrillic: English, French, Spanish, Portuguese, Russian', async () => {
    const items = [
      ...sampleParagraph('en', 80),
      ...sampleParagraph('fr', 150),
      ...sampleParagraph('es', 220),
      ...sampleParagraph('pt', 290),
      ...sampleParagraph('ru', 360),
      ...sampleParagraph('en', 430, { bold: true, size: 14 }),
    ];
    await compareWithReference('latin-cyrillic', items);
  });

  it('Arabic: joined letters, vowel marks, digits, a Latin name, brackets', async () => {
    const items = [
      ...sampleParagraph('ar', 80, { size: 14 }),
      ...Object.values(MIXED_LINES)
        .filter((line) => line.direction === 'rtl')
        .map((line, i) => lineOf(line.text, 'rtl', line.lang, 160 + i * 30, 14)),
    ];
    await compareWithReference('arabic', items);
  });

  it('Chinese | Arabic side by side', async () => {
    const zh = ['朝阳区基层立法联系点自2021年', '7月起承担国家立法的意见征集', '工作，已就25部法律草案提出', '2570条建议。'];
    const ar = ['تنقل نقطة الاتصال في تشاويانغ', 'آراء السكان إلى التشريع الوطني', 'منذ يوليو 2021، وقدمت 2570', 'اقتراحا بشأن 25 مشروع قانون.'];
    const middle = A4.width / 2;
    const items: PageItem[] = [
      ...shapeLines(zh, { x: MARGIN, y: 100, direction: 'ltr', lang: 'zh-CN', size: 13, leading: 22 }),
      ...shapeLines(ar, { x: middle + 10, right: A4.width - MARGIN, y: 100, direction: 'rtl', lang: 'ar', size: 13, leading: 22 }),
      { kind: 'rule', x1: middle, y1: 80, x2: middle, y2: 190, width: 0.5, color: [0.5, 0.5, 0.5] },
      { kind: 'rect', x: MARGIN, y: 60, width: A4.width - 2 * MARGIN, height: 4, fill: [0.7, 0.1, 0.1] },
    ];
    await compareWithReference('chinese-arabic-columns', items);
  });
});
