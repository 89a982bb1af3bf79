// Runs anywhere (core): a visit's slides, from the same choice the pack builder makes (the
// visit's pack sections, its excluded blocks, public blocks only) plus a title slide and
// one slide per programme day. What staff arranged (order, hidden, speaker notes) is
// applied here. The result keeps the public slide and the presenter's private content
// apart: `notes` and `internal` never enter a PublicSlide.
import { assertNever } from '../assert-never';
import { hostLabels } from '../packs/pack-host';
import type { Block } from '../model/blocks';
import type { Delegation } from '../model/delegations';
import { formatKeyFigure } from '../model/key-figure-format';
import type { LocalizedText } from '../model/localized-text';
import { EMPTY_PRESENTATION, type SlideKey } from '../model/presentation';
import type { Segment } from '../model/segment';
import type { Stop, Visit } from '../model/visits';
import type { Workspace } from '../model/workspace';
import { formatDateRange, formatLongDate, formatTimeRange } from '../packs/pack-format';
import { packLabels } from '../packs/pack-labels';
import type { BiText, PublicSlide, SlideBody } from './public-slide';
import { slideLanguage } from './language-layouts';
import type { SlideLanguage } from './public-slide';

/** One slide as the presenter holds it: the public slide, and what only the presenter sees. */
export interface PresenterSlide {
  slide: PublicSlide;
  /** The staff's speaker note for this slide ('' when none). */
  notes: string;
  /** Internal content that belongs with this slide (internal blocks, internal stop notes, who hosts). */
  internal: string[];
  hidden: boolean;
}

export interface PresenterDeck {
  visitId: string;
  target: SlideLanguage;
  /** Every slide in the arranged order, hidden ones included (flagged). */
  slides: PresenterSlide[];
}

function bi(segment: Segment, target: string): BiText {
  const translation = segment.translations[target];
  return { zh: segment.source.text, t: translation && translation.status === 'reviewed' ? translation.text : null };
}

function named(text: LocalizedText, target: string): BiText {
  return { zh: text.zh ?? Object.values(text)[0] ?? '', t: text[target] ?? null };
}

function label(pick: (labels: ReturnType<typeof packLabels>) => string, target: string): BiText {
  return { zh: pick(packLabels('zh')), t: pick(packLabels(target)) };
}

function slide(key: SlideKey, title: BiText, body: SlideBody): PublicSlide {
  return { key, part: 1, parts: 1, title, body, scale: 1 };
}

function blockBody(block: Exclude<Block, { kind: 'heading' }>, target: string): SlideBody {
  switch (block.kind) {
    case 'paragraph':
      return { kind: 'text', paragraphs: [bi(block.text, target)] };
    case 'bullets':
      return { kind: 'list', items: block.items.map((item) => bi(item, target)) };
    case 'keyFigures':
      return {
        kind: 'figures',
        figures: block.figures.map((figure) => ({
          value: { zh: formatKeyFigure(figure, 'zh'), t: formatKeyFigure(figure, target) },
          label: bi(figure.label, target),
        })),
      };
    case 'table':
      return { kind: 'table', header: block.header.map((cell) => bi(cell, target)), rows: block.rows.map((row) => row.cells.map((cell) => bi(cell, target))) };
    case 'image':
      return { kind: 'image', alt: bi(block.alt, target), caption: block.caption ? bi(block.caption, target) : null };
    default: {
      return assertNever(block, 'block kind');
    }
  }
}

/** Plain Chinese text of an internal block, for the presenter's screen. */
function blockPlainText(block: Block): string {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return block.text.source.text;
    case 'bullets':
      return block.items.map((item) => `• ${item.source.text}`).join('\n');
    case 'keyFigures':
      return block.figures.map((figure) => `${formatKeyFigure(figure, 'zh')} ${figure.label.source.text}`).join('\n');
    case 'table':
      return [block.header, ...block.rows.map((row) => row.cells)].map((cells) => cells.map((cell) => cell.source.text).join(' | ')).join('\n');
    case 'image':
      return block.alt.source.text;
    default: {
      return assertNever(block, 'block kind');
    }
  }
}

interface Candidate {
  slide: PublicSlide;
  internal: string[];
}

function titleSlide(workspace: Workspace, visit: Visit, delegation: Delegation | undefined, target: string): Candidate {
  const lines: BiText[] = [];
  if (delegation) lines.push(named(delegation.name, target));
  lines.push({ zh: formatDateRange(visit.startDate, visit.endDate, 'zh'), t: formatDateRange(visit.startDate, visit.endDate, target) });
  const host = { zh: hostLabels(workspace, 'zh').host, t: hostLabels(workspace, target).host || null };
  if (host.zh || host.t) lines.push(host);
  const internal = (delegation?.notes ?? []).filter((note) => note.visibility === 'internal').map((note) => note.text.source.text);
  return { slide: slide('title', named(visit.title, target), { kind: 'title', lines }), internal };
}

function sectionSlides(workspace: Workspace, visit: Visit, target: string): Candidate[] {
  const excluded = new Set(visit.pack.excludedBlockIds);
  const out: Candidate[] = [];
  for (const id of visit.pack.sectionIds) {
    const section = workspace.library.sections.find((s) => s.id === id);
    if (!section) continue;
    // Internal blocks of the section travel with its slides, on the presenter's screen only.
    const internal = section.blocks.filter((b) => b.visibility === 'internal').map(blockPlainText);
    const shown = section.blocks.filter((b) => b.visibility === 'public' && !excluded.has(b.id));
    let title = bi(section.title, target);
    shown.forEach((block, i) => {
      if (block.kind === 'heading') {
        title = bi(block.text, target);
        // A heading with nothing after it in the section is a slide of its own.
        if (i === shown.length - 1 || shown[i + 1]!.kind === 'heading') out.push({ slide: slide(`block:${block.id}`, title, { kind: 'text', paragraphs: [] }), internal });
        return;
      }
      out.push({ slide: slide(`block:${block.id}`, title, blockBody(block, target)), internal });
    });
  }
  return out;
}

function venueName(workspace: Workspace, stop: Stop, target: string): BiText {
  const venue = workspace.venues.find((v) => v.id === stop.venueId);
  return venue ? named(venue.name, target) : { zh: '', t: '' };
}

function daySlides(workspace: Workspace, visit: Visit, delegation: Delegation | undefined, target: string): Candidate[] {
  const start = Date.parse(`${visit.startDate}T00:00:00Z`);
  const dates = [...new Set(visit.stops.map((s) => s.date))].sort();
  return dates.map((date) => {
    const stops = visit.stops.filter((s) => s.date === date).sort((a, b) => a.start.localeCompare(b.start));
    const n = Math.round((Date.parse(`${date}T00:00:00Z`) - start) / 86_400_000) + 1;
    const title: BiText = { zh: `${packLabels('zh').day(n)} · ${formatLongDate(date, 'zh')}`, t: `${packLabels(target).day(n)} · ${formatLongDate(date, target)}` };
    const rows = stops.map((stop) => {
      const notes = stop.notes.filter((note) => note.visibility === 'public').map((note) => bi(note.text, target));
      return { time: formatTimeRange(stop.start, stop.end, target), activity: bi(stop.activity, target), notes, venue: venueName(workspace, stop, target) };
    });
    const internal = stops.flatMap((stop) => {
      const interpreters = stop.interpreters.flatMap(({ interpreterId }) => delegation?.interpreters.filter((i) => i.id === interpreterId) ?? []);
      const who = [
        stop.hosts.length ? `${packLabels('zh').hosts}：${stop.hosts.join('、')}` : '',
        stop.speakers.length ? `${packLabels('zh').speakers}：${stop.speakers.join('、')}` : '',
        interpreters.length ? `${packLabels('zh').interpreter}：${interpreters.map((i) => i.name).join('、')}` : '',
      ].filter(Boolean);
      const notes = stop.notes.filter((note) => note.visibility === 'internal').map((note) => note.text.source.text);
      return who.length || notes.length ? [`${stop.start} ${[...who, ...notes].join(' · ')}`] : [];
    });
    const header = { time: label((l) => l.time, target), activity: label((l) => l.activity, target), venue: label((l) => l.venue, target) };
    return { slide: slide(`day:${date}`, title, { kind: 'programme', header, rows }), internal };
  });
}

/** The visit's slides for a target language, arranged as staff left them. */
export function buildPresenterDeck(workspace: Workspace, visitId: string, target: string): PresenterDeck {
  const visit = workspace.visits.find((v) => v.id === visitId);
  if (!visit) throw new Error(`No visit has the id "${visitId}"`);
  const delegation = workspace.delegations.find((d) => d.id === visit.delegationId);
  const presentation = visit.presentation ?? EMPTY_PRESENTATION;
  const candidates = [titleSlide(workspace, visit, delegation, target), ...sectionSlides(workspace, visit, target), ...daySlides(workspace, visit, delegation, target)];
  const byKey = new Map(candidates.map((c) => [c.slide.key, c]));
  const ordered = [
    ...presentation.order.flatMap((key) => byKey.get(key) ?? []),
    ...candidates.filter((c) => !presentation.order.includes(c.slide.key)),
  ];
  const hidden = new Set(presentation.hidden);
  return {
    visitId,
    target: slideLanguage(target),
    slides: ordered.map((c) => ({ slide: c.slide, notes: presentation.notes[c.slide.key] ?? '', internal: c.internal, hidden: hidden.has(c.slide.key) })),
  };
}

/** The languages a visit may be presented in: the delegation's, primary first. */
export function presentationLanguages(workspace: Workspace, visitId: string): string[] {
  const visit = workspace.visits.find((v) => v.id === visitId);
  const delegation = workspace.delegations.find((d) => d.id === visit?.delegationId);
  const codes = [...(delegation?.primaryLanguages ?? []), ...(delegation?.secondaryLanguages ?? [])].filter((c) => c !== 'zh');
  const unique = [...new Set(codes)];
  return unique.length ? unique : workspace.languages.targets.slice(0, 1).map((l) => l.code);
}
