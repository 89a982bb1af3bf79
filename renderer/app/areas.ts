// Runs in the renderer: the app's work areas, in sidebar order. Every string is an i18n key
// written out in full, so the locale test can find it by scanning the source.
export type AreaId = 'library' | 'glossary' | 'delegations' | 'visits' | 'venues' | 'packs' | 'present';

export interface AreaDefinition {
  id: AreaId;
  group: 'nav:group.content' | 'nav:group.visits' | 'nav:group.onTheDay';
  label: string;
  title: string;
  lead: string;
  emptyHeading: string;
  emptyBody: string;
  points: readonly string[];
}

export const AREAS: readonly AreaDefinition[] = [
  {
    id: 'library',
    group: 'nav:group.content',
    label: 'nav:library',
    title: 'areas:library.title',
    lead: 'areas:library.lead',
    emptyHeading: 'areas:library.empty.heading',
    emptyBody: 'areas:library.empty.body',
    points: ['areas:library.empty.points.blocks', 'areas:library.empty.points.languages', 'areas:library.empty.points.status'],
  },
  {
    id: 'glossary',
    group: 'nav:group.content',
    label: 'nav:glossary',
    title: 'areas:glossary.title',
    lead: 'areas:glossary.lead',
    emptyHeading: 'areas:glossary.empty.heading',
    emptyBody: 'areas:glossary.empty.body',
    points: ['areas:glossary.empty.points.terms', 'areas:glossary.empty.points.names', 'areas:glossary.empty.points.check'],
  },
  {
    id: 'delegations',
    group: 'nav:group.visits',
    label: 'nav:delegations',
    title: 'areas:delegations.title',
    lead: 'areas:delegations.lead',
    emptyHeading: 'areas:delegations.empty.heading',
    emptyBody: 'areas:delegations.empty.body',
    points: [
      'areas:delegations.empty.points.who',
      'areas:delegations.empty.points.languages',
      'areas:delegations.empty.points.history',
    ],
  },
  {
    id: 'visits',
    group: 'nav:group.visits',
    label: 'nav:visits',
    title: 'areas:visits.title',
    lead: 'areas:visits.lead',
    emptyHeading: 'areas:visits.empty.heading',
    emptyBody: 'areas:visits.empty.body',
    points: ['areas:visits.empty.points.stops', 'areas:visits.empty.points.speakers', 'areas:visits.empty.points.print'],
  },
  {
    id: 'venues',
    group: 'nav:group.visits',
    label: 'nav:venues',
    title: 'areas:venues.title',
    lead: 'areas:venues.lead',
    emptyHeading: 'areas:venues.empty.heading',
    emptyBody: 'areas:venues.empty.body',
    points: ['areas:venues.empty.points.places', 'areas:venues.empty.points.names', 'areas:venues.empty.points.travel'],
  },
  {
    id: 'packs',
    group: 'nav:group.visits',
    label: 'nav:packs',
    title: 'areas:packs.title',
    lead: 'areas:packs.lead',
    emptyHeading: 'areas:packs.empty.heading',
    emptyBody: 'areas:packs.empty.body',
    points: ['areas:packs.empty.points.choose', 'areas:packs.empty.points.layout', 'areas:packs.empty.points.check'],
  },
  {
    id: 'present',
    group: 'nav:group.onTheDay',
    label: 'nav:present',
    title: 'areas:present.title',
    lead: 'areas:present.lead',
    emptyHeading: 'areas:present.empty.heading',
    emptyBody: 'areas:present.empty.body',
    points: ['areas:present.empty.points.screen', 'areas:present.empty.points.keys', 'areas:present.empty.points.notes'],
  },
];

export const AREA_GROUPS = ['nav:group.content', 'nav:group.visits', 'nav:group.onTheDay'] as const;

export function isAreaId(value: string): value is AreaId {
  return AREAS.some((area) => area.id === value);
}
