// Runs anywhere (core): the itinerary sheet: the visit's title, then one page per day with
// times, venues, activities and the public notes, in every chosen language (or the target
// beside or above its Chinese). Nothing internal is read.
import type { Block } from '../../typeset/document-schema';
import type { PackContext } from '../pack-context';
import { pairedHeading } from '../language-layout';
import { dayTitle, itineraryTable, multilingual, programmeDays } from '../programme-blocks';
import { SOURCE_LANGUAGE } from '../pack-texts';
import { versionLine } from '../version-line';
import { delegationName, visitTitle } from '../visit-texts';
import { MARGINS, type PackTemplateSpec } from './pack-template';
import type { TemplateResult } from './template-result';

/** A line in another language sits on the document's start side (the right in Arabic). */
function sameSide(ctx: PackContext, lang: string): { align?: 'end' } {
  return ctx.isRtl(ctx.target) !== ctx.isRtl(lang) ? { align: 'end' } : {};
}

function compose(ctx: PackContext): TemplateResult {
  const languages = ctx.bilingual ? [ctx.target, SOURCE_LANGUAGE] : ctx.languages;
  const extra = ctx.bilingual ? [] : ctx.languages.slice(1);
  // A compact title (one full-width heading, the other languages small under it) leaves
  // the page to the day's programme.
  const blocks: Block[] = [
    { type: 'heading', level: 2, lang: ctx.target, text: visitTitle(ctx, ctx.target) },
    ...languages.slice(1).map((lang): Block => ({ type: 'paragraph', lang, tone: 'muted', text: visitTitle(ctx, lang), ...sameSide(ctx, lang) })),
    {
      type: 'paragraph',
      lang: ctx.target,
      // The dates are in each day's heading.
      text: multilingual(languages.map((lang) => ({ lang, text: delegationName(ctx, lang) }))),
    },
  ];
  // "Version N · date" once a version was issued (or "Draft, after version N" when changed since).
  const version = languages.flatMap((lang) => {
    const text = versionLine(ctx.visit, SOURCE_LANGUAGE, lang);
    return text ? [{ lang, text }] : [];
  });
  if (version.length) blocks.push({ type: 'paragraph', lang: ctx.target, tone: 'muted', text: multilingual(version) });
  programmeDays(ctx).forEach((day, i) => {
    if (i > 0) blocks.push({ type: 'pageBreak' });
    blocks.push(...pairedHeading(ctx, 2, (lang) => dayTitle(ctx, day, lang)));
    for (const lang of extra) blocks.push({ type: 'paragraph', lang, tone: 'muted', text: dayTitle(ctx, day, lang), ...sameSide(ctx, lang) });
    blocks.push(itineraryTable(ctx, day));
  });
  return {
    blocks,
    header: { start: ctx.labels.host, end: ctx.kind },
    sections: [],
  };
}

export const itinerarySheet: PackTemplateSpec<'itinerary'> = {
  id: 'itinerary',
  audience: 'public',
  languages: 'several',
  chineseOnly: true,
  sections: false,
  margins: MARGINS.compact,
  names: {
    zh: '日程安排',
    en: 'Programme',
    ar: 'برنامج الزيارة',
    ru: 'Программа визита',
    fr: 'Programme',
    es: 'Programa',
    pt: 'Programa',
  },
  summary: 'Itinerary sheet: one page per day, in the chosen languages',
  compose,
};
