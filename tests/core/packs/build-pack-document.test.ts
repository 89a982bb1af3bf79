// Runs in Node (tests): composing packs from the sample workspace: every template in every
// layout and language builds a valid document; the request is checked; missing and
// unreviewed translations stop the build with their exact list, or are filled with marked
// Chinese and reported; metadata, sections and the staff brief's internal mark.
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../../core/model/workspace';
import { buildPackDocument, PackRequestError, type PackBuild } from '../../../core/packs/build-pack-document';
import { packRequestProblems } from '../../../core/packs/pack-request-problems';
import { PACK_LAYOUTS, PACK_TEMPLATES, type PackRequest } from '../../../core/packs/pack-request';
import type { Block, RichText, Span, TypesetDocument } from '../../../core/typeset/document-schema';
import { parseDocument } from '../../../core/typeset/parse-document';
import { ENVOYS, KYRGYZ, NOW, sampleWorkspace, VISIT_LANGUAGES } from './helpers/sample-workspace';

function build(workspace: Workspace, request: Partial<PackRequest> & Pick<PackRequest, 'visitId'>): PackBuild {
  return buildPackDocument(workspace, { template: 'handout', languages: ['en'], layout: 'single', ...request }, { now: NOW });
}

function ok(result: PackBuild) {
  if (!result.ok) throw new Error(`expected a document, got ${result.missing.length} missing`);
  return result;
}

/** Every span of the document's text, in order (blocks, columns, cells, cards, cover). */
function spansOf(doc: TypesetDocument): Span[] {
  const out: Span[] = [];
  const add = (text: RichText | undefined) => {
    if (text === undefined) return;
    if (typeof text === 'string') out.push({ text });
    else out.push(...text);
  };
  const walk = (blocks: Block[]) => {
    for (const block of blocks) {
      if (block.type === 'heading' || block.type === 'paragraph') add(block.text);
      else if (block.type === 'list') block.items.forEach(add);
      else if (block.type === 'table') [...(block.header ?? []), ...block.rows.flat()].forEach(add);
      else if (block.type === 'cards') for (const card of block.cards) [card.value, card.label, card.note].forEach(add);
      else if (block.type === 'columns') for (const column of block.columns) walk(column.blocks);
      else if (block.type === 'image') add(block.caption);
    }
  };
  walk(doc.blocks);
  if (doc.cover) for (const line of [...(doc.cover.band ?? []), ...doc.cover.title, ...(doc.cover.subtitle ?? []), ...(doc.cover.note ?? [])]) add(line.text);
  return out;
}

const textOf = (doc: TypesetDocument) => spansOf(doc).map((s) => s.text).join('\n');

describe('every template in every layout and language builds', () => {
  const workspace = sampleWorkspace();
  for (const visitId of [ENVOYS, KYRGYZ]) {
    for (const template of PACK_TEMPLATES) {
      for (const layout of PACK_LAYOUTS) {
        it(`${visitId} ${template} ${layout}`, () => {
          const languages = [...VISIT_LANGUAGES[visitId]!, ...(layout === 'single' && template !== 'interpreter' ? ['zh'] : [])];
          for (const lang of languages) {
            const result = ok(build(workspace, { visitId, template, layout, languages: [lang] }));
            expect(() => parseDocument(result.document)).not.toThrow();
            expect(result.document.lang).toBe(lang);
            expect(result.document.blocks.length).toBeGreaterThan(3);
            expect(result.fileName).toMatch(new RegExp(`^${visitId}-${template}-.*${lang}.*\\.pdf$`));
          }
        });
      }
    }
  }

  it('prints the itinerary sheet in several languages at once', () => {
    const result = ok(build(sampleWorkspace(), { visitId: KYRGYZ, template: 'itinerary', languages: ['ru', 'en'] }));
    const text = textOf(result.document);
    expect(text).toContain('Приветственная встреча');
    expect(text).toContain('Welcome meeting');
    expect(result.fileName).toBe('vis-kyrgyz-study-visit-itinerary-ru+en.pdf');
  });
});

describe('the document', () => {
  it('carries title, author (the host), language, and a footer with the visit, its dates and X / Y', () => {
    const { document } = ok(build(sampleWorkspace(), { visitId: ENVOYS, languages: ['ar'], layout: 'side-by-side' }));
    expect(document.lang).toBe('ar');
    expect(document.title).toContain('زيارة المبعوثين الأجانب');
    expect(document.author).toBe('اللجنة الدائمة لمجلس نواب الشعب بمنطقة تشاويانغ');
    expect(document.footer).toEqual({ start: expect.stringContaining('زيارة المبعوثين'), end: '16 أبريل 2026 · {page} / {pages}' });
    expect(document.cover?.lang).toBe('ar');
  });

  it('prints the visit’s sections in the pack’s order, or the order asked for', () => {
    const workspace = sampleWorkspace();
    expect(ok(build(workspace, { visitId: ENVOYS })).report.sections).toEqual(workspace.visits[0]!.pack.sectionIds);
    const chosen = ok(build(workspace, { visitId: ENVOYS, sectionIds: ['sec-results', 'sec-overview'] }));
    expect(chosen.report.sections).toEqual(['sec-results', 'sec-overview']);
    const text = textOf(chosen.document);
    expect(text.indexOf('Participation and results')).toBeLessThan(text.indexOf('Overview'));
    expect(text).not.toContain('How a resident’s suggestion reaches the national legislature');
  });

  it('leaves a section with only internal content out of the handout, and says so', () => {
    const result = ok(build(sampleWorkspace(), { visitId: ENVOYS, sectionIds: ['sec-overview', 'sec-staff-notes'] }));
    expect(result.report.sections).toEqual(['sec-overview']);
    expect(result.report.warnings.join('\n')).toContain('内部参考（仅供工作人员）');
    expect(textOf(result.document)).not.toContain('Staff notes');
  });

  it('marks every page of the staff brief 内部资料 in Chinese, whatever its language', () => {
    for (const lang of ['zh', 'ar', 'ru']) {
      const { document } = ok(build(sampleWorkspace(), { visitId: lang === 'ru' ? KYRGYZ : ENVOYS, template: 'staff', languages: [lang] }));
      const header = document.header as { start: Span[] };
      expect(header.start[0]).toMatchObject({ text: expect.stringContaining('内部资料'), lang: 'zh' });
      expect(document.cover).toBeUndefined(); // a cover would be a page without the mark
    }
  });

  it('puts the target column first (on the reading side) side by side, and Chinese under the target stacked', () => {
    const side = ok(build(sampleWorkspace(), { visitId: ENVOYS, languages: ['ar'], layout: 'side-by-side' })).document;
    const columns = side.blocks.filter((b): b is Extract<Block, { type: 'columns' }> => b.type === 'columns');
    expect(columns.length).toBeGreaterThan(5);
    for (const block of columns) {
      expect(block.lang).toBe('ar'); // a right-to-left columns block puts its first column on the right
      expect(block.columns.map((c) => c.lang)).toEqual(['ar', 'zh']);
    }
    const stacked = ok(build(sampleWorkspace(), { visitId: KYRGYZ, languages: ['ru'], layout: 'stacked' })).document;
    const at = stacked.blocks.findIndex((b) => b.type === 'paragraph' && typeof b.text === 'string' && b.text.startsWith('Район Чаоян расположен'));
    expect(at).toBeGreaterThan(0);
    expect(stacked.blocks[at + 1]).toMatchObject({ type: 'paragraph', lang: 'zh', tone: 'muted', text: expect.stringContaining('朝阳区位于北京中心城区东部') });
  });

  it('formats dates, times and figures in the language', () => {
    const ru = textOf(ok(build(sampleWorkspace(), { visitId: KYRGYZ, languages: ['ru'] })).document);
    expect(ru).toContain('вторник, 9 июня 2026 г.');
    expect(ru).toContain('09:30–11:00');
    expect(ru).toContain('2\u00a0570');
    const fr = textOf(ok(build(sampleWorkspace(), { visitId: ENVOYS, languages: ['fr'] })).document);
    expect(fr).toContain('jeudi 16 avril 2026');
    expect(fr).toMatch(/50\u202f000\+/);
  });
});

describe('the request', () => {
  it('is refused, with a reason, when it does not fit the workspace', () => {
    const workspace = sampleWorkspace();
    const problems = (request: Partial<PackRequest>) =>
      packRequestProblems(workspace, { visitId: ENVOYS, template: 'handout', languages: ['en'], layout: 'single', ...request });
    expect(problems({})).toEqual([]);
    expect(problems({ visitId: 'vis-nope' })[0]).toContain('unknown visit "vis-nope"');
    expect(problems({ languages: ['xx'] })[0]).toContain('unknown language "xx"');
    expect(problems({ sectionIds: ['sec-nope'] })[0]).toContain('unknown section "sec-nope"');
    expect(problems({ template: 'poster' as never })[0]).toContain('unknown template "poster"');
    expect(problems({ languages: ['en', 'fr'] })[0]).toContain('one language at a time');
    expect(problems({ languages: ['zh', 'ar'] })[0]).toContain('Chinese is the source');
    expect(problems({ languages: ['zh'], layout: 'side-by-side' }).join()).toContain('pairs Chinese with a target language');
    expect(() => build(workspace, { visitId: 'vis-nope' })).toThrow(PackRequestError);
  });
});

describe('missing and unreviewed translations', () => {
  /** A copy of the sample with one Arabic translation in draft, one absent and one not yet reviewed. */
  function withGaps(): Workspace {
    const workspace = sampleWorkspace();
    const overview = workspace.library.sections[0]!;
    const intro = overview.blocks[1]!;
    if (intro.kind !== 'paragraph') throw new Error('expected the overview paragraph');
    intro.text.translations.ar!.status = 'draft';
    const bullets = overview.blocks[3]!;
    if (bullets.kind !== 'bullets') throw new Error('expected the working-pattern bullets');
    delete bullets.items[1]!.translations.ar;
    workspace.visits[0]!.stops[2]!.activity.translations.ar!.status = 'translated';
    // Internal content is not printed in a handout: its gaps do not matter there.
    const staff = workspace.library.sections[6]!.blocks[0]!;
    if (staff.kind !== 'bullets') throw new Error('expected the talking points');
    delete staff.items[0]!.translations.ar;
    return workspace;
  }

  const expected = [
    { segmentPath: '$.library.sections[0].blocks[1].text', language: 'ar', status: 'draft' },
    { segmentPath: '$.library.sections[0].blocks[3].items[1]', language: 'ar', status: 'missing' },
    { segmentPath: '$.visits[0].stops[2].activity', language: 'ar', status: 'translated' },
  ];

  it('stops the build with the exact list: segment, label, language, status', () => {
    for (const layout of PACK_LAYOUTS) {
      const result = build(withGaps(), { visitId: ENVOYS, languages: ['ar'], layout });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.missing.map(({ segmentPath, language, status }) => ({ segmentPath, language, status }))).toEqual(expected);
      expect(result.missing[0]!.segmentLabel).toContain('概况');
      expect(result.missing[0]!.segmentLabel).toContain('朝阳区位于北京');
    }
    // The other languages are complete.
    expect(build(withGaps(), { visitId: ENVOYS, languages: ['fr'] }).ok).toBe(true);
  });

  it('counts internal gaps for the staff brief, which prints internal content', () => {
    const result = build(withGaps(), { visitId: ENVOYS, template: 'staff', languages: ['ar'] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.missing.map((m) => m.segmentPath)).toContain('$.library.sections[6].blocks[0].items[0]');
  });

  it('fills them with Chinese, marked with a tag and a band, and lists each place in the report', () => {
    const workspace = withGaps();
    const result = ok(build(workspace, { visitId: ENVOYS, languages: ['ar'], layout: 'side-by-side', fillMissing: 'zh' }));
    expect(result.report.filled).toEqual(expected.map(({ segmentPath, language }) => ({ segmentPath, language })));
    const spans = spansOf(result.document);
    const sources = [
      (workspace.library.sections[0]!.blocks[1] as { text: { source: { text: string } } }).text.source.text,
      workspace.visits[0]!.stops[2]!.activity.source.text,
    ];
    for (const source of sources) {
      const at = spans.findIndex((s) => s.mark === 'highlight' && s.text.includes(source));
      expect(at).toBeGreaterThan(1);
      expect(spans[at - 2]).toMatchObject({ text: '中文', mark: 'tag', lang: 'zh' });
      expect(spans[at]!.lang).toBe('zh');
    }
    // The cover says what the marks mean.
    expect(result.document.cover!.note!.map((l) => l.text).join()).toContain('中文');
  });
});
