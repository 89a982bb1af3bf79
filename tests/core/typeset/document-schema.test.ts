// Runs in Node (tests): the document format: valid samples pass; each kind of mistake is
// reported with the JSON path of the offending value.
import { describe, expect, it } from 'vitest';
import { formatJsonPath } from '../../../core/typeset/json-path';
import { DocumentError, parseDocument, parseDocumentText } from '../../../core/typeset/parse-document';
import { fixture, fixtureNames } from './helpers/engine';

function issuesOf(doc: unknown): { path: string; message: string }[] {
  try {
    parseDocument(doc);
  } catch (error) {
    expect(error).toBeInstanceOf(DocumentError);
    return (error as DocumentError).issues;
  }
  throw new Error('the document was accepted');
}

const paragraph = { type: 'paragraph', text: 'x' };

describe('the typeset document schema', () => {
  it('accepts every sample document', () => {
    const names = fixtureNames();
    expect(names.length).toBeGreaterThanOrEqual(8);
    for (const name of names) expect(() => parseDocument(fixture(name)), name).not.toThrow();
  });

  it('accepts every documented block and field', () => {
    const doc = parseDocument({
      title: 'All blocks',
      lang: 'zh',
      author: 'Foreign affairs office',
      subject: 'Visit',
      page: { size: [500, 700], margin: { top: 50, right: 40, bottom: 50, left: 40 } },
      header: [{ text: 'Briefing', bold: true }],
      footer: '{page}/{pages}',
      blocks: [
        { type: 'heading', level: 3, text: 'H', lang: 'en', align: 'center' },
        { type: 'paragraph', text: [{ text: 'a', lang: 'ar', bold: true }, { text: 'b' }], align: 'justify' },
        { type: 'list', ordered: true, start: 4, items: ['a', [{ text: 'b' }]], lang: 'ru' },
        { type: 'table', header: ['a', 'b'], rows: [['1', '2']], widths: [1, 2], lang: 'ar' },
        { type: 'columns', gap: 12, columns: [{ lang: 'zh', width: 2, blocks: [paragraph] }, { blocks: [] }] },
        { type: 'image', src: 'data:image/png;base64,AAAA', width: 100, align: 'end', caption: 'c' },
        { type: 'pageBreak' },
      ],
    });
    expect(doc.blocks).toHaveLength(7);
  });

  it('names the row of a table whose cell count is wrong', () => {
    const issues = issuesOf({
      title: 't',
      blocks: [paragraph, paragraph, paragraph, { type: 'table', header: ['a', 'b', 'c'], rows: [['1', '2', '3'], ['1', '2', '3'], ['1', '2']] }],
    });
    expect(issues).toEqual([{ path: 'blocks[3].rows[2]', message: 'expected 3 cells, got 2' }]);
  });

  it('names unknown fields, unknown block types and wrong values by path', () => {
    expect(issuesOf({ title: 't', blocks: [{ ...paragraph, colour: 'red' }] })).toEqual([{ path: 'blocks[0].colour', message: 'unknown field' }]);
    expect(issuesOf({ title: 't', blocks: [paragraph, { type: 'paragraf', text: 'x' }] })[0]!.path).toBe('blocks[1].type');
    expect(issuesOf({ title: 't', blocks: [{ type: 'heading', level: 4, text: 'x' }] })[0]!.path).toBe('blocks[0].level');
    expect(issuesOf({ title: 't', blocks: [{ type: 'paragraph', text: [{ text: 'a' }, { text: 'b', bold: 'yes' }] }] })[0]!.path).toBe('blocks[0].text[1].bold');
    expect(issuesOf({ title: 't', blocks: [{ type: 'paragraph', text: 'x', lang: 'not a tag' }] })[0]!.path).toBe('blocks[0].lang');
    expect(issuesOf({ title: 't', blocks: [{ type: 'table', rows: [['a']], widths: [1, 2] }] })[0]!.path).toBe('blocks[0].widths');
    expect(issuesOf({ title: 't', page: { size: 'A5' }, blocks: [] })[0]!.path).toBe('page.size');
    expect(issuesOf({ title: 't', page: { margin: 300 }, blocks: [] })[0]!.path).toBe('page.margin');
    expect(issuesOf({ blocks: [] })[0]!.path).toBe('title');
    expect(issuesOf({ title: 't', blocks: [], extra: 1 })).toEqual([{ path: 'extra', message: 'unknown field' }]);
  });

  it('follows paths into columns', () => {
    const issues = issuesOf({
      title: 't',
      blocks: [{ type: 'columns', columns: [{ blocks: [paragraph] }, { lang: 'ar', blocks: [paragraph, { type: 'list', items: [] }] }] }],
    });
    expect(issues.map((i) => i.path)).toEqual(['blocks[0].columns[1].blocks[1].items']);
  });

  it('lists every problem, and says so in the message', () => {
    const error = (() => {
      try {
        parseDocument({ title: 1, blocks: [{ type: 'pageBreak', x: 1 }, { type: 'image' }] });
      } catch (e) {
        return e as DocumentError;
      }
    })()!;
    expect(error.issues.map((i) => i.path).sort()).toEqual(['blocks[0].x', 'blocks[1].src', 'title']);
    for (const issue of error.issues) expect(error.message).toContain(issue.path);
  });

  it('reports JSON syntax errors at the document root', () => {
    expect(() => parseDocumentText('{"title": ')).toThrow(/\(document\): not valid JSON/);
  });

  it('writes paths the way JSON paths are written', () => {
    expect(formatJsonPath(['blocks', 3, 'rows', 2])).toBe('blocks[3].rows[2]');
    expect(formatJsonPath(['blocks', 0, 'columns', 1, 'blocks', 0, 'text', 2, 'lang'])).toBe('blocks[0].columns[1].blocks[0].text[2].lang');
    expect(formatJsonPath([])).toBe('(document)');
    expect(formatJsonPath(['page', 'odd key'])).toBe('page["odd key"]');
  });
});
