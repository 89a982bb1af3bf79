// Runs in Node (tests): fresh pdftoppm renders of sample documents compared with reference
// pictures in tests/reference/ (8-bit grey PNG, 50 dpi), within a tolerance that absorbs
// anti-aliasing differences but not moved, missing or reshaped text. After a deliberate
// change in layout or drawing, look at the new renders and refresh the references with
// UPDATE_REFERENCES=1 npx vitest run tests/core/typeset/reference-renders.test.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typeset } from '../../../core/render/typeset-to-pdf';
import { assets, fixture, root } from './helpers/engine';
import { compareImages, decodePng, renderPage, saveTemp } from './helpers/pdf-readers';

const REFERENCES = ['outreach-en', 'outreach-zh', 'outreach-ar', 'side-by-side-zh-ar', 'justified-zh-ar', 'hyphenated-fr-ru', 'scripts-th-he-ko'];
const DPI = 50;
const update = process.env.UPDATE_REFERENCES === '1';

async function render(name: string): Promise<Uint8Array> {
  const result = await typeset(fixture(`${name}.json`), assets, { creationDate: new Date('2024-04-18T09:00:00Z') });
  return renderPage(saveTemp(result.pdf, name), 1, DPI);
}

describe('renders match the reference pictures', () => {
  for (const name of REFERENCES) {
    it(`${name}, page 1`, async () => {
      const file = join(root, 'tests', 'reference', `typeset-${name}.png`);
      const fresh = await render(name);
      if (update || !existsSync(file)) {
        if (!update) throw new Error(`no reference picture ${file}; create it with UPDATE_REFERENCES=1`);
        writeFileSync(file, fresh);
      }
      const { mean, changed } = compareImages(decodePng(fresh), decodePng(readFileSync(file)));
      expect(mean, 'mean grey difference per pixel').toBeLessThan(1.5);
      expect(changed, 'share of pixels off by more than a quarter').toBeLessThan(0.003);
    });
  }

  it('notices a change (the comparison itself can fail)', async () => {
    const reference = decodePng(readFileSync(join(root, 'tests', 'reference', 'typeset-outreach-en.png')));
    const result = await typeset(
      { ...(fixture('outreach-en.json') as object), blocks: [{ type: 'paragraph', text: 'Only this line is left.' }] },
      assets,
    );
    const other = decodePng(renderPage(saveTemp(result.pdf, 'changed'), 1, DPI));
    const { mean, changed } = compareImages(other, reference);
    expect(mean >= 1.5 || changed >= 0.003).toBe(true);
    // and decoding is right: a page is mostly white, with dark text
    expect(Math.abs(reference.width - (595.28 / 72) * DPI)).toBeLessThan(1.5);
    const white = reference.pixels.filter((p) => p > 240).length / reference.pixels.length;
    expect(white).toBeGreaterThan(0.8);
    expect(reference.pixels.some((p) => p < 80)).toBe(true);
  });
});
