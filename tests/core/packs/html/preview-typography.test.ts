// Runs in Node (tests): the preview's typography is the engine's. The custom properties the
// preview sets are made from core/typeset/layout/styles.ts; the stylesheet reads every size,
// line height and colour of the document from them, writes none of its own, and names no
// property that is not made.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { naskhSizeAdjust, PREVIEW_ROLES, PREVIEW_SCRIPTS, previewTypography } from '../../../../core/packs/html/preview-typography';
import { HEADING_INK, paragraphStyle } from '../../../../core/typeset/layout/styles';
import { root } from '../helpers/sample-workspace';

const css = readFileSync(join(root, 'renderer', 'packs', 'packs.css'), 'utf8');
/** The rules of the preview's document (after its heading comment). */
const documentCss = css.slice(css.indexOf('/* ---- The preview document'));
const properties = previewTypography();

describe('the preview’s typography', () => {
  it('is the engine’s: sizes relative to body text, leading per script, Naskh set larger', () => {
    const body = paragraphStyle('body', 'en', 'start').size;
    for (const [name, role] of Object.entries(PREVIEW_ROLES)) {
      expect(Number(properties[`--pv-size-${name}`]), name).toBeCloseTo(paragraphStyle(role, 'en', 'start').size / body, 3);
      for (const [script, lang] of Object.entries(PREVIEW_SCRIPTS)) {
        const style = paragraphStyle(role, lang, 'start');
        // What the preview gets on screen: its leading times the size it sets the script in.
        const onScreen = Number(properties[`--pv-leading-${name}-${script}`]) * (script === 'ar' ? Number(properties['--pv-naskh']) : 1);
        expect(onScreen, `${name} ${script}`).toBeCloseTo(style.leading / style.size, 3);
      }
    }
    expect(Number(properties['--pv-naskh'])).toBe(naskhSizeAdjust());
    // The two figures that had drifted when the preview held a copy.
    expect(Number(properties['--pv-leading-body-ar']) * Number(properties['--pv-naskh'])).toBeCloseTo(2.0, 3);
    expect(Number(properties['--pv-naskh'])).toBe(1.12);
    expect(properties['--pv-heading']).toBe(`#${HEADING_INK.map((c) => Math.round(c * 255).toString(16).padStart(2, '0')).join('')}`);
  });

  it('is all the stylesheet uses: no size, line height or colour of its own in the document', () => {
    const used = new Set([...documentCss.matchAll(/var\((--pv-[\w-]+)\)/g)].map((m) => m[1]!));
    expect([...used].filter((name) => !(name in properties))).toEqual([]);
    expect(used.size).toBeGreaterThan(40);
    // Colours and line heights only through the properties; sizes in em only for what the
    // engine has no role for (the contents' levels, the amber tag, placeholders).
    expect(documentCss.match(/--pv-[\w-]+\s*:/g)).toBeNull();
    expect(documentCss.match(/line-height:\s*[\d.]+;/g)).toEqual(['line-height: 1.5;']); // the amber tag's box
    expect(documentCss.match(/(?<!-)color:\s*#(?!ffffff)[0-9a-f]{3,6}/gi)).toBeNull();
  });
});
