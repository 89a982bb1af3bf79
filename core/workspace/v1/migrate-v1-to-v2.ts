// Runs anywhere (core): schema 1 → 2. Plain-string translations become "translated"
// (never "reviewed": version 1 had no review, so the migration does not claim one),
// the number in a key figure's text becomes data, segments get ids derived from their
// block's, and names become references.
import { assertNever } from '../../assert-never';
import type { Block, KeyFigure } from '../../model/blocks';
import { BUILT_IN_TARGET_LANGUAGES, SOURCE_LANGUAGE } from '../../model/language';
import { WORKSPACE_FORMAT } from '../../model/schema-version';
import type { Segment } from '../../model/segment';
import type { WorkspaceV2 } from '../v2/schema-v2';
import { directionOf } from '../../i18n/ui-languages';
import type { WorkspaceV1 } from './schema-v1';

export const MIGRATION_AUTHOR = 'migration';

export class MigrationError extends Error {
  constructor(
    readonly path: PropertyKey[],
    message: string,
  ) {
    super(message);
  }
}

/** "2,570" → 2570, "50,000+" → 50000 more-than, "约300" → 300 about. */
export function parseFigureText(text: string): { value: number; approx: KeyFigure['approx'] } | undefined {
  const trimmed = text.trim();
  const approx: KeyFigure['approx'] = /[+＋余多]$|^(more than|over)\s/i.test(trimmed) ? 'more-than' : /^(约|about|~|≈)/i.test(trimmed) ? 'about' : 'exact';
  const digits = trimmed.replace(/^(约|about|~|≈|more than|over)\s*/i, '').replace(/[+＋余多]$/, '').replace(/[,\s]/g, '');
  if (!/^\d+(\.\d+)?$/.test(digits)) return undefined;
  return { value: Number(digits), approx };
}

export function migrateV1ToV2(v1: WorkspaceV1): WorkspaceV2 {
  const at = v1.savedAt;
  const source = SOURCE_LANGUAGE.code;
  const targets = v1.languages.filter((code) => code !== source);
  const segment = (id: string, texts: Record<string, string>): Segment => ({
    id,
    source: { text: texts[source] ?? '', changedBy: MIGRATION_AUTHOR, changedAt: at },
    translations: Object.fromEntries(
      targets.filter((code) => texts[code] !== undefined).map((code) => {
        const text = texts[code]!.trim();
        return [code, { text, status: text ? 'translated' : 'missing', changedBy: MIGRATION_AUTHOR, changedAt: at }];
      }),
    ),
  });
  const splitNames = (names: string) => names.split(/[,，、;；]/).map((n) => n.trim()).filter(Boolean);

  const sections = v1.sections.map((section, s) => ({
    id: section.id,
    title: segment(`${section.id}-title`, section.title),
    blocks: section.blocks.map((block, b): Block => {
      const common = { id: block.id, visibility: block.internal ? ('internal' as const) : ('public' as const) };
      switch (block.kind) {
        case 'heading':
          return { ...common, kind: 'heading', level: 2, text: segment(`${block.id}-text`, block.text) };
        case 'paragraph':
          return { ...common, kind: 'paragraph', text: segment(`${block.id}-text`, block.text) };
        case 'bullets':
          return { ...common, kind: 'bullets', items: block.items.map((item, i) => segment(`${block.id}-item-${i + 1}`, item)) };
        case 'figures':
          return {
            ...common,
            kind: 'keyFigures',
            figures: block.figures.map((figure, i) => {
              const parsed = parseFigureText(figure.value);
              if (!parsed) {
                throw new MigrationError(['sections', s, 'blocks', b, 'figures', i, 'value'], `"${figure.value}" is not a number this migration can read`);
              }
              return { id: `${block.id}-figure-${i + 1}`, value: parsed.value, unit: 'count', approx: parsed.approx, label: segment(`${block.id}-figure-${i + 1}-label`, figure.label) };
            }),
          };
        default:
          return assertNever(block, 'version 1 block kind');
      }
    }),
  }));

  const delegations = v1.delegations.map((d) => ({
    id: d.id,
    name: d.name,
    country: d.country,
    kind: d.kind,
    primaryLanguages: d.languages,
    secondaryLanguages: [],
    members: d.members.map((m, i) => ({ id: `${d.id}-member-${i + 1}`, nameNative: m.name, nameLatin: m.latinName, title: m.title, protocolOrder: i + 1 })),
    interpreters: d.interpreters.map((p, i) => ({ id: `${d.id}-interpreter-${i + 1}`, name: p.name, pairs: p.pairs.map((pair) => pair.split('-') as [string, string]) })),
    notes: d.notes.map((text, i) => ({ id: `${d.id}-note-${i + 1}`, visibility: 'internal' as const, text: segment(`${d.id}-note-${i + 1}-text`, { [source]: text }) })),
  }));

  const visits = v1.visits.map((visit, v) => {
    const delegation = v1.delegations.find((d) => d.id === visit.delegationId);
    return {
      id: visit.id,
      delegationId: visit.delegationId,
      title: visit.title,
      startDate: visit.dates[0],
      endDate: visit.dates[1],
      stops: visit.stops.map((stop, s) => {
        const interpreter = stop.interpreter === null ? -1 : (delegation?.interpreters.findIndex((p) => p.name === stop.interpreter) ?? -1);
        if (stop.interpreter !== null && interpreter < 0) {
          throw new MigrationError(['visits', v, 'stops', s, 'interpreter'], `"${stop.interpreter}" is not an interpreter of delegation "${visit.delegationId}"`);
        }
        const notes = [];
        if (stop.note) notes.push({ id: `${stop.id}-note`, visibility: 'public' as const, text: segment(`${stop.id}-note-text`, stop.note) });
        if (stop.internalNote) notes.push({ id: `${stop.id}-internal-note`, visibility: 'internal' as const, text: segment(`${stop.id}-internal-note-text`, { [source]: stop.internalNote }) });
        return {
          id: stop.id,
          date: stop.date,
          start: stop.start,
          end: stop.end,
          venueId: stop.venueId,
          activity: segment(`${stop.id}-activity`, stop.activity),
          hosts: splitNames(stop.hosts),
          speakers: splitNames(stop.speakers),
          interpreterId: interpreter >= 0 ? `${visit.delegationId}-interpreter-${interpreter + 1}` : null,
          languagePair: null,
          notes,
        };
      }),
      pack: { sectionIds: visit.sections, excludedBlockIds: [] },
    };
  });

  const venueKinds = { station: 'liaison-station', point: 'collection-point', office: 'office', other: 'other' } as const;
  return {
    format: WORKSPACE_FORMAT,
    schemaVersion: 2,
    revision: 0,
    meta: { title: v1.title, createdAt: at, updatedAt: at },
    languages: {
      source: { ...SOURCE_LANGUAGE },
      targets: targets.map((code) => BUILT_IN_TARGET_LANGUAGES.find((l) => l.code === code) ?? { code, name: code, direction: directionOf(code) }),
    },
    library: { sections },
    glossary: {
      terms: v1.glossary.map((t) => ({ id: t.id, term: { [source]: t.zh, ...t.translations }, note: t.note ? { [source]: t.note } : {}, forbidden: {} })),
    },
    venues: v1.venues.map((venue) => ({ id: venue.id, name: venue.name, address: venue.address ? { [source]: venue.address } : {}, kind: venueKinds[venue.kind] })),
    travelTimes: v1.travel.map((t) => ({ from: t.a, to: t.b, minutes: t.minutes })),
    delegations,
    visits,
  };
}
