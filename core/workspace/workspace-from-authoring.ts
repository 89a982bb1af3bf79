// Runs anywhere (core): turns the sample's authoring files into a workspace: readable
// keys become ids, every text becomes a reviewed segment, names become references.
// Deterministic: the same files and timestamp give the same workspace, byte for byte.
import { assertNever } from '../assert-never';
import type { Block, KeyFigure } from '../model/blocks';
import type { Delegation } from '../model/delegations';
import { toPathIssues } from '../model/issue-path';
import { DEFAULT_TIME_ZONE } from '../model/time-zone';
import type { Note } from '../model/note';
import type { ChangeContext, Segment, Translation } from '../model/segment';
import type { Stop, Visit } from '../model/visits';
import { createEmptyWorkspace, WorkspaceSchema, type Workspace } from '../model/workspace';
import { AUTHORING_FILES, type AuthoringBlock, type AuthoringFileName, type AuthoringSet } from './sample-authoring';

export class AuthoringError extends Error {
  constructor(readonly problems: string[]) {
    super(`The authoring files have ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
}

/** Validates the five files (already JSON-parsed); problems name the file and the JSON path. */
export function parseAuthoringFiles(files: Record<AuthoringFileName, unknown>): AuthoringSet {
  const problems: string[] = [];
  const parsed: Record<string, unknown> = {};
  for (const name of Object.keys(AUTHORING_FILES) as AuthoringFileName[]) {
    const result = AUTHORING_FILES[name].safeParse(files[name]);
    if (result.success) parsed[name] = result.data;
    else for (const issue of toPathIssues(result.error.issues)) problems.push(`${name}: ${issue.path}: ${issue.message}`);
  }
  if (problems.length) throw new AuthoringError(problems);
  return {
    content: parsed['content.json'],
    glossary: parsed['glossary.json'],
    venues: parsed['venues.json'],
    delegations: parsed['delegations.json'],
    visits: parsed['visits.json'],
  } as AuthoringSet;
}

export interface SampleOptions extends ChangeContext {
  title: string;
}

export function workspaceFromAuthoring(set: AuthoringSet, options: SampleOptions): Workspace {
  const problems: string[] = [];
  const base = createEmptyWorkspace({ title: options.title, at: options.at });
  const source = base.languages.source.code;
  const targets = base.languages.targets.map((l) => l.code);

  const segment = (id: string, texts: Record<string, string>): Segment => {
    const translations: Record<string, Translation> = {};
    for (const code of targets) {
      const text = texts[code];
      if (text) translations[code] = { text, status: 'reviewed', changedBy: options.by, changedAt: options.at };
    }
    return { id, source: { text: texts[source] ?? '', changedBy: options.by, changedAt: options.at }, translations };
  };

  const block = (b: AuthoringBlock): Block => {
    const common = { id: `blk-${b.key}`, visibility: b.visibility };
    switch (b.kind) {
      case 'heading':
        return { ...common, kind: 'heading', level: b.level ?? 2, text: segment(`seg-${b.key}`, b.text) };
      case 'paragraph':
        return { ...common, kind: 'paragraph', text: segment(`seg-${b.key}`, b.text) };
      case 'bullets':
        return { ...common, kind: 'bullets', items: b.items.map((item, i) => segment(`seg-${b.key}-${i + 1}`, item)) };
      case 'keyFigures':
        return {
          ...common,
          kind: 'keyFigures',
          figures: b.figures.map((f, i): KeyFigure => ({ id: `fig-${b.key}-${i + 1}`, value: f.value, unit: f.unit, approx: f.approx ?? 'exact', label: segment(`seg-${b.key}-fig-${i + 1}`, f.label) })),
        };
      case 'table':
        return {
          ...common,
          kind: 'table',
          header: b.header.map((cell, c) => segment(`seg-${b.key}-h${c + 1}`, cell)),
          rows: b.rows.map((row, r) => ({ id: `row-${b.key}-${r + 1}`, cells: row.map((cell, c) => segment(`seg-${b.key}-r${r + 1}c${c + 1}`, cell)) })),
        };
      default:
        return assertNever(b, 'authoring block kind');
    }
  };

  const note = (id: string, visibility: Note['visibility'], texts: Record<string, string>): Note => ({ id, visibility, text: segment(`seg-${id}`, texts) });

  const venueIds = new Set(set.venues.venues.map((v) => v.key));
  const sectionKeys = new Set(set.content.sections.map((s) => s.key));

  const delegations = set.delegations.delegations.map(
    (d): Delegation => ({
      id: `del-${d.key}`,
      name: { ...d.name },
      country: d.country,
      kind: d.kind,
      primaryLanguages: d.primaryLanguages,
      secondaryLanguages: d.secondaryLanguages,
      members: d.members.map((m, i) => ({ id: `mem-${d.key}-${i + 1}`, nameNative: m.nameNative, nameLatin: m.nameLatin, title: { ...m.title }, protocolOrder: m.protocolOrder })),
      interpreters: d.interpreters.map((p, i) => ({ id: `int-${d.key}-${i + 1}`, name: p.name, pairs: p.pairs })),
      notes: d.internalNotes.map((n, i) => note(`note-${d.key}-${i + 1}`, 'internal', n)),
    }),
  );

  const visits = set.visits.visits.map((v, vi): Visit => {
    const delegation = set.delegations.delegations.find((d) => d.key === v.delegation);
    if (!delegation) problems.push(`visits.json: $.visits[${vi}].delegation: no delegation has the key "${v.delegation}"`);
    const stops = v.stops.map((s, si): Stop => {
      const at = `visits.json: $.visits[${vi}].stops[${si}]`;
      if (!venueIds.has(s.venue)) problems.push(`${at}.venue: no venue has the key "${s.venue}"`);
      const interpreters = s.interpreters.flatMap((assigned, ii) => {
        const index = delegation?.interpreters.findIndex((p) => p.name === assigned.name) ?? -1;
        if (index < 0) problems.push(`${at}.interpreters[${ii}].name: "${assigned.name}" is not an interpreter of delegation "${v.delegation}"`);
        return index < 0 ? [] : [{ interpreterId: `int-${v.delegation}-${index + 1}`, pair: assigned.pair }];
      });
      const id = `stop-${v.key}-${si + 1}`;
      const notes: Note[] = [];
      if (s.publicNote) notes.push(note(`note-${id}-public`, 'public', s.publicNote));
      if (s.internalNote) notes.push(note(`note-${id}-internal`, 'internal', s.internalNote));
      return {
        id,
        date: s.date,
        start: s.start,
        end: s.end,
        venueId: `ven-${s.venue}`,
        activity: segment(`seg-${id}`, s.activity),
        hosts: s.hosts,
        speakers: s.speakers,
        interpreters,
        notes,
      };
    });
    v.packSections.forEach((key, i) => {
      if (!sectionKeys.has(key)) problems.push(`visits.json: $.visits[${vi}].packSections[${i}]: no section has the key "${key}"`);
    });
    return {
      id: `vis-${v.key}`,
      delegationId: `del-${v.delegation}`,
      title: { ...v.title },
      startDate: v.startDate,
      endDate: v.endDate,
      timeZone: v.timeZone ?? DEFAULT_TIME_ZONE,
      ...(v.bufferMinutes !== undefined ? { bufferMinutes: v.bufferMinutes } : {}),
      stops,
      pack: { sectionIds: v.packSections.map((key) => `sec-${key}`), excludedBlockIds: [] },
      issuedVersions: [],
    };
  });

  set.venues.travelMinutes.forEach((t, i) => {
    for (const end of ['from', 'to'] as const) if (!venueIds.has(t[end])) problems.push(`venues.json: $.travelMinutes[${i}].${end}: no venue has the key "${t[end]}"`);
  });

  const doc: Workspace = {
    ...base,
    library: {
      sections: set.content.sections.map((s) => ({ id: `sec-${s.key}`, title: segment(`seg-sec-${s.key}-title`, s.title), blocks: s.blocks.map(block) })),
    },
    glossary: {
      terms: set.glossary.terms.map((t) => ({ id: `term-${t.key}`, term: { ...t.term }, note: { ...t.note }, forbidden: { ...t.forbidden } })),
    },
    venues: set.venues.venues.map((v) => ({
      id: `ven-${v.key}`,
      name: { ...v.name },
      address: { ...v.address },
      kind: v.kind,
      ...(v.openingHours ? { openingHours: v.openingHours } : {}),
      ...(v.capacity !== undefined ? { capacity: v.capacity } : {}),
    })),
    travelTimes: set.venues.travelMinutes.map((t) => ({ from: `ven-${t.from}`, to: `ven-${t.to}`, minutes: t.minutes })),
    delegations,
    visits,
    ...(set.content.host ? { host: { names: { ...set.content.host.names }, address: { ...set.content.host.address } } } : {}),
  };
  if (problems.length) throw new AuthoringError(problems);
  const valid = WorkspaceSchema.safeParse(doc);
  if (!valid.success) throw new AuthoringError(toPathIssues(valid.error.issues).map((i) => `generated workspace: ${i.path}: ${i.message}`));
  return valid.data;
}
