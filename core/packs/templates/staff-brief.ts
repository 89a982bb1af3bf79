// Runs anywhere (core): the staff brief, for the host's own people: the delegation's members
// in protocol order with names in their own script, the interpreters and their language
// pairs, the programme with hosts, interpreters and internal notes, the notes on the
// delegation, then the talking points and every internal block of the library. Every page
// is marked 内部资料 in its header, in Chinese whatever the pack's language.
import { membersInProtocolOrder } from '../../model/delegations';
import type { Block, RichText } from '../../typeset/document-schema';
import type { PackContext } from '../pack-context';
import { labelHeading, labelText, pairedHeading, pairedText, paired } from '../language-layout';
import { libraryBlock, printableBlocks, sectionPlace } from '../library-blocks';
import { languageName } from '../pack-labels';
import { formatInteger, formatPrintDate, formatTimeRange } from '../pack-format';
import { SOURCE_LANGUAGE } from '../pack-texts';
import { programmeDays, staffProgramme } from '../programme-blocks';
import { joinText, toSpans } from '../rich-text';
import { delegationName, visitDates, visitTitle } from '../visit-texts';
import { MARGINS, type PackTemplateSpec } from './pack-template';
import type { TemplateResult } from './template-result';

/** The mark on every page of the staff brief. */
export const INTERNAL_MARK = '内部资料 · 注意保管';

function members(ctx: PackContext): Block[] {
  const t = ctx.target;
  const title = (member: { nameLatin: string; title: Record<string, string> }, lang: string) =>
    ctx.texts.name(member.title, lang, `The title of ${member.nameLatin}`, lang === SOURCE_LANGUAGE ? ['en'] : ['en', SOURCE_LANGUAGE]);
  return [
    ...labelHeading(ctx, 1, (l) => l.members),
    {
      type: 'table',
      lang: t,
      widths: [0.6, 2.2, 2.2, 4],
      header: [labelText(ctx, (l) => l.order), labelText(ctx, (l) => l.name), labelText(ctx, (l) => l.nameLatin), labelText(ctx, (l) => l.title)],
      rows: membersInProtocolOrder(ctx.delegation).map((member) => [
        formatInteger(member.protocolOrder, t),
        toSpans(member.nameNative, { bold: true }),
        member.nameLatin,
        pairedText(ctx, (lang) => title(member, lang)),
      ]),
    },
  ];
}

function interpreters(ctx: PackContext): Block[] {
  if (ctx.delegation.interpreters.length === 0) return [];
  const t = ctx.target;
  const days = programmeDays(ctx);
  return [
    ...labelHeading(ctx, 1, (l) => l.interpreters),
    {
      type: 'table',
      lang: t,
      widths: [2, 2.2, 3],
      header: [labelText(ctx, (l) => l.name), labelText(ctx, (l) => l.languagePairs), labelText(ctx, (l) => l.assignedStops)],
      rows: ctx.delegation.interpreters.map((interpreter) => {
        const stops = days.flatMap((day) =>
          day.stops
            .filter(({ stop }) => stop.interpreters.some((assigned) => assigned.interpreterId === interpreter.id))
            .map(({ stop }) => `${ctx.labels.day(day.day)} ${formatTimeRange(stop.start, stop.end, t)}`),
        );
        return [
          toSpans(interpreter.name, { bold: true }),
          joinText(interpreter.pairs.map((pair) => pair.map((code) => languageName(code, t)).join('–'))),
          joinText(stops),
        ];
      }),
    },
  ];
}

function delegationNotes(ctx: PackContext): Block[] {
  const notes = ctx.delegation.notes;
  if (notes.length === 0) return [];
  const items: RichText[] = notes.map((note, n) => {
    const place = { path: ['delegations', ctx.delegationIndex, 'notes', n, 'text'], where: `Delegation “${ctx.delegation.id}” › ${note.visibility} note` };
    return pairedText(ctx, (lang) => ctx.texts.segment(note.text, lang, place));
  });
  return [...labelHeading(ctx, 1, (l) => l.delegationNotes), { type: 'list', lang: ctx.target, items }];
}

/** Every internal block of the library, under its section's title. */
function internalMaterial(ctx: PackContext, printed: string[]): Block[] {
  const out: Block[] = [];
  ctx.workspace.library.sections.forEach((section, index) => {
    const packSection = { section, index };
    const internal = printableBlocks(ctx, packSection).filter(({ block }) => block.visibility === 'internal');
    if (internal.length === 0) return;
    printed.push(section.id);
    out.push(...pairedHeading(ctx, 2, (lang) => ctx.texts.segment(section.title, lang, sectionPlace(packSection))));
    for (const { block, index: b } of internal) out.push(...libraryBlock(ctx, packSection, block, b));
  });
  return out.length ? [...labelHeading(ctx, 1, (l) => l.internalMaterial), ...out] : [];
}

function handoutSections(ctx: PackContext): Block[] {
  const items = ctx.sections
    .filter((section) => section.section.blocks.some((b) => b.visibility === 'public' && !ctx.excludedBlockIds.has(b.id)))
    .map((section) => pairedText(ctx, (lang) => ctx.texts.segment(section.section.title, lang, sectionPlace(section))));
  return items.length ? [...labelHeading(ctx, 1, (l) => l.handoutSections), { type: 'list', lang: ctx.target, ordered: true, items }] : [];
}

function compose(ctx: PackContext): TemplateResult {
  const t = ctx.target;
  const printed: string[] = [];
  const languages = [...ctx.delegation.primaryLanguages, ...ctx.delegation.secondaryLanguages].map((code) => languageName(code, t));
  const blocks: Block[] = [
    ...pairedHeading(ctx, 1, (lang) => visitTitle(ctx, lang)),
    ...paired(ctx, (lang) => [
      {
        type: 'paragraph',
        lang,
        text: joinText([
          toSpans(lang === SOURCE_LANGUAGE ? ctx.zhKind : ctx.kind, { bold: true }),
          `${delegationName(ctx, lang)} · ${visitDates(ctx, lang)}`,
        ]),
      },
    ]),
    {
      type: 'paragraph',
      lang: t,
      text: joinText([`${ctx.labels.languages}: ${languages.join(', ')}`, ctx.labels.printed(formatPrintDate(ctx.now, t))]),
    },
    ...members(ctx),
    ...interpreters(ctx),
    ...labelHeading(ctx, 1, (l) => l.programme),
    ...staffProgramme(ctx),
    ...delegationNotes(ctx),
    ...internalMaterial(ctx, printed),
    ...handoutSections(ctx),
  ];
  return {
    blocks,
    header: { start: [{ text: INTERNAL_MARK, lang: SOURCE_LANGUAGE, bold: true }], end: visitTitle(ctx, t) },
    sections: printed,
  };
}

export const staffBrief: PackTemplateSpec<'staff'> = {
  id: 'staff',
  audience: 'staff',
  languages: 'one',
  chineseOnly: true,
  sections: true,
  margins: MARGINS.working,
  names: {
    zh: '接待工作手册',
    en: 'Staff brief',
    ar: 'مذكرة فريق العمل',
    ru: 'Памятка для сотрудников',
    fr: 'Note interne',
    es: 'Nota interna',
    pt: 'Nota interna',
  },
  summary: 'Staff brief (internal): members, interpreters, programme with hosts and internal notes, talking points; every page marked 内部资料',
  compose,
};
