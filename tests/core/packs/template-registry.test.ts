// Runs in Node (tests): the template registry and what is derived from it. Public templates
// are composed from the public view (so internal text cannot even steer what they print,
// such as the handout's key terms); the view holds nothing internal and reports gaps at
// the workspace's own paths; composition settles mixed-direction lines; the request rules
// follow each template's declared language policy.
import { describe, expect, it } from 'vitest';
import { allSegments } from '../../../core/model/walk-segments';
import type { Workspace } from '../../../core/model/workspace';
import { buildPackDocument, type PackBuild } from '../../../core/packs/build-pack-document';
import { packRequestProblems } from '../../../core/packs/pack-request-problems';
import { PACK_TEMPLATES, PackRequestSchema, PUBLIC_TEMPLATES, type PackRequest } from '../../../core/packs/pack-request';
import { publicView } from '../../../core/packs/public-view';
import { TEMPLATE_REGISTRY, templateSpec } from '../../../core/packs/templates/registry';
import type { Block, RichText, Span } from '../../../core/typeset/document-schema';
import { ENVOYS, NOW, sampleWorkspace } from './helpers/sample-workspace';

const LRM = '\u200e';

function ok(result: PackBuild) {
  if (!result.ok) throw new Error(`expected a document, got ${result.missing.length} missing`);
  return result;
}

function spans(text: RichText): Span[] {
  return typeof text === 'string' ? [{ text }] : text;
}

/** Every table cell of the document (columns included), with its column's language. */
function cells(blocks: Block[]): { lang: string | undefined; text: RichText }[] {
  return blocks.flatMap((block) => {
    if (block.type === 'table') {
      return [...(block.header ? [block.header] : []), ...block.rows].flatMap((row) => row.map((text, c) => ({ lang: block.columnLangs?.[c] ?? block.lang, text })));
    }
    if (block.type === 'columns') return cells(block.columns.flatMap((c) => c.blocks));
    return [];
  });
}

describe('the registry', () => {
  it('declares each template once, and the request schema takes exactly those', () => {
    expect(new Set(PACK_TEMPLATES).size).toBe(TEMPLATE_REGISTRY.length);
    for (const template of PACK_TEMPLATES) {
      expect(PackRequestSchema.safeParse({ visitId: ENVOYS, template, languages: ['en'], layout: 'single' }).success, template).toBe(true);
    }
    expect(PackRequestSchema.safeParse({ visitId: ENVOYS, template: 'poster', languages: ['en'], layout: 'single' }).success).toBe(false);
  });

  it('makes the delegates’ templates public and the others staff', () => {
    expect([...PUBLIC_TEMPLATES].sort()).toEqual(['change-notice', 'handout', 'itinerary']);
    expect(templateSpec('staff').audience).toBe('staff');
    expect(templateSpec('interpreter').audience).toBe('staff');
  });

  it('derives the request rules from each template’s language policy', () => {
    const workspace = sampleWorkspace();
    for (const spec of TEMPLATE_REGISTRY) {
      const several = packRequestProblems(workspace, { visitId: ENVOYS, template: spec.id, languages: ['en', 'fr'], layout: 'single' });
      expect(several.length === 0, `${spec.id} with two languages`).toBe(spec.languages === 'several');
      const chinese = packRequestProblems(workspace, { visitId: ENVOYS, template: spec.id, languages: ['zh'], layout: 'single' });
      expect(chinese.length === 0, `${spec.id} in Chinese alone`).toBe(spec.chineseOnly);
    }
  });

  it('prints each template’s own name in the title, in the pack’s language', () => {
    const workspace = sampleWorkspace();
    for (const template of PACK_TEMPLATES) {
      const spec = templateSpec(template);
      const doc = ok(buildPackDocument(workspace, { visitId: ENVOYS, template, languages: ['ar'], layout: 'single' }, { now: NOW })).document;
      expect(doc.subject).toBe(spec.names['ar']);
      expect(doc.title?.endsWith(` · ${spec.names['ar']}`)).toBe(true);
    }
  });
});

describe('the public view', () => {
  it('holds no internal block, note or interpreter', () => {
    const workspace = sampleWorkspace();
    expect([...allSegments(workspace)].some((p) => p.visibility === 'internal')).toBe(true);
    const view = publicView(workspace).workspace;
    expect([...allSegments(view)].filter((p) => p.visibility === 'internal')).toEqual([]);
    expect(view.delegations.every((d) => d.interpreters.length === 0)).toBe(true);
    expect(view.visits.every((v) => v.stops.every((s) => s.interpreters.length === 0))).toBe(true);
    // The workspace itself is untouched.
    expect([...allSegments(workspace)].some((p) => p.visibility === 'internal')).toBe(true);
  });

  it('reports a missing translation at its path in the workspace, not in the view', () => {
    const workspace = sampleWorkspace();
    const section = workspace.library.sections[0]!;
    // An internal paragraph first shifts every public block of the section by one in the view.
    const internal = structuredClone(section.blocks.find((b) => b.kind === 'paragraph')!);
    internal.id = 'blk-internal-first';
    internal.visibility = 'internal';
    if (internal.kind === 'paragraph') internal.text.id = 'seg-internal-first';
    section.blocks.unshift(internal);
    const index = section.blocks.findIndex((b, i) => i > 0 && b.kind === 'paragraph' && b.visibility === 'public');
    const block = section.blocks[index]!;
    if (block.kind !== 'paragraph') throw new Error('expected a paragraph');
    delete block.text.translations['en'];
    const result = buildPackDocument(workspace, { visitId: ENVOYS, template: 'handout', languages: ['en'], layout: 'single', sectionIds: [section.id] }, { now: NOW });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.missing.map((m) => m.segmentPath)).toEqual([`$.library.sections[0].blocks[${index}].text`]);
  });
});

describe('a public template reads only public text', () => {
  /** A glossary term whose Chinese appears in one block only, of the given visibility. */
  function withTerm(visibility: 'public' | 'internal'): Workspace {
    const workspace = sampleWorkspace();
    workspace.glossary.terms.push({ id: 'term-only-here', term: { zh: '独一无二的术语', en: 'One-of-a-kind term' }, note: {}, forbidden: {} });
    const section = workspace.library.sections[0]!;
    const paragraph = structuredClone(section.blocks.find((b) => b.kind === 'paragraph' && b.visibility === 'public')!);
    paragraph.id = 'blk-term-carrier';
    paragraph.visibility = visibility;
    if (paragraph.kind === 'paragraph') {
      paragraph.text.id = 'seg-term-carrier';
      paragraph.text.source.text = `这里用到独一无二的术语。${paragraph.text.source.text}`;
    }
    section.blocks.push(paragraph);
    return workspace;
  }
  const keyTerms = (workspace: Workspace) => {
    const request: PackRequest = { visitId: ENVOYS, template: 'handout', languages: ['en'], layout: 'single', sectionIds: workspace.library.sections.map((s) => s.id) };
    return JSON.stringify(ok(buildPackDocument(workspace, request, { now: NOW })).document.blocks);
  };

  it('lists a key term used in public text (the check can see it)', () => {
    expect(keyTerms(withTerm('public'))).toContain('One-of-a-kind term');
  });

  it('never lists a key term that only internal text uses', () => {
    expect(keyTerms(withTerm('internal'))).not.toContain('One-of-a-kind term');
  });
});

describe('composition settles mixed directions', () => {
  it('holds each Chinese line of an Arabic cell between left-to-right marks', () => {
    const doc = ok(buildPackDocument(sampleWorkspace(), { visitId: ENVOYS, template: 'handout', languages: ['ar'], layout: 'stacked' }, { now: NOW })).document;
    const chinese = cells(doc.blocks)
      .filter((cell) => cell.lang === 'ar')
      .flatMap((cell) => spans(cell.text))
      .filter((span) => span.lang === 'zh' && span.text.trim() !== '' && span.mark !== 'tag');
    expect(chinese.length).toBeGreaterThan(10);
    for (const span of chinese) expect(span.text.startsWith(LRM) && span.text.endsWith(LRM), span.text).toBe(true);
  });
});
