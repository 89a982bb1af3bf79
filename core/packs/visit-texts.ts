// Runs anywhere (core): the visit's own names in a language: its title, the delegation's
// name, its dates. These are names (no translation status): a language without its own
// form falls back to English, then Chinese, with a warning in the report.
import type { PackContext } from './pack-context';
import { formatDateRange } from './pack-format';
import { SOURCE_LANGUAGE } from './pack-texts';

const FALLBACKS = ['en', SOURCE_LANGUAGE];

export function visitTitle(ctx: PackContext, lang: string): string {
  return ctx.texts.name(ctx.visit.title, lang, `Visit “${ctx.visit.id}” title`, lang === SOURCE_LANGUAGE ? ['en'] : FALLBACKS);
}

export function delegationName(ctx: PackContext, lang: string): string {
  return ctx.texts.name(ctx.delegation.name, lang, `Delegation “${ctx.delegation.id}” name`, lang === SOURCE_LANGUAGE ? ['en'] : FALLBACKS);
}

export function visitDates(ctx: PackContext, lang: string): string {
  return formatDateRange(ctx.visit.startDate, ctx.visit.endDate, lang);
}

/** The labels of a language of this pack (Chinese's, the target's, or another's). */
export function labelsOf(ctx: PackContext, lang: string) {
  return lang === SOURCE_LANGUAGE ? ctx.zhLabels : ctx.labels;
}
