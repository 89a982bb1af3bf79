// Runs in Node (main process and CLI): exports a pack to a PDF file: builds the document,
// typesets it with the engine (fonts and wasm from electron/fonts, Node's native zlib for
// the streams), writes the file through the one durable write and returns the report. Progress is reported
// per phase; an aborted signal stops it between phases and leaves no file behind.
import { isAbsolute, join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import type { Workspace } from '../../core/model/workspace';
import type { PackMissing, PackReport } from '../../core/packs/build-pack-document';
import type { PackRequest } from '../../core/packs/pack-request';
import { cancelled, PHASE_START, typesetPack, type PackProgress } from '../../core/packs/typeset-pack';
import type { EngineAssets } from '../../core/typeset/engine-assets';
import { loadEngineAssets } from '../fonts/load-engine-assets';
import { writeFileDurably } from '../files/write-file-durably';

export type { PackProgress } from '../../core/packs/typeset-pack';

export interface ExportPackOptions {
  signal?: AbortSignal;
  onProgress?: (progress: PackProgress) => void;
  /** "Printed on" date and the PDF's creation date; default now. */
  now?: Date;
  /** The workspace file's folder: pictures of image blocks are read relative to it. */
  workspaceDir?: string;
  /** A PNG or JPEG file (or data URL) for the handout cover's logo slot. */
  logo?: string;
  /** Engine assets (default: loadEngineAssets(), read once per process). */
  assets?: EngineAssets;
}

export type ExportPackResult =
  | {
      ok: true;
      /** The file written (outPath, resolved). */
      path: string;
      /** The pack's suggested name (`<visit>-<template>-<languages>.pdf`). */
      fileName: string;
      pages: number;
      bytes: number;
      report: PackReport;
      /** Typesetting warnings (a character no font has, a picture that could not be read). */
      warnings: string[];
    }
  | { ok: false; missing: PackMissing[] };

/** Node's zlib, as the PDF writer wants it: same Flate format as pako, several times faster. */
export const nodeDeflate = (data: Uint8Array): Uint8Array => deflateSync(data);

const yieldToNode = () => new Promise<void>((resolve) => setImmediate(resolve));

function withHost(assets: EngineAssets, workspaceDir: string | undefined): EngineAssets {
  // Pictures by path: absolute ones (a logo), or relative to the workspace's folder.
  const resolveImage = (src: string): Uint8Array | undefined => {
    const path = isAbsolute(src) ? src : workspaceDir ? join(workspaceDir, src) : undefined;
    if (!path) return assets.resolveImage?.(src);
    try {
      const bytes = readFileSync(path);
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    } catch {
      return undefined;
    }
  };
  return { ...assets, deflate: assets.deflate ?? nodeDeflate, resolveImage };
}

/**
 * Builds, typesets and writes the pack to `outPath`. Resolves `{ ok: false, missing }`
 * without writing when translations are missing (and the request does not fill them);
 * throws PackRequestError for a request that does not fit the workspace, and the signal's
 * reason (an AbortError) when cancelled.
 */
export async function exportPack(workspace: Workspace, request: PackRequest, outPath: string, options: ExportPackOptions = {}): Promise<ExportPackResult> {
  const assets = withHost(options.assets ?? loadEngineAssets(), options.workspaceDir);
  const result = await typesetPack(workspace, request, assets, {
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.logo ? { logo: options.logo } : {}),
    yieldToHost: yieldToNode,
  });
  if (!result.ok) return result;
  options.onProgress?.({ phase: 'save', fraction: PHASE_START.save });
  if (options.signal?.aborted) throw cancelled(options.signal);
  const path = resolve(outPath);
  await writeFileDurably(path, result.pdf, { mode: 0o644 });
  options.onProgress?.({ phase: 'done', fraction: 1 });
  return {
    ok: true,
    path,
    fileName: result.fileName,
    pages: result.pages,
    bytes: result.pdf.length,
    report: result.report,
    warnings: result.warnings.map((w) => `${w.path}: ${w.message}`),
  };
}
