// Runs in Node (tests): vitest, node project; reads real files with real PDF readers.
// The file itself: valid for qpdf, silent in poppler and pdf.js, document metadata
// (Info, XMP, /Lang, viewer preferences) and the outline, read back with real readers.
import { spawnSync } from 'node:child_process';
import { PDFBool, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OutlineEntry } from '../../../core/typeset/laid-out-document';
import { documentOf, sampleParagraph, write } from './helpers/sample-documents';
import { pdfinfo, qpdfCheck, run, saveTemp } from './helpers/read-pdf';

const OUTLINE: OutlineEntry[] = [
  { title: 'Visit programme', level: 1, pageIndex: 0, y: 72 },
  { title: '朝阳区基层立法联系点', level: 2, pageIndex: 0, y: 200 },
  { title: 'نقطة الاتصال التشريعية', level: 2, pageIndex: 1, y: 90 },
  { title: 'Background', level: 3, pageIndex: 1, y: 300 },
  { title: 'Contacts', level: 1, pageIndex: 2, y: 72 },
];

let bytes: Uint8Array;
let path: string;

beforeAll(async () => {
  const doc = documentOf([sampleParagraph('en'), [...sampleParagraph('zh'), ...sampleParagraph('ar', 200)], sampleParagraph('ru')], {
    title: 'Briefing pack: Chaoyang outreach point — 朝阳区 — نقطة الاتصال',
    lang: 'zh-CN',
    author: 'Foreign Affairs Office',
    subject: 'Delegation visit, April 2024',
    outline: OUTLINE,
  });
  bytes = await write(doc, { producer: 'Briefing Desk 0.1.0' });
  path = saveTemp(bytes, 'structure');
});

describe('PDF structure', () => {
  it('passes qpdf --check with no warnings', () => {
    const result = qpdfCheck(path);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('No syntax or stream encoding errors found');
    expect(result.stdout).not.toMatch(/warning/i);
  });

  it('renders in poppler without a word on stderr', () => {
    const result = run('pdftoppm', ['-r', '30', '-gray', path, `${path}-render`]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const fonts = run('pdffonts', [path]);
    expect(fonts.stderr).toBe('');
  });

  it('has the Info dictionary fields, as pdfinfo reads them', () => {
    const info = pdfinfo(path);
    expect(info.Title).toBe('Briefing pack: Chaoyang outreach point — 朝阳区 — نقطة الاتصال');
    expect(info.Author).toBe('Foreign Affairs Office');
    expect(info.Subject).toBe('Delegation visit, April 2024');
    expect(info.Producer).toBe('Briefing Desk 0.1.0');
    expect(info.CreationDate).toMatch(/Apr 18 09:30:00 2024/);
    expect(info['Metadata Stream']).toBe('yes');
    expect(info.Pages).toBe('3');
    expect(info['Page size']).toMatch(/^595\.2\d* x 841\.8\d* pts \(A4\)$/);
  });

  it('carries /Lang, DisplayDocTitle and an outline-first page mode in the catalog', async () => {
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    const catalog = pdf.catalog;
    expect((catalog.lookup(PDFName.of('Lang')) as PDFString).decodeText()).toBe('zh-CN');
    const preferences = catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
    expect(preferences.lookup(PDFName.of('DisplayDocTitle'))).toBe(PDFBool.True);
    expect(catalog.lookup(PDFName.of('PageMode'))).toBe(PDFName.of('UseOutlines'));
  });

  it('has well-formed XMP metadata that matches the Info dictionary', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
    const { info, metadata } = await doc.getMetadata();
    expect((info as { Title: string }).Title).toBe('Briefing pack: Chaoyang outreach point — 朝阳区 — نقطة الاتصال');
    expect((info as { Language?: string }).Language).toBe('zh-CN');
    expect(metadata?.get('dc:title')).toBe('Briefing pack: Chaoyang outreach point — 朝阳区 — نقطة الاتصال');
    expect(metadata?.get('pdf:producer')).toBe('Briefing Desk 0.1.0');
    const xml = metadata!.getRaw();
    const lint = spawnSync('xmllint', ['--noout', '-'], { input: xml, encoding: 'utf8' });
    expect(lint.stderr).toBe('');
    expect(lint.status).toBe(0);
    expect(xml).toContain('<dc:language><rdf:Bag><rdf:li>zh-CN</rdf:li></rdf:Bag></dc:language>');
    expect(xml).toContain('<xmp:CreateDate>2024-04-18T09:30:00Z</xmp:CreateDate>');
    await doc.destroy();
  });

  it('has an outline nested by level, each entry opening its page at the heading', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
    const outline = await doc.getOutline();
    type Node = { title: string; dest: unknown; items: Node[] };
    const shape = (nodes: Node[]): unknown => nodes.map((n) => ({ title: n.title, items: shape(n.items) }));
    expect(shape(outline as Node[])).toEqual([
      {
        title: 'Visit programme',
        items: [
          { title: '朝阳区基层立法联系点', items: [] },
          { title: 'نقطة الاتصال التشريعية', items: [{ title: 'Background', items: [] }] },
        ],
      },
      { title: 'Contacts', items: [] },
    ]);
    const flat: Node[] = [];
    const walk = (nodes: Node[]) => nodes.forEach((n) => (flat.push(n), walk(n.items)));
    walk(outline as Node[]);
    for (const [i, node] of flat.entries()) {
      const [ref, kind, , top] = node.dest as [{ num: number; gen: number }, { name: string }, null, number];
      expect(await doc.getPageIndex(ref)).toBe(OUTLINE[i]!.pageIndex);
      expect(kind.name).toBe('XYZ');
      expect(top).toBeCloseTo(841.89 - OUTLINE[i]!.y, 1);
    }
    await doc.destroy();
  });

  it('writes the same bytes for the same document and date', async () => {
    const doc = documentOf([sampleParagraph('fr')], { title: 'Same' });
    expect(Buffer.from(await write(doc)).equals(Buffer.from(await write(doc)))).toBe(true);
  });

  it('writes a document with an empty page and no outline', async () => {
    const empty = await write(documentOf([[]], { title: 'Empty' }));
    const emptyPath = saveTemp(empty, 'empty');
    expect(qpdfCheck(emptyPath).status).toBe(0);
    expect(pdfinfo(emptyPath).Pages).toBe('1');
  });
});
