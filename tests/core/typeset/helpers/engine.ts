// Runs in Node (tests): the typesetting engine with the real fonts and HarfBuzz, and
// shortcuts to lay out documents and single paragraphs.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LineItem } from '../../../../core/typeset/laid-out-document';
import { layout } from '../../../../core/typeset/typeset';
import { typesetEngine } from '../../../../core/typeset/typeset-engine';
import { typesetParagraph, type SetParagraph } from '../../../../core/typeset/paragraph/typeset-paragraph';
import type { MissingCharacter, StyledSpan } from '../../../../core/typeset/paragraph/itemize';
import { paragraphStyle } from '../../../../core/typeset/layout/styles';
import type { Alignment } from '../../../../core/typeset/document-schema';
import { loadEngineAssets } from '../../../../electron/fonts/load-engine-assets';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
export const fixturesDir = join(root, 'tests', 'fixtures', 'typeset');
export const assets = loadEngineAssets();

export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(join(fixturesDir, name), 'utf8'));
}

export function fixtureNames(): string[] {
  return readdirSync(fixturesDir).filter((f) => f.endsWith('.json')).sort();
}

export async function layoutOf(doc: unknown) {
  return layout(doc, assets);
}

/** Sets one paragraph of body text at `width` points. */
export async function setParagraph(
  text: string | StyledSpan[],
  lang: string,
  width: number,
  options: { direction?: 'ltr' | 'rtl'; align?: Alignment; hyphenate?: boolean } = {},
): Promise<SetParagraph & { missing: MissingCharacter[] }> {
  const engine = await typesetEngine(assets);
  const spans = typeof text === 'string' ? [{ text, lang, bold: false }] : text;
  const missing: MissingCharacter[] = [];
  const direction = options.direction ?? (/^(ar|fa|he|ur)/.test(lang) ? 'rtl' : 'ltr');
  const set = typesetParagraph(
    { fonts: engine.fonts, shaper: engine.shaper, missing },
    {
      spans,
      direction,
      lang,
      style: paragraphStyle('body', lang, options.align ?? 'start'),
      width,
      ...(options.hyphenate === undefined ? {} : { hyphenate: options.hyphenate }),
    },
  );
  return { ...set, missing };
}

/** Every line on every page, with its page index. */
export function linesOf(doc: { pages: { items: { kind: string }[] }[] }): { page: number; line: LineItem }[] {
  const out: { page: number; line: LineItem }[] = [];
  doc.pages.forEach((page, index) => {
    for (const item of page.items) if (item.kind === 'line') out.push({ page: index, line: item as LineItem });
  });
  return out;
}

/** The text a run's glyphs carry, in logical order (RTL runs list glyphs right to left). */
export function glyphText(run: { direction: 'ltr' | 'rtl'; glyphs: { chars: string }[] }): string {
  const chars = run.glyphs.map((g) => g.chars);
  return (run.direction === 'rtl' ? chars.reverse() : chars).join('');
}
