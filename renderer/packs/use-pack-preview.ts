// Runs in the renderer: the live preview: the pack's document built by core from the page's
// copy of the workspace, exactly as the export builds it, then turned into preview HTML.
// When translations are missing the preview shows the pack filled with Chinese (the marked
// places are what is missing) and the list of them; a request that does not fit the
// workspace shows why.
import { useMemo } from 'react';
import type { Workspace } from '../../core/model/workspace';
import { buildPackDocument, PackRequestError, type PackMissing, type PackReport } from '../../core/packs/build-pack-document';
import { documentToHtml, type PackPreview } from '../../core/packs/document-to-html';
import type { PackRequest } from '../../core/packs/pack-request';

export type PreviewState =
  | { kind: 'ready'; preview: PackPreview; fileName: string; report: PackReport; missing: PackMissing[] }
  | { kind: 'problem'; message: string };

export function previewPack(doc: Workspace, request: PackRequest, now: Date): PreviewState {
  try {
    const build = buildPackDocument(doc, request, { now });
    if (build.ok) {
      // Filled places are what would be missing without the fill: list them all the same.
      const missing = request.fillMissing ? listMissing(doc, request, now) : [];
      return { kind: 'ready', preview: documentToHtml(build.document), fileName: build.fileName, report: build.report, missing };
    }
    const filled = buildPackDocument(doc, { ...request, fillMissing: 'zh' }, { now });
    if (!filled.ok) return { kind: 'problem', message: 'The pack cannot be built' };
    return { kind: 'ready', preview: documentToHtml(filled.document), fileName: filled.fileName, report: filled.report, missing: build.missing };
  } catch (error) {
    if (error instanceof PackRequestError) return { kind: 'problem', message: error.message };
    throw error;
  }
}

function listMissing(doc: Workspace, request: PackRequest, now: Date): PackMissing[] {
  const { fillMissing: _fill, ...strict } = request;
  const build = buildPackDocument(doc, strict, { now });
  return build.ok ? [] : build.missing;
}

export function usePackPreview(doc: Workspace, request: PackRequest, now: Date): PreviewState {
  const key = JSON.stringify(request);
  return useMemo(() => previewPack(doc, request, now), [doc, key, now]);
}
