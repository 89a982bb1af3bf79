// Runs in Node (tests): packs typeset to real PDFs and read back by real readers: poppler's
// pdftotext (per page too), pdfinfo, pdftoppm in colour, and pdf.js for the bookmarks.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Workspace } from '../../../../core/model/workspace';
import type { PackRequest } from '../../../../core/packs/pack-request';
import { typesetPack } from '../../../../core/ipc/pack-typeset';
import { buildPackDocument } from '../../../../core/packs/build-pack-document';
import { loadEngineAssets } from '../../../../electron/fonts/load-engine-assets';
import { NOW } from '../../../core/packs/helpers/sample-workspace';

const dir = mkdtempSync(join(tmpdir(), 'briefing-pack-test-'));
let counter = 0;
const assets = loadEngineAssets(); // with the host's deflate, as the app has them

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  if (result.status !== 0 || result.stderr.trim()) throw new Error(`${command}: ${result.stderr}`);
  return result.stdout;
}

export interface PackPdf {
  path: string;
  bytes: Uint8Array;
  pages: number;
}

/** Typesets the pack (no missing translations expected) and saves it in a temp folder. */
export async function packPdf(workspace: Workspace, request: PackRequest): Promise<PackPdf> {
  const build = buildPackDocument(workspace, request, { now: NOW });
  if (!build.ok) throw new Error(`missing translations: ${build.missing.map((m) => `${m.segmentPath} ${m.language}`).join(', ')}`);
  // The export job's typesetting step, as the app and the CLI run it.
  const result = await typesetPack(build.document, assets);
  const path = join(dir, `${++counter}-${build.fileName}`);
  writeFileSync(path, result.pdf);
  return { path, bytes: result.pdf, pages: result.pages };
}

/** pdftotext of the whole document, or of one page (1-based), or of one half of the pages (A4). */
export function pdfText(path: string, page?: number, half?: 'left' | 'right'): string {
  const crop = half ? ['-x', half === 'left' ? '0' : '298', '-y', '0', '-W', '297', '-H', '842'] : [];
  return run('pdftotext', ['-enc', 'UTF-8', ...crop, ...(page ? ['-f', String(page), '-l', String(page)] : []), path, '-']);
}

/** For searching: no whitespace, no bidi marks (poppler's, or the pack's left-to-right marks). */
export function squeeze(text: string): string {
  return text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069\s]/g, '');
}

export function pdfInfo(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of run('pdfinfo', ['-enc', 'UTF-8', path]).split('\n')) {
    const at = line.indexOf(':');
    if (at > 0) out[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return out;
}

export function qpdfCheck(path: string): number | null {
  return spawnSync('qpdf', ['--check', path], { encoding: 'utf8' }).status;
}

/** Bookmark titles, depth first, as pdf.js reads them. */
export async function bookmarks(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const out: string[] = [];
  const walk = (items: { title: string; items: unknown[] }[] | null) => {
    for (const item of items ?? []) {
      out.push(item.title);
      walk(item.items as never);
    }
  };
  walk((await doc.getOutline()) as never);
  await doc.destroy();
  return out;
}

/** One page rendered in colour: its RGB pixels. */
export function renderRgb(path: string, page: number, dpi = 40): { width: number; height: number; rgb: Uint8Array } {
  const prefix = join(dir, `render-${++counter}`);
  run('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', path, prefix]);
  const bytes = readFileSync(`${prefix}.ppm`);
  let i = 0;
  const token = () => {
    while (bytes[i] === 0x20 || bytes[i] === 0x0a) i++;
    let s = '';
    while (bytes[i] !== 0x20 && bytes[i] !== 0x0a) s += String.fromCharCode(bytes[i++]!);
    return s;
  };
  token();
  const width = Number(token());
  const height = Number(token());
  token();
  i++;
  return { width, height, rgb: bytes.subarray(i, i + width * height * 3) };
}

/** How many pixels are within `tolerance` of a colour given in 0..1. */
export function countColour(image: { rgb: Uint8Array }, colour: readonly [number, number, number], tolerance = 12): number {
  const [r, g, b] = colour.map((c) => Math.round(c * 255)) as [number, number, number];
  let n = 0;
  for (let k = 0; k + 2 < image.rgb.length; k += 3) {
    if (Math.abs(image.rgb[k]! - r) <= tolerance && Math.abs(image.rgb[k + 1]! - g) <= tolerance && Math.abs(image.rgb[k + 2]! - b) <= tolerance) n++;
  }
  return n;
}
