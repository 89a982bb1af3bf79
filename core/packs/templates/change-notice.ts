// Runs anywhere (core): the change notice: one page telling a delegation what the last
// issued version of its programme changed against the one before: stops added, cancelled,
// moved in time or to another venue, each with what it was before, in the delegation's
// language (beside or above the Chinese). Composed from the public view like every public
// template, so interpreters and internal notes are not even there to leak.
import type { Block, RichText } from '../../typeset/document-schema';
import { versionChanges, type ItineraryChange } from '../../itinerary/itinerary-changes';
import { itineraryLabels } from '../../itinerary/itinerary-labels';
import type { IssuedStop } from '../../model/issued-versions';
import { pickLocalized } from '../../model/localized-text';
import { assertNever } from '../../assert-never';
import type { PackContext } from '../pack-context';
import { pairedHeading, pairedText } from '../language-layout';
import { formatDate, formatTimeRange } from '../pack-format';
import { SOURCE_LANGUAGE } from '../pack-texts';
import { issuedOn } from '../version-line';
import { delegationName, visitTitle } from '../visit-texts';
import { MARGINS, type PackTemplateSpec } from './pack-template';
import type { TemplateResult } from './template-result';

const when = (stop: IssuedStop, lang: string) => `${formatDate(stop.date, lang)} ${formatTimeRange(stop.start, stop.end, lang)}`;

function venue(ctx: PackContext, id: string, lang: string): string {
  const found = ctx.workspace.venues.find((v) => v.id === id);
  return found ? pickLocalized(found.name, lang, [SOURCE_LANGUAGE]) : id;
}

/** What the stop was before, for a change that has a before. */
function previously(ctx: PackContext, change: ItineraryChange, lang: string): string {
  switch (change.kind) {
    case 'added':
    case 'cancelled':
      return '—';
    case 'moved':
      return when(change.before, lang);
    case 'venue-changed':
      return venue(ctx, change.before.venueId, lang);
    case 'interpreter-changed':
      return itineraryLabels(lang).change['interpreter-changed'];
    default:
      return assertNever(change, 'itinerary change');
  }
}

function shown(change: ItineraryChange): IssuedStop {
  return change.kind === 'cancelled' ? change.before : change.after;
}

function compose(ctx: PackContext): TemplateResult {
  const labels = (lang: string) => itineraryLabels(lang);
  const text = (make: (lang: string) => string): RichText => pairedText(ctx, make);
  const last = ctx.visit.issuedVersions.at(-1);
  const blocks: Block[] = [
    ...pairedHeading(ctx, 1, (lang) => labels(lang).changeNotice),
    { type: 'paragraph', lang: ctx.target, text: text((lang) => visitTitle(ctx, lang)) },
    { type: 'paragraph', lang: ctx.target, tone: 'muted', text: text((lang) => delegationName(ctx, lang)) },
  ];
  const changes = last ? (versionChanges(ctx.visit, last.number) ?? []) : [];
  if (last) {
    blocks.push({
      type: 'paragraph',
      lang: ctx.target,
      text: text((lang) => [last.number > 1 ? labels(lang).changesSince(last.number - 1, last.number) : '', labels(lang).version(last.number, issuedOn(ctx.visit, last, lang))].filter(Boolean).join(' · ')),
    });
  }
  if (changes.length === 0) {
    blocks.push({ type: 'paragraph', lang: ctx.target, text: text((lang) => labels(lang).noChanges) });
  } else {
    blocks.push({
      type: 'table',
      lang: ctx.target,
      widths: [1.6, 1.8, 2.6, 2.2, 1.8],
      header: [
        text((lang) => labels(lang).what),
        text((lang) => labels(lang).time),
        text((lang) => labels(lang).activity),
        text((lang) => labels(lang).venue),
        text((lang) => labels(lang).previously),
      ],
      rows: changes.map((change) => {
        const stop = shown(change);
        return [
          text((lang) => labels(lang).change[change.kind]),
          text((lang) => when(stop, lang)),
          text((lang) => pickLocalized(stop.activity, lang, [SOURCE_LANGUAGE])),
          text((lang) => venue(ctx, stop.venueId, lang)),
          text((lang) => previously(ctx, change, lang)),
        ];
      }),
    });
  }
  return { blocks, header: { start: ctx.labels.host, end: ctx.kind }, sections: [] };
}

export const changeNotice: PackTemplateSpec<'change-notice'> = {
  id: 'change-notice',
  audience: 'public',
  languages: 'one',
  chineseOnly: true,
  sections: false,
  margins: MARGINS.compact,
  names: {
    zh: '日程变更通知',
    en: 'Change notice',
    ar: 'إشعار بتغيير البرنامج',
    ru: 'Изменения программы',
    fr: 'Avis de modification',
    es: 'Aviso de cambios',
    pt: 'Aviso de alterações',
  },
  summary: 'Change notice: what the last issued version of the programme changed, one page',
  compose,
};
