// Runs anywhere (core): a visit's programme: its stops grouped by day, as tables. Delegates
// see times, venues, activities and the public notes; staff also see hosts, speakers, the
// interpreter and the internal notes. Internal notes are read only by `staffProgramme`.
import type { Stop } from '../model/visits';
import type { Venue } from '../model/venues';
import type { Block, RichText, Span } from '../typeset/document-schema';
import type { PackContext } from './pack-context';
import { labelText, pairedHeading, pairedText } from './language-layout';
import { languageName, packLabels, type PackLabels } from './pack-labels';
import { formatLongDate, formatTimeRange } from './pack-format';
import { SOURCE_LANGUAGE, type SegmentPlace } from './pack-texts';
import { joinText, toSpans } from './rich-text';

export interface ProgrammeDay {
  date: string;
  /** 1 for the visit's first day. */
  day: number;
  stops: { stop: Stop; index: number }[];
}

/** The stops by day, each day's in order of time. */
export function programmeDays(ctx: PackContext): ProgrammeDay[] {
  const start = Date.parse(`${ctx.visit.startDate}T00:00:00Z`);
  const byDate = new Map<string, ProgrammeDay>();
  ctx.visit.stops.forEach((stop, index) => {
    let day = byDate.get(stop.date);
    if (!day) {
      day = { date: stop.date, day: Math.round((Date.parse(`${stop.date}T00:00:00Z`) - start) / 86_400_000) + 1, stops: [] };
      byDate.set(stop.date, day);
    }
    day.stops.push({ stop, index });
  });
  const days = [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
  for (const day of days) day.stops.sort((a, b) => a.stop.start.localeCompare(b.stop.start) || a.index - b.index);
  return days;
}

function stopPath(ctx: PackContext, index: number): PropertyKey[] {
  return ['visits', ctx.visitIndex, 'stops', index];
}

export function venueOf(ctx: PackContext, stop: Stop): Venue | undefined {
  return ctx.workspace.venues.find((v) => v.id === stop.venueId);
}

/** A venue's name in a language (English, then Chinese, when the language has none). */
export function venueName(ctx: PackContext, venue: Venue | undefined, lang: string): string {
  if (!venue) return '';
  return ctx.texts.name(venue.name, lang, `Venue “${venue.name[SOURCE_LANGUAGE] ?? venue.id}”`, lang === SOURCE_LANGUAGE ? ['en'] : ['en', SOURCE_LANGUAGE]);
}

/** "Day 1 · Thursday 16 April 2026". */
export function dayTitle(ctx: PackContext, day: ProgrammeDay, lang: string): string {
  const labels = lang === SOURCE_LANGUAGE ? ctx.zhLabels : lang === ctx.target ? ctx.labels : packLabels(lang);
  const dayLabel = labels.day(day.day);
  return `${dayLabel} · ${formatLongDate(day.date, lang)}`;
}

/** The activity in bold, then the public notes, in one language. */
function activityIn(ctx: PackContext, stop: Stop, index: number, lang: string): Span[] {
  const path = stopPath(ctx, index);
  const activity = ctx.texts.segment(stop.activity, lang, { path: [...path, 'activity'], where: `Programme ${stop.date} ${stop.start} › activity` });
  const notes = stop.notes
    .map((note, n) => ({ note, n }))
    .filter(({ note }) => note.visibility === 'public')
    .map(({ note, n }) => ctx.texts.segment(note.text, lang, { path: [...path, 'notes', n, 'text'], where: `Programme ${stop.date} ${stop.start} › note` }));
  return joinText([toSpans(activity, { bold: true, lang }), ...notes.map((note) => toSpans(note, { lang }))]);
}

/** The delegates' programme: per day a heading and a table of time, activity and venue. */
export function publicProgramme(ctx: PackContext, level: 2 | 3 = 2): Block[] {
  const out: Block[] = [];
  for (const day of programmeDays(ctx)) {
    out.push(...pairedHeading(ctx, level, (lang) => dayTitle(ctx, day, lang)));
    out.push({
      type: 'table',
      lang: ctx.target,
      widths: [1.15, 3.4, 2.4],
      header: [labelText(ctx, (l) => l.time), labelText(ctx, (l) => l.activity), labelText(ctx, (l) => l.venue)],
      rows: day.stops.map(({ stop, index }) => [
        formatTimeRange(stop.start, stop.end, ctx.target),
        pairedText(ctx, (lang) => activityIn(ctx, stop, index, lang)),
        pairedText(ctx, (lang) => venueName(ctx, venueOf(ctx, stop), lang)),
      ]),
    });
  }
  return out;
}

/** Several languages in one cell: the first as is, the others small and grey under it. */
export function multilingual(texts: readonly { lang: string; text: RichText }[]): RichText {
  return joinText(texts.map(({ lang, text }, i) => toSpans(text, { lang, muted: i > 0 })));
}

/** The itinerary sheet's table for one day, in every requested language. */
export function itineraryTable(ctx: PackContext, day: ProgrammeDay): Block {
  const languages = ctx.bilingual ? [ctx.target, SOURCE_LANGUAGE] : ctx.languages;
  const cell = (make: (lang: string) => RichText): RichText => multilingual(languages.map((lang) => ({ lang, text: make(lang) })));
  const label = (pick: (l: PackLabels) => string): RichText =>
    multilingual(languages.map((lang) => ({ lang, text: pick(lang === SOURCE_LANGUAGE ? ctx.zhLabels : lang === ctx.target ? ctx.labels : packLabels(lang)) })));
  if (ctx.layout === 'side-by-side' && ctx.bilingual) {
    // Time, then one column per language: the target's on the reading side.
    const inLang = (stop: Stop, index: number, lang: string): RichText =>
      joinText([activityIn(ctx, stop, index, lang), toSpans(venueName(ctx, venueOf(ctx, stop), lang), { lang, muted: true })]);
    return {
      type: 'table',
      lang: ctx.target,
      widths: [1.1, 3.5, 2.6],
      columnLangs: [null, null, SOURCE_LANGUAGE],
      header: [ctx.labels.time, `${ctx.labels.activity} · ${ctx.labels.venue}`, [{ text: `${ctx.zhLabels.activity} · ${ctx.zhLabels.venue}`, lang: SOURCE_LANGUAGE }]],
      rows: day.stops.map(({ stop, index }) => [
        formatTimeRange(stop.start, stop.end, ctx.target),
        inLang(stop, index, ctx.target),
        toSpans(inLang(stop, index, SOURCE_LANGUAGE), { lang: SOURCE_LANGUAGE }),
      ]),
    };
  }
  return {
    type: 'table',
    lang: ctx.target,
    widths: [1.15, 3.4, 2.4],
    header: [label((l) => l.time), label((l) => l.activity), label((l) => l.venue)],
    rows: day.stops.map(({ stop, index }) => [
      formatTimeRange(stop.start, stop.end, ctx.target),
      cell((lang) => activityIn(ctx, stop, index, lang)),
      cell((lang) => venueName(ctx, venueOf(ctx, stop), lang)),
    ]),
  };
}

/** Staff: who hosts, who speaks, who interprets, and every note, internal ones flagged. */
export function staffProgramme(ctx: PackContext): Block[] {
  const out: Block[] = [];
  const t = ctx.target;
  const labels = ctx.labels;
  for (const day of programmeDays(ctx)) {
    out.push(...pairedHeading(ctx, 2, (lang) => dayTitle(ctx, day, lang)));
    out.push({
      type: 'table',
      lang: t,
      widths: [1.3, 2.9, 2.5, 3],
      header: [labelText(ctx, (l) => l.time), labelText(ctx, (l) => l.activity), labelText(ctx, (l) => l.hostsAndSpeakers), labelText(ctx, (l) => l.notes)],
      rows: day.stops.map(({ stop, index }) => {
        const path = stopPath(ctx, index);
        const where = `Programme ${stop.date} ${stop.start}`;
        const interpreters = stop.interpreters.flatMap((assigned) => {
          const interpreter = ctx.delegation.interpreters.find((i) => i.id === assigned.interpreterId);
          return interpreter ? [{ name: interpreter.name, pair: assigned.pair.map((code) => languageName(code, t)).join('–') }] : [];
        });
        // Names are written as staff entered them (Chinese with the Latin spelling).
        const names = (list: readonly string[]) => list.map((name) => toSpans(name, { lang: SOURCE_LANGUAGE }));
        const people: Span[] = joinText([
          stop.hosts.length ? joinText([toSpans(`${labels.hosts}:`, { bold: true }), ...names(stop.hosts)], ' ') : false,
          stop.speakers.length ? joinText([toSpans(`${labels.speakers}:`, { bold: true }), ...names(stop.speakers)], ' ') : false,
          interpreters.length
            ? joinText([toSpans(`${labels.interpreter}:`, { bold: true }), ...interpreters.flatMap((i) => [...names([i.name]), `(${i.pair})`])], ' ')
            : false,
        ]);
        const notes: RichText[] = stop.notes.map((note, n) => {
          const place: SegmentPlace = { path: [...path, 'notes', n, 'text'], where: `${where} › ${note.visibility} note` };
          const text = pairedText(ctx, (lang) => ctx.texts.segment(note.text, lang, place));
          return note.visibility === 'internal' ? joinText([toSpans(`【${ctx.zhLabels.internal}】`, { bold: true, lang: SOURCE_LANGUAGE }), text], ' ') : text;
        });
        return [
          formatTimeRange(stop.start, stop.end, t),
          joinText([
            pairedText(ctx, (lang) => toSpans(ctx.texts.segment(stop.activity, lang, { path: [...path, 'activity'], where: `${where} › activity` }), { bold: true, lang })),
            pairedText(ctx, (lang) => venueName(ctx, venueOf(ctx, stop), lang)),
          ]),
          people,
          joinText(notes),
        ];
      }),
    });
  }
  return out;
}
