// Runs in Node (tests): reads PDFs back with real readers — poppler's pdftotext and
// pdfinfo, qpdf, and pdf.js — and normalises extracted text for comparison.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export interface ToolResult {
  stdout: string;
  stderr: string;
  status: number | null;
}

export function run(command: string, args: string[]): ToolResult {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

const dir = mkdtempSync(join(tmpdir(), 'briefing-pdf-test-'));
let counter = 0;
// Each test file gets its own directory, removed afterwards unless asked to keep it for
// a look (KEEP_PDF_TEST_FILES=1).
if (process.env.VITEST) {
  afterAll(() => {
    if (process.env.KEEP_PDF_TEST_FILES !== '1') rmSync(dir, { recursive: true, force: true });
  });
}

/** Writes the bytes to a fresh file in this run's temp directory and returns its path. */
export function saveTemp(bytes: Uint8Array, name = 'out'): string {
  const path = join(dir, `${name}-${++counter}.pdf`);
  writeFileSync(path, bytes);
  return path;
}

/** pdftotext output (reading order, or -layout); throws if poppler printed anything on stderr. */
export function popplerText(path: string, options: { layout?: boolean; page?: number } = {}): string {
  const args = [];
  if (options.layout) args.push('-layout');
  if (options.page) args.push('-f', String(options.page), '-l', String(options.page));
  const result = run('pdftotext', [...args, '-enc', 'UTF-8', path, '-']);
  if (result.status !== 0 || result.stderr.trim() !== '') {
    throw new Error(`pdftotext failed (${result.status}): ${result.stderr}`);
  }
  return result.stdout;
}

export interface PdfjsPageText {
  /** Items joined the way pdf.js's own find and copy do: no separator, '\n' after EOL items. */
  text: string;
  items: { str: string; hasEOL: boolean }[];
}

/** Text of every page through pdf.js; also returns anything pdf.js logged as a warning. */
export async function pdfjsText(bytes: Uint8Array): Promise<{ pages: PdfjsPageText[]; warnings: string[] }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const warnings: string[] = [];
  const original = { log: console.log, warn: console.warn, error: console.error };
  const capture = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  console.log = console.warn = console.error = capture;
  try {
    const doc = await pdfjs.getDocument({ data: bytes.slice(), verbosity: 1, useSystemFonts: false }).promise;
    const pages: PdfjsPageText[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      await page.getOperatorList(); // parses fonts and content as rendering would
      const content = await page.getTextContent();
      const items = content.items.filter((item): item is { str: string; hasEOL: boolean } & typeof item => 'str' in item);
      pages.push({ text: items.map((item) => item.str + (item.hasEOL ? '\n' : '')).join(''), items });
    }
    await doc.destroy();
    return { pages, warnings };
  } finally {
    Object.assign(console, original);
  }
}

/**
 * Compares extracted text with the source: bidi formatting characters that poppler adds
 * around right-to-left sections (RLE/LRE/PDF, isolates, marks) are not text and are
 * dropped; runs of whitespace become one space.
 */
export function normalise(text: string): string {
  return text
    .replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC');
}

export function qpdfCheck(path: string): ToolResult {
  return run('qpdf', ['--check', path]);
}

export function pdfinfo(path: string): Record<string, string> {
  const out = execFileSync('pdfinfo', ['-enc', 'UTF-8', path], { encoding: 'utf8' });
  const fields: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const at = line.indexOf(':');
    if (at > 0) fields[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return fields;
}
