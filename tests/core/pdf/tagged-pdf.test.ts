// Runs in Node (tests): vitest, node project. The tagged PDF read back three ways:
// pdf.js's structure tree and marked content (what Firefox's reader and accessibility
// use), MuPDF's object model, and `qpdf --json`. Every text run is tagged or an artifact,
// every Figure has alt text, each element's language is the language of its text, a
// side-by-side page reads each Chinese block before its translation, and the page
// labels are the numbers the footers print.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPackDocument } from '../../../core/packs/build-pack-document';
import { layout, writeLaidOut } from '../../../core/render/typeset-to-pdf';
import { ENVOYS, NOW, sampleWorkspace } from '../packs/helpers/sample-workspace';
import { assets, fixture } from '../typeset/helpers/engine';
import { run, saveTemp } from './helpers/read-pdf';

const PIXEL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const HAN = /\p{Script=Han}/u;
const ARABIC = /\p{Script=Arabic}/u;

interface TreeNode {
  role?: string;
  type?: string;
  id?: string;
  lang?: string;
  alt?: string;
  children?: TreeNode[];
}

interface PageRead {
  tree: TreeNode;
  /** Text of each marked-content id, and text found outside any tag or artifact. */
  textOf: Map<string, string>;
  untagged: string[];
  artifacts: string[];
}

async function readTagged(bytes: Uint8Array): Promise<{ pages: PageRead[]; labels: string[] | null }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  const pages: PageRead[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const tree = (await page.getStructTree()) as unknown as TreeNode;
    const content = await page.getTextContent({ includeMarkedContent: true });
    const textOf = new Map<string, string>();
    const untagged: string[] = [];
    const artifacts: string[] = [];
    const stack: { id?: string; artifact: boolean }[] = [];
    for (const item of content.items as { type?: string; id?: string; tag?: string; str?: string }[]) {
      if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
        stack.push({ ...(item.id ? { id: item.id } : {}), artifact: item.tag === 'Artifact' });
      } else if (item.type === 'endMarkedContent') stack.pop();
      else if (item.str !== undefined && item.str.trim() !== '') {
        const id = stack.findLast((entry) => entry.id)?.id;
        if (stack.some((entry) => entry.artifact)) artifacts.push(item.str);
        else if (id) textOf.set(id, (textOf.get(id) ?? '') + item.str);
        else untagged.push(item.str);
      }
    }
    pages.push({ tree, textOf, untagged, artifacts });
  }
  const labels = await doc.getPageLabels();
  await doc.destroy();
  return { pages, labels };
}

function elements(node: TreeNode, out: TreeNode[] = []): TreeNode[] {
  if (node.role) out.push(node);
  for (const child of node.children ?? []) if (child.type !== 'content') elements(child, out);
  return out;
}

function textUnder(node: TreeNode, textOf: Map<string, string>): string {
  if (node.type === 'content') return textOf.get(node.id!) ?? '';
  return (node.children ?? []).map((child) => textUnder(child, textOf)).join('');
}

/** The element's language: its own /Lang, or the nearest ancestor's, or the document's. */
function languages(node: TreeNode, lang: string, out: [TreeNode, string][] = []): [TreeNode, string][] {
  const own = node.lang ?? lang;
  if (node.role && (node.children ?? []).some((child) => child.type === 'content')) out.push([node, own]);
  for (const child of node.children ?? []) if (child.type !== 'content') languages(child, own, out);
  return out;
}

describe('a side-by-side handout (Chinese | Arabic) is tagged', () => {
  let bytes: Uint8Array;
  let read: Awaited<ReturnType<typeof readTagged>>;
  let printedPageCount: number;
  beforeAll(async () => {
    const build = buildPackDocument(sampleWorkspace(), { visitId: ENVOYS, template: 'handout', languages: ['ar'], layout: 'side-by-side' }, { now: NOW });
    if (!build.ok) throw new Error('the sample workspace is fully translated');
    const { document } = await layout(build.document, assets);
    printedPageCount = document.pages.length;
    bytes = await writeLaidOut(document, assets, { creationDate: NOW });
    read = await readTagged(bytes);
  }, 60_000);

  it('tags every text run or marks it an artifact (pdf.js marked content)', () => {
    for (const [i, page] of read.pages.entries()) {
      expect(page.untagged, `page ${i + 1}`).toEqual([]);
      expect(page.textOf.size, `page ${i + 1} has tagged text`).toBeGreaterThan(0);
    }
    // Running header and footer are artifacts, so a reader does not read them on every page.
    expect(read.pages[3]!.artifacts.join(' ')).toMatch(/\b4\b/);
  });

  it('uses headings, paragraphs and tables with header cells that head their column', () => {
    const roles = new Set(read.pages.flatMap((page) => elements(page.tree).map((node) => node.role)));
    for (const role of ['Document', 'H1', 'H2', 'P', 'Table', 'TR', 'TH', 'TD']) expect(roles, role).toContain(role);
  });

  it('gives each element the language of its text: Chinese blocks zh, Arabic ones the document language', () => {
    let checked = 0;
    for (const page of read.pages) {
      for (const [node, lang] of languages(page.tree, 'ar')) {
        const text = textUnder(node, page.textOf);
        if (HAN.test(text) && !ARABIC.test(text)) expect(lang, text).toMatch(/^zh/);
        if (ARABIC.test(text) && !HAN.test(text)) expect(lang, text).toBe('ar');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('reads each Chinese block before its Arabic translation', () => {
    const page = read.pages[2]!;
    const order = elements(page.tree).filter((node) => node.role === 'H1' || node.role === 'H2' || node.role === 'P');
    const texts = order.map((node) => textUnder(node, page.textOf));
    expect(texts.length).toBeGreaterThanOrEqual(4);
    for (let i = 0; i + 1 < texts.length; i += 2) {
      expect(HAN.test(texts[i]!), `element ${i}: ${texts[i]}`).toBe(true);
      expect(ARABIC.test(texts[i + 1]!), `element ${i + 1}: ${texts[i + 1]}`).toBe(true);
    }
  });

  it('labels pages with the numbers the footers print, the cover with none', () => {
    expect(read.labels).toEqual(['', ...Array.from({ length: printedPageCount - 1 }, (_, i) => String(i + 2))]);
  });

  it('says so in the catalog and the page dictionaries (qpdf --json)', () => {
    const path = saveTemp(bytes, 'tagged');
    const json = JSON.parse(run('qpdf', ['--json=2', '--json-key=qpdf', '--json-key=pages', path]).stdout) as {
      pages: { object: string; label?: Record<string, unknown> }[];
      qpdf: [unknown, Record<string, { value?: Record<string, unknown> }>];
    };
    const objects = json.qpdf[1];
    const valueOf = (ref: string) => objects[`obj:${ref}`]?.value;
    const catalog = Object.values(objects).map((entry) => entry.value).find((value) => value?.['/Type'] === '/Catalog')!;
    expect(catalog['/MarkInfo']).toEqual({ '/Marked': true });
    expect(catalog['/StructTreeRoot']).toBeTruthy();
    expect(catalog['/Lang']).toBeTruthy();
    expect(catalog['/ViewerPreferences']).toEqual({ '/DisplayDocTitle': true });
    json.pages.forEach((page, i) => expect(valueOf(page.object)?.['/StructParents'], `page ${i + 1}`).toBe(i));
    // The elements as written: each one's parent is an element (or the root), and header
    // cells say they head their column.
    const structElems = Object.values(objects).map((entry) => entry.value).filter((value) => value?.['/Type'] === '/StructElem');
    expect(structElems.length).toBeGreaterThan(100);
    for (const element of structElems) {
      const parent = valueOf(String(element!['/P']));
      expect(['/StructElem', '/StructTreeRoot'], String(element!['/S'])).toContain(parent?.['/Type']);
    }
    const headers = structElems.filter((element) => element!['/S'] === '/TH');
    expect(headers.length).toBeGreaterThan(0);
    for (const header of headers) expect(header!['/A']).toEqual({ '/O': '/Table', '/Scope': '/Column' });
    // The cover's label has no style (no number); the others count on in decimal.
    expect(json.pages[0]!.label?.['/S']).toBeUndefined();
    expect(json.pages[1]!.label).toEqual({ '/S': '/D', '/St': 2 });
  });
});

describe('a document with a list and a picture is tagged', () => {
  let read: Awaited<ReturnType<typeof readTagged>>;
  let bytes: Uint8Array;
  beforeAll(async () => {
    const doc = fixture('outreach-en.json') as { blocks: unknown[] };
    doc.blocks.push(
      { type: 'image', src: PIXEL, width: 60, alt: 'The outreach point’s sign by the door', caption: 'The sign at the entrance' },
      { type: 'image', src: PIXEL, width: 30, caption: 'A picture with only a caption' },
    );
    const { document } = await layout(doc, assets);
    bytes = await writeLaidOut(document, assets, { creationDate: NOW });
    read = await readTagged(bytes);
  }, 60_000);

  it('has lists of items with labels and bodies, and every text run tagged', () => {
    const all = read.pages.flatMap((page) => elements(page.tree));
    for (const role of ['L', 'LI', 'Lbl', 'LBody', 'H1', 'Table', 'TH', 'Figure', 'Caption']) expect(all.map((n) => n.role), role).toContain(role);
    for (const li of all.filter((node) => node.role === 'LI')) expect((li.children ?? []).map((child) => child.role)).toEqual(['Lbl', 'LBody']);
    for (const page of read.pages) expect(page.untagged).toEqual([]);
  });

  it('gives every Figure alt text: its own, or its caption (pdf.js and MuPDF)', async () => {
    const figures = read.pages.flatMap((page) => elements(page.tree)).filter((node) => node.role === 'Figure');
    expect(figures.map((figure) => figure.alt)).toEqual(['The outreach point’s sign by the door', 'A picture with only a caption']);
    const mupdf = await import('mupdf');
    const doc = mupdf.Document.openDocument(bytes, 'application/pdf') as InstanceType<typeof mupdf.PDFDocument>;
    const alts: string[] = [];
    const walk = (element: ReturnType<typeof doc.getTrailer>) => {
      if (!element.isDictionary()) return;
      if (element.get('S').asName() === 'Figure') alts.push(element.get('Alt').asString());
      const kids = element.get('K');
      if (kids.isArray()) for (let i = 0; i < kids.length; i++) walk(kids.get(i));
      else walk(kids);
    };
    walk(doc.getTrailer().get('Root').get('StructTreeRoot').get('K'));
    doc.destroy();
    expect(alts).toEqual(['The outreach point’s sign by the door', 'A picture with only a caption']);
  });

  it('keeps the structure tree well-formed for qpdf', () => {
    const check = run('qpdf', ['--check', saveTemp(bytes, 'tagged-image')]);
    expect(check.status).toBe(0);
    expect(readFileSync(saveTemp(bytes, 'again')).length).toBe(bytes.length);
  });
});

describe('a paragraph that runs on to the next page', () => {
  it('reaches its content on the second page through a marked-content reference naming that page (qpdf --json)', async () => {
    const sentence = 'Residents sent their comments on the draft to the liaison station, which passed them on within a week. ';
    const doc = { title: 'Long paragraph', lang: 'en', blocks: [{ type: 'paragraph', text: sentence.repeat(120) }] };
    const { document } = await layout(doc, assets);
    expect(document.pages.length).toBeGreaterThan(1);
    const path = saveTemp(await writeLaidOut(document, assets, { creationDate: NOW }), 'run-on');
    const json = JSON.parse(run('qpdf', ['--json=2', '--json-key=qpdf', '--json-key=pages', path]).stdout) as {
      pages: { object: string }[];
      qpdf: [unknown, Record<string, { value?: Record<string, unknown> }>];
    };
    const paragraph = Object.values(json.qpdf[1]).map((entry) => entry.value).find((value) => value?.['/Type'] === '/StructElem' && value['/S'] === '/P')!;
    expect(paragraph['/Pg']).toBe(json.pages[0]!.object);
    const kids = [paragraph['/K']].flat() as unknown[];
    const references = kids.filter((kid): kid is Record<string, unknown> => typeof kid === 'object' && kid !== null);
    expect(kids.some((kid) => typeof kid === 'number')).toBe(true); // its first page's content, by MCID
    expect(references.length).toBeGreaterThan(0);
    for (const reference of references) {
      expect(reference['/Type']).toBe('/MCR');
      expect(reference['/Pg']).not.toBe(json.pages[0]!.object);
      expect(json.pages.map((page) => page.object)).toContain(reference['/Pg']);
      expect(Number.isInteger(reference['/MCID'])).toBe(true);
    }
  });
});
