// Runs anywhere (core): the interpreter sheet for the visit's language pair (Chinese and the
// target): the glossary in two columns with the variants to avoid, the key figures as they
// are written and as they are said in each language (5万 is "50 thousand"), and the names
// of the delegation in their own script with their Latin spelling.
import { membersInProtocolOrder } from '../../model/delegations';
import type { KeyFigure } from '../../model/blocks';
import type { Block, RichText } from '../../typeset/document-schema';
import type { PackContext } from '../pack-context';
import { labelHeading, pairedHeading, pairedText } from '../language-layout';
import { printableBlocks } from '../library-blocks';
import { languageName } from '../pack-labels';
import { formatFigure, formatFigureSaid } from '../pack-format';
import { SOURCE_LANGUAGE } from '../pack-texts';
import { joinText, toSpans } from '../rich-text';
import { delegationName, visitDates, visitTitle } from '../visit-texts';
import { MARGINS, type PackTemplateSpec } from './pack-template';
import type { TemplateResult } from './template-result';

const zh = (text: string): RichText => [{ text, lang: SOURCE_LANGUAGE }];

function glossary(ctx: PackContext): Block[] {
  const t = ctx.target;
  const rows: RichText[][] = [];
  for (const term of ctx.workspace.glossary.terms) {
    const own = term.term[t];
    const source = term.term[SOURCE_LANGUAGE];
    if (!own || !source) {
      if (source) ctx.texts.warn(`Glossary term “${source}” has no ${t} form; left out of the interpreter sheet`);
      continue;
    }
    const avoid = term.forbidden[t] ?? [];
    const note = term.note[t];
    rows.push([
      joinText([
        toSpans(own, { lang: t, bold: true }),
        avoid.length ? toSpans(`${ctx.labels.avoid}: ${avoid.join('; ')}`, { lang: t, muted: true }) : false,
        note ? toSpans(note, { lang: t, muted: true }) : false,
      ]),
      joinText([toSpans(source, { lang: SOURCE_LANGUAGE, bold: true }), term.note[SOURCE_LANGUAGE] ? toSpans(term.note[SOURCE_LANGUAGE]!, { lang: SOURCE_LANGUAGE, muted: true }) : false]),
    ]);
  }
  if (rows.length === 0) return [];
  return [
    ...labelHeading(ctx, 1, (l) => l.glossary),
    { type: 'table', lang: t, widths: [1, 1], columnLangs: [null, SOURCE_LANGUAGE], header: [languageName(t, t), zh(languageName(SOURCE_LANGUAGE, SOURCE_LANGUAGE))], rows },
  ];
}

/** The figure as written, and under it as said when that differs (5万 for 50,000). */
function writtenAndSaid(figure: KeyFigure, lang: string): RichText {
  const written = formatFigure(figure, lang);
  const said = formatFigureSaid(figure, lang);
  return joinText([toSpans(written, { bold: true, lang }), said !== written ? toSpans(said, { lang, muted: true }) : false]);
}

function keyFigures(ctx: PackContext): Block[] {
  const t = ctx.target;
  const rows: RichText[][] = [];
  for (const section of ctx.sections) {
    // The figures delegates are told: public blocks only.
    for (const { block, index } of printableBlocks(ctx, section)) {
      if (block.kind !== 'keyFigures' || block.visibility !== 'public') continue;
      block.figures.forEach((figure: KeyFigure, i) => {
        const place = { path: ['library', 'sections', section.index, 'blocks', index, 'figures', i, 'label'], where: `Section “${section.section.title.source.text}” › key figure` };
        rows.push([
          joinText([toSpans(ctx.texts.segment(figure.label, t, place), { lang: t }), toSpans(figure.label.source.text, { lang: SOURCE_LANGUAGE, muted: true })]),
          writtenAndSaid(figure, t),
          writtenAndSaid(figure, SOURCE_LANGUAGE),
        ]);
      });
    }
  }
  if (rows.length === 0) return [];
  return [
    ...labelHeading(ctx, 1, (l) => l.keyFigures),
    {
      type: 'paragraph',
      lang: t,
      tone: 'muted',
      text: `${ctx.labels.written} / ${ctx.labels.said} · ${ctx.zhLabels.written} / ${ctx.zhLabels.said}`,
    },
    {
      type: 'table',
      lang: t,
      widths: [3.2, 1.5, 1.3],
      columnLangs: [null, null, SOURCE_LANGUAGE],
      header: [ctx.labels.figure, languageName(t, t), zh(languageName(SOURCE_LANGUAGE, SOURCE_LANGUAGE))],
      rows,
    },
  ];
}

function names(ctx: PackContext): Block[] {
  const t = ctx.target;
  const title = (member: { nameLatin: string; title: Record<string, string> }, lang: string) =>
    ctx.texts.name(member.title, lang, `The title of ${member.nameLatin}`, lang === SOURCE_LANGUAGE ? ['en'] : ['en', SOURCE_LANGUAGE]);
  const people = new Set<string>();
  for (const stop of ctx.visit.stops) for (const person of [...stop.hosts, ...stop.speakers]) people.add(person);
  const blocks: Block[] = [
    ...labelHeading(ctx, 1, (l) => l.names),
    {
      type: 'table',
      lang: t,
      widths: [2.2, 2.2, 3.6],
      header: [ctx.labels.name, ctx.labels.nameLatin, ctx.labels.title],
      rows: membersInProtocolOrder(ctx.delegation).map((member) => [
        toSpans(member.nameNative, { bold: true }),
        member.nameLatin,
        joinText([toSpans(title(member, t), { lang: t }), toSpans(title(member, SOURCE_LANGUAGE), { lang: SOURCE_LANGUAGE, muted: true })]),
      ]),
    },
  ];
  // As staff wrote them: Chinese names with their Latin spelling, so a Chinese list.
  if (people.size > 0) blocks.push(...labelHeading(ctx, 2, (l) => l.hostsAndSpeakers), { type: 'list', lang: SOURCE_LANGUAGE, items: [...people] });
  return blocks;
}

function compose(ctx: PackContext): TemplateResult {
  const t = ctx.target;
  const pair = `${languageName(SOURCE_LANGUAGE, t)}–${languageName(t, t)}`;
  const blocks: Block[] = [
    ...pairedHeading(ctx, 1, (lang) => visitTitle(ctx, lang)),
    {
      type: 'paragraph',
      lang: t,
      text: joinText([
        toSpans(`${ctx.kind} · ${pair}`, { bold: true }),
        pairedText(ctx, (lang) => `${delegationName(ctx, lang)} · ${visitDates(ctx, lang)}`),
      ]),
    },
    ...glossary(ctx),
    ...keyFigures(ctx),
    ...names(ctx),
  ];
  return {
    blocks,
    header: { start: ctx.labels.host, end: `${ctx.kind} · ${pair}` },
    sections: ctx.sections.map((s) => s.section.id),
  };
}

export const interpreterSheet: PackTemplateSpec<'interpreter'> = {
  id: 'interpreter',
  audience: 'staff',
  languages: 'one',
  chineseOnly: false,
  sections: true,
  margins: MARGINS.working,
  names: {
    zh: '译员参考单',
    en: 'Interpreter sheet',
    ar: 'ورقة المترجم',
    ru: 'Справка для переводчика',
    fr: 'Fiche de l’interprète',
    es: 'Ficha del intérprete',
    pt: 'Ficha do intérprete',
  },
  summary: 'Interpreter sheet: bilingual glossary, key figures as written and as said, names with their Latin spelling',
  compose,
};
