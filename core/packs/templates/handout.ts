// Runs anywhere (core): the delegate handout: a cover, the contents, the visit's sections
// (public blocks only, key figures as cards), the programme, a glossary of the key terms
// the pack uses, and contacts with addresses. Nothing internal is read: no internal block,
// no internal note, no interpreter: it is composed from the public view of the workspace.
import type { Block, Cover, CoverLine, RichText } from '../../typeset/document-schema';
import type { GlossaryTerm } from '../../model/glossary';
import { librarySegments } from '../../model/walk-segments';
import type { PackContext } from '../pack-context';
import { labelHeading, labelText, pairedText } from '../language-layout';
import { printableBlocks, sectionBlocks } from '../library-blocks';
import { formatPrintDate } from '../pack-format';
import { SOURCE_LANGUAGE } from '../pack-texts';
import { programmeDays, publicProgramme, venueName, venueOf } from '../programme-blocks';
import { joinText, toSpans } from '../rich-text';
import { delegationName, labelsOf, visitDates, visitTitle } from '../visit-texts';
import { MARGINS, type PackTemplateSpec } from './pack-template';
import type { TemplateResult } from './template-result';

/** Chinese source text of everything the handout prints from the library and the programme. */
function printedSource(ctx: PackContext): string {
  const parts: string[] = [];
  for (const section of ctx.sections) {
    const blocks = printableBlocks(ctx, section).map(({ block }) => block);
    for (const place of librarySegments({ library: { sections: [{ ...section.section, blocks }] } })) parts.push(place.segment.source.text);
  }
  for (const stop of ctx.visit.stops) {
    parts.push(stop.activity.source.text);
    for (const note of stop.notes) parts.push(note.text.source.text);
  }
  return parts.join('\n');
}

/** The glossary terms the handout's text uses, that have a form in the target language. */
function keyTerms(ctx: PackContext): GlossaryTerm[] {
  const source = printedSource(ctx);
  const other = ctx.target === SOURCE_LANGUAGE ? 'en' : ctx.target;
  return ctx.workspace.glossary.terms.filter((term) => {
    const zh = term.term[SOURCE_LANGUAGE];
    return zh !== undefined && source.includes(zh) && term.term[other] !== undefined;
  });
}

function glossary(ctx: PackContext): Block[] {
  const terms = keyTerms(ctx);
  if (terms.length === 0) return [];
  const other = ctx.target === SOURCE_LANGUAGE ? 'en' : ctx.target;
  const rows: RichText[][] = terms.map((term) => {
    const note = term.note[other];
    return [
      joinText([toSpans(term.term[other]!, { lang: other, bold: true }), note ? toSpans(note, { lang: other, muted: true }) : false]),
      [{ text: term.term[SOURCE_LANGUAGE]!, lang: SOURCE_LANGUAGE }],
    ];
  });
  const otherLabels = labelsOf(ctx, other);
  return [
    ...labelHeading(ctx, 1, (l) => l.keyTerms),
    {
      type: 'table',
      lang: ctx.target,
      widths: [3, 1.6],
      columnLangs: [null, SOURCE_LANGUAGE],
      header: [otherLabels.term, [{ text: '中文', lang: SOURCE_LANGUAGE }]],
      rows,
    },
  ];
}

function contacts(ctx: PackContext): Block[] {
  const t = ctx.target;
  const seen = new Set<string>();
  const rows: RichText[][] = [];
  for (const day of programmeDays(ctx)) {
    for (const { stop } of day.stops) {
      const venue = venueOf(ctx, stop);
      if (!venue || seen.has(venue.id)) continue;
      seen.add(venue.id);
      const own = t !== SOURCE_LANGUAGE ? venue.address[t] : undefined;
      const zh = venue.address[SOURCE_LANGUAGE];
      rows.push([
        pairedText(ctx, (lang) => venueName(ctx, venue, lang)),
        joinText([own, zh ? toSpans(zh, { lang: SOURCE_LANGUAGE, muted: own !== undefined }) : false]),
      ]);
    }
  }
  // The workspace's host organisation, when it has one.
  const host: Block[] = ctx.labels.host
    ? [
        {
          type: 'paragraph',
          lang: t,
          text: joinText([toSpans(ctx.labels.host, { bold: true, lang: t }), ctx.bilingual ? toSpans(ctx.zhLabels.host, { lang: SOURCE_LANGUAGE, muted: true }) : false, ctx.labels.hostPlace]),
        },
      ]
    : [];
  return [
    ...labelHeading(ctx, 1, (l) => l.contacts),
    ...host,
    ...(rows.length
      ? [{ type: 'table' as const, lang: t, widths: [1, 1], header: [labelText(ctx, (l) => l.place), labelText(ctx, (l) => l.address)], rows }]
      : []),
  ];
}

function cover(ctx: PackContext): Cover {
  const t = ctx.target;
  const both = (make: (lang: string) => string): CoverLine[] =>
    ctx.bilingual ? [{ text: make(t), lang: t }, { text: make(SOURCE_LANGUAGE), lang: SOURCE_LANGUAGE }] : [{ text: make(t), lang: t }];
  const detail = (pick: (l: typeof ctx.labels) => string, value: (lang: string) => string) => ({
    label: ctx.bilingual ? `${pick(ctx.labels)} · ${pick(ctx.zhLabels)}` : pick(ctx.labels),
    value: ctx.bilingual ? joinText([toSpans(value(t), { lang: t }), toSpans(value(SOURCE_LANGUAGE), { lang: SOURCE_LANGUAGE })]) : value(t),
    lang: t,
  });
  const note: CoverLine[] = [{ text: ctx.labels.printed(formatPrintDate(ctx.now, t)), lang: t }];
  if (ctx.texts.filled.length > 0) {
    note.unshift({ text: ctx.labels.filledNotice, lang: t });
  }
  return {
    lang: t,
    band: [
      { text: ctx.labels.host, lang: t },
      ...(t !== SOURCE_LANGUAGE ? [{ text: ctx.zhLabels.host, lang: SOURCE_LANGUAGE }] : []),
    ].filter((line) => line.text !== ''),
    kicker: [{ text: ctx.bilingual ? `${ctx.kind} · ${ctx.zhKind}` : ctx.kind, lang: t }],
    title: both((lang) => visitTitle(ctx, lang)),
    subtitle: both((lang) => delegationName(ctx, lang)),
    details: [
      detail((l) => l.dates, (lang) => visitDates(ctx, lang)),
      ...(ctx.labels.host ? [detail((l) => l.hostLabel, (lang) => [labelsOf(ctx, lang).host, labelsOf(ctx, lang).hostPlace].filter(Boolean).join(', '))] : []),
    ],
    note,
  };
}

function compose(ctx: PackContext): TemplateResult {
  const blocks: Block[] = [
    ...labelHeading(ctx, 1, (l) => l.contents),
    { type: 'contents', lang: ctx.target, depth: 1 },
    { type: 'pageBreak' },
  ];
  const sections: string[] = [];
  for (const section of ctx.sections) {
    const part = sectionBlocks(ctx, section);
    if (part.length === 0) {
      ctx.texts.warn(`Section “${section.section.title.source.text}” has no public content; it is left out of the handout`);
      continue;
    }
    sections.push(section.section.id);
    blocks.push(...part);
  }
  if (ctx.visit.stops.length > 0) blocks.push({ type: 'pageBreak' }, ...labelHeading(ctx, 1, (l) => l.programme), ...publicProgramme(ctx));
  blocks.push(...glossary(ctx), ...contacts(ctx));
  return {
    blocks,
    cover: () => cover(ctx),
    header: { start: ctx.labels.host, end: ctx.kind },
    sections,
  };
}

export const handout: PackTemplateSpec<'handout'> = {
  id: 'handout',
  audience: 'public',
  languages: 'one',
  chineseOnly: true,
  sections: true,
  margins: MARGINS.generous,
  names: {
    zh: '参访资料',
    en: 'Briefing pack',
    ar: 'ملف الزيارة',
    ru: 'Информационные материалы',
    fr: 'Dossier de visite',
    es: 'Dosier de la visita',
    pt: 'Dossiê da visita',
  },
  summary: "The delegates' pack: cover, contents, the visit's sections (public content only), key figures, programme, key terms, contacts",
  compose,
};

