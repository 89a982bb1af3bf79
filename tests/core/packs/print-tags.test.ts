// Runs in Node (tests): print follows the direction the workspace gives a language. A
// right-to-left language the user added (Dari, "prs", which the engine's own list does not
// know) is laid out as Arabic is, in the PDF's layout and in the preview; set to left to
// right, it is not. Built-in languages print as before.
import { describe, expect, it } from 'vitest';
import type { Direction } from '../../../core/model/language';
import type { Workspace } from '../../../core/model/workspace';
import { allSegments } from '../../../core/model/walk-segments';
import { buildPackDocument } from '../../../core/packs/build-pack-document';
import { documentToHtml } from '../../../core/packs/document-to-html';
import { renderHtmlString } from '../../../core/packs/html/render-html-string';
import { printTagMap } from '../../../core/packs/print-tags';
import type { LineItem } from '../../../core/typeset/laid-out-document';
import { layout } from '../../../core/typeset/typeset';
import { loadEngineAssets } from '../../../electron/fonts/load-engine-assets';
import { ENVOYS, NOW, sampleWorkspace } from './helpers/sample-workspace';

/** The sample with Dari added (its text: the Arabic translations, reviewed), the envoys reading it. */
function withDari(direction: Direction): Workspace {
  const workspace = sampleWorkspace();
  workspace.languages.targets.push({ code: 'prs', name: 'دری', direction });
  for (const { segment } of allSegments(workspace)) {
    const ar = segment.translations['ar'];
    if (ar) segment.translations['prs'] = { ...ar };
  }
  const visit = workspace.visits.find((v) => v.id === ENVOYS)!;
  workspace.delegations.find((d) => d.id === visit.delegationId)!.secondaryLanguages.push('prs');
  return workspace;
}

function handout(workspace: Workspace) {
  const build = buildPackDocument(workspace, { visitId: ENVOYS, template: 'handout', languages: ['prs'], layout: 'single' }, { now: NOW });
  if (!build.ok) throw new Error(`missing ${build.missing.length}`);
  return build.document;
}

/** Where each line of the laid-out document is: page, x of its first run, baseline, direction. */
async function lineLayout(doc: unknown): Promise<string[]> {
  const { document } = await layout(doc, assets);
  return document.pages.flatMap((page, p) =>
    page.items
      .filter((item): item is LineItem => item.kind === 'line')
      .map((line) => `${p}:${Math.round(line.runs[0]?.x ?? 0)}:${Math.round(line.runs[0]?.y ?? 0)}:${line.direction}`),
  );
}

/** The same document with one language tag written as another. */
function retagged(doc: object, from: string, to: string): unknown {
  return JSON.parse(JSON.stringify(doc).replaceAll(`"${from}"`, `"${to}"`));
}

const assets = loadEngineAssets();

describe('print direction from the workspace', () => {
  it('leaves the built-in languages’ tags alone', () => {
    expect([...printTagMap(sampleWorkspace().languages)]).toEqual([]);
  });

  it('tags a user-added right-to-left language with its script, and lays it out as Arabic is', async () => {
    const doc = handout(withDari('rtl'));
    expect(doc.lang).toBe('prs-Arab');
    expect(renderHtmlString(documentToHtml(doc).root)).toMatch(/^<article [^>]*dir="rtl"/);
    const printed = await lineLayout(doc);
    expect(printed.length).toBeGreaterThan(50);
    // Laid out exactly as the same text tagged Arabic, and not as the bare code would be.
    expect(printed).toEqual(await lineLayout(retagged(doc, 'prs-Arab', 'ar')));
    expect(printed).not.toEqual(await lineLayout(retagged(doc, 'prs-Arab', 'prs')));
  }, 60_000);

  it('lays the same language out left to right when the workspace says so', async () => {
    const doc = handout(withDari('ltr'));
    expect(doc.lang).toBe('prs');
    expect(renderHtmlString(documentToHtml(doc).root)).toMatch(/^<article [^>]*dir="ltr"/);
    expect(await lineLayout(doc)).not.toEqual(await lineLayout(retagged(doc, 'prs', 'ar')));
  }, 60_000);
});
