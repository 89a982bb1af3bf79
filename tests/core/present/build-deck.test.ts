import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../core/model/apply-command';
import type { Command } from '../../../core/model/commands';
import type { Workspace } from '../../../core/model/workspace';
import { buildPresenterDeck, presentationLanguages } from '../../../core/present/build-deck';
import { PublicDeckSchema, PublicSlideSchema } from '../../../core/present/public-slide';
import { ENVOYS, KYRGYZ, sampleWorkspace } from '../packs/helpers/sample-workspace';

const at = { at: '2026-04-16T09:00:00.000Z', by: 'tester' };

function run(doc: Workspace, command: Command): Workspace {
  const result = applyCommand(doc, command, at);
  if (!result.ok) throw new Error(result.error.message);
  return result.doc;
}

describe('buildPresenterDeck', () => {
  it('makes a title slide, one slide per public block of the pack sections (headings become titles) and one per programme day', () => {
    const doc = sampleWorkspace();
    const deck = buildPresenterDeck(doc, KYRGYZ, 'ru');
    const visit = doc.visits.find((v) => v.id === KYRGYZ)!;
    const blocks = visit.pack.sectionIds
      .flatMap((id) => doc.library.sections.find((s) => s.id === id)!.blocks)
      .filter((b) => b.visibility === 'public' && !visit.pack.excludedBlockIds.includes(b.id) && b.kind !== 'heading');
    const days = new Set(visit.stops.map((s) => s.date));
    expect(deck.slides.map((s) => s.slide.key)).toEqual(['title', ...blocks.map((b) => `block:${b.id}`), ...[...days].sort().map((d) => `day:${d}`)]);
    expect(deck.target).toEqual({ code: 'ru', dir: 'ltr' });
    const figures = deck.slides.find((s) => s.slide.body.kind === 'figures')!;
    expect(figures.slide.body.kind === 'figures' && figures.slide.body.figures[0]!.value.t).toMatch(/\d/);
    // Russian translations of the sample are reviewed: every slide title has its Russian.
    expect(deck.slides.every((s) => s.slide.title.t !== null)).toBe(true);
    expect(buildPresenterDeck(doc, ENVOYS, 'ar').target).toEqual({ code: 'ar', dir: 'rtl' });
  });

  it('offers the delegation’s languages, primary first', () => {
    const doc = sampleWorkspace();
    expect(presentationLanguages(doc, KYRGYZ)).toEqual(['ru', 'en']);
    expect(presentationLanguages(doc, ENVOYS)).toEqual(['en', 'fr', 'es', 'pt', 'ar']);
  });

  it('applies the order, the hidden slides and the speaker notes staff set with commands', () => {
    let doc = sampleWorkspace();
    const keys = buildPresenterDeck(doc, ENVOYS, 'en').slides.map((s) => s.slide.key);
    const reordered = [keys[2]!, keys[0]!, keys[1]!];
    doc = run(doc, { type: 'setSlideOrder', visitId: ENVOYS, order: reordered });
    doc = run(doc, { type: 'setSlideHidden', visitId: ENVOYS, slide: keys[1]!, hidden: true });
    doc = run(doc, { type: 'setSlideNote', visitId: ENVOYS, slide: keys[2]!, text: '先讲数字' });
    const deck = buildPresenterDeck(doc, ENVOYS, 'en');
    expect(deck.slides.map((s) => s.slide.key)).toEqual([...reordered, ...keys.slice(3)]);
    expect(deck.slides.filter((s) => s.hidden).map((s) => s.slide.key)).toEqual([keys[1]]);
    expect(deck.slides[0]!.notes).toBe('先讲数字');
    // Showing it again and clearing the note undo both.
    doc = run(doc, { type: 'setSlideHidden', visitId: ENVOYS, slide: keys[1]!, hidden: false });
    doc = run(doc, { type: 'setSlideNote', visitId: ENVOYS, slide: keys[2]!, text: '  ' });
    const again = buildPresenterDeck(doc, ENVOYS, 'en');
    expect(again.slides.some((s) => s.hidden)).toBe(false);
    expect(again.slides[0]!.notes).toBe('');
    expect(doc.visits.find((v) => v.id === ENVOYS)!.presentation!.notes).toEqual({});
  });

  it('refuses an order that lists a slide twice, and a visit that does not exist', () => {
    const doc = sampleWorkspace();
    const twice = applyCommand(doc, { type: 'setSlideOrder', visitId: ENVOYS, order: ['title', 'title'] }, at);
    expect(twice.ok).toBe(false);
    expect(!twice.ok && twice.error.issues[0]!.path).toBe('$.order[1]');
    const missing = applyCommand(doc, { type: 'setSlideNote', visitId: 'vis-nope', slide: 'title', text: 'x' }, at);
    expect(!missing.ok && missing.error.code).toBe('not-found');
  });

  it('never puts internal content on a public slide (markers planted in every internal field)', () => {
    let doc = sampleWorkspace();
    const MARK = 'MARKER-INTERNAL-7Q';
    const mark = (text: string, n: number) => `${text} ${MARK}-${n}`;
    let n = 0;
    for (const section of doc.library.sections) {
      for (const block of section.blocks) {
        if (block.visibility !== 'internal') continue;
        if (block.kind === 'bullets') block.items.forEach((item) => (item.source.text = mark(item.source.text, n++)));
        if (block.kind === 'table') block.rows.forEach((row) => row.cells.forEach((cell) => (cell.source.text = mark(cell.source.text, n++))));
      }
      // An internal block planted in every section the visits print.
      section.blocks.push({ id: `blk-marker-${section.id}`, visibility: 'internal', kind: 'paragraph', text: { id: `seg-marker-${section.id}`, source: { text: mark('内部', n++), changedBy: 't', changedAt: at.at }, translations: { ar: { text: mark('داخلي', n++), status: 'reviewed', changedBy: 't', changedAt: at.at } } } });
    }
    for (const delegation of doc.delegations) for (const note of delegation.notes) note.visibility === 'internal' && (note.text.source.text = mark(note.text.source.text, n++));
    for (const visit of doc.visits) {
      for (const stop of visit.stops) {
        stop.hosts = [mark('主持人', n++)];
        stop.speakers = [mark('发言人', n++)];
        stop.notes.push({ id: `note-marker-${stop.id}`, visibility: 'internal', text: { id: `seg-note-marker-${stop.id}`, source: { text: mark('备注', n++), changedBy: 't', changedAt: at.at }, translations: {} } });
      }
    }
    for (const term of doc.glossary.terms) term.note = { zh: mark('术语说明', n++) };
    for (const visit of doc.visits) doc = run(doc, { type: 'setSlideNote', visitId: visit.id, slide: 'title', text: mark('演讲备注', n++) });
    for (const visit of [ENVOYS, KYRGYZ]) {
      for (const target of presentationLanguages(doc, visit)) {
        const deck = buildPresenterDeck(doc, visit, target);
        const publicText = JSON.stringify(PublicDeckSchema.parse({ id: 'x', target: deck.target, slides: deck.slides.map((s) => s.slide) }));
        expect(publicText).not.toContain(MARK);
        // The presenter does get them: the markers are really there to find.
        const privateText = JSON.stringify(deck.slides.map((s) => [s.notes, s.internal]));
        expect(privateText).toContain(MARK);
      }
    }
  });

  it('a public slide that carries anything more does not parse', () => {
    const deck = buildPresenterDeck(sampleWorkspace(), ENVOYS, 'en');
    const slide = deck.slides[1]!.slide;
    expect(PublicSlideSchema.safeParse(slide).success).toBe(true);
    expect(PublicSlideSchema.safeParse({ ...slide, notes: 'x' }).success).toBe(false);
    expect(PublicSlideSchema.safeParse({ ...slide, body: { ...slide.body, internal: ['x'] } }).success).toBe(false);
  });
});
