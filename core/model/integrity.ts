// Runs anywhere (core): the rules a workspace keeps across its parts: ids unique
// everywhere, references that resolve, translations only into declared languages,
// the references of issued versions. The schema alone cannot see these.
import { formatIssuePath } from './issue-path';
import { allLanguageCodes } from './language';
import { forEachId, forEachSegment } from './lookups';
import type { LocalizedText } from './localized-text';
import { allSegments } from './walk-segments';
import type { WorkspaceContent } from './workspace-content';

export interface IntegrityIssue {
  path: PropertyKey[];
  message: string;
}

/** Every id in the workspace with its path, in document order. */
export function* allIds(doc: WorkspaceContent): Generator<{ id: string; path: PropertyKey[] }> {
  for (const [s, section] of doc.library.sections.entries()) {
    yield { id: section.id, path: ['library', 'sections', s, 'id'] };
    for (const [b, block] of section.blocks.entries()) {
      yield { id: block.id, path: ['library', 'sections', s, 'blocks', b, 'id'] };
      if (block.kind === 'keyFigures') for (const [f, figure] of block.figures.entries()) yield { id: figure.id, path: ['library', 'sections', s, 'blocks', b, 'figures', f, 'id'] };
      if (block.kind === 'table') for (const [r, row] of block.rows.entries()) yield { id: row.id, path: ['library', 'sections', s, 'blocks', b, 'rows', r, 'id'] };
    }
  }
  for (const [t, term] of doc.glossary.terms.entries()) yield { id: term.id, path: ['glossary', 'terms', t, 'id'] };
  for (const [v, venue] of doc.venues.entries()) yield { id: venue.id, path: ['venues', v, 'id'] };
  for (const [d, delegation] of doc.delegations.entries()) {
    yield { id: delegation.id, path: ['delegations', d, 'id'] };
    for (const [m, member] of delegation.members.entries()) yield { id: member.id, path: ['delegations', d, 'members', m, 'id'] };
    for (const [i, interpreter] of delegation.interpreters.entries()) yield { id: interpreter.id, path: ['delegations', d, 'interpreters', i, 'id'] };
    for (const [n, note] of delegation.notes.entries()) yield { id: note.id, path: ['delegations', d, 'notes', n, 'id'] };
  }
  for (const [v, visit] of doc.visits.entries()) {
    yield { id: visit.id, path: ['visits', v, 'id'] };
    for (const [s, stop] of visit.stops.entries()) {
      yield { id: stop.id, path: ['visits', v, 'stops', s, 'id'] };
      for (const [n, note] of stop.notes.entries()) yield { id: note.id, path: ['visits', v, 'stops', s, 'notes', n, 'id'] };
    }
  }
  for (const place of allSegments(doc)) yield { id: place.segment.id, path: [...place.path, 'id'] };
}

/** Ids used twice anywhere in the workspace. Walks everything: for open and tests. */
export function duplicateIdIssues(doc: WorkspaceContent): IntegrityIssue[] {
  // Fast pass first; paths are worked out only when something is wrong.
  const ids = new Set<string>();
  let count = 0;
  forEachId(doc, (id) => {
    ids.add(id);
    count++;
  });
  if (ids.size === count) return [];
  const issues: IntegrityIssue[] = [];
  const seen = new Map<string, PropertyKey[]>();
  for (const { id, path } of allIds(doc)) {
    const first = seen.get(id);
    if (first) issues.push({ path, message: `id "${id}" is already used at ${formatIssuePath(first)}` });
    else seen.set(id, path);
  }
  return issues;
}

/** Target languages that clash, and translations into languages the workspace does not have. */
export function languageIssues(doc: WorkspaceContent, options: { segments: boolean }): IntegrityIssue[] {
  const issues: IntegrityIssue[] = [];
  const source = doc.languages.source.code;
  const targets = new Set<string>();
  for (const [i, language] of doc.languages.targets.entries()) {
    if (language.code === source) issues.push({ path: ['languages', 'targets', i, 'code'], message: `"${language.code}" is the source language` });
    else if (targets.has(language.code)) issues.push({ path: ['languages', 'targets', i, 'code'], message: `language "${language.code}" is listed twice` });
    targets.add(language.code);
  }
  let stray = false;
  if (options.segments) {
    forEachSegment(doc, (segment) => {
      for (const language in segment.translations) if (!targets.has(language)) stray = true;
    });
  }
  if (stray) {
    for (const place of allSegments(doc)) {
      for (const language of Object.keys(place.segment.translations)) {
        if (!targets.has(language)) issues.push({ path: [...place.path, 'translations', language], message: `"${language}" is not a target language of this workspace` });
      }
    }
  }
  return issues;
}

/**
 * References between parts (venues, delegations, interpreters, pack contents), source
 * texts of names, issued versions. Cheap: it does not walk segments, so the
 * store runs it after every structural command.
 */
export function referenceIssues(doc: WorkspaceContent): IntegrityIssue[] {
  const issues: IntegrityIssue[] = [];
  const add = (path: PropertyKey[], message: string) => issues.push({ path, message });
  const source = doc.languages.source.code;
  const known = new Set(allLanguageCodes(doc.languages));
  const needsSource = (text: LocalizedText, path: PropertyKey[]) => {
    if (!text[source]) add(path, `has no text in the source language "${source}"`);
  };
  doc.glossary.terms.forEach((term, t) => needsSource(term.term, ['glossary', 'terms', t, 'term']));
  doc.venues.forEach((venue, v) => needsSource(venue.name, ['venues', v, 'name']));

  const venues = new Set(doc.venues.map((v) => v.id));
  const pairs = new Set<string>();
  doc.travelTimes.forEach((time, i) => {
    if (!venues.has(time.from)) add(['travelTimes', i, 'from'], `no venue has the id "${time.from}"`);
    if (!venues.has(time.to)) add(['travelTimes', i, 'to'], `no venue has the id "${time.to}"`);
    const key = [time.from, time.to].sort().join('\u0000');
    if (pairs.has(key)) add(['travelTimes', i], `the travel time between "${time.from}" and "${time.to}" is given twice`);
    pairs.add(key);
  });

  const delegations = new Map(doc.delegations.map((d) => [d.id, d]));
  doc.delegations.forEach((delegation, d) => {
    needsSource(delegation.name, ['delegations', d, 'name']);
    for (const key of ['primaryLanguages', 'secondaryLanguages'] as const) {
      delegation[key].forEach((code, i) => {
        if (!known.has(code)) add(['delegations', d, key, i], `"${code}" is not a language of this workspace`);
      });
    }
  });

  const sectionIds = new Set(doc.library.sections.map((s) => s.id));
  const blockIds = new Set(doc.library.sections.flatMap((s) => s.blocks.map((b) => b.id)));
  doc.visits.forEach((visit, v) => {
    needsSource(visit.title, ['visits', v, 'title']);
    const delegation = delegations.get(visit.delegationId);
    if (!delegation) add(['visits', v, 'delegationId'], `no delegation has the id "${visit.delegationId}"`);
    const interpreters = new Set(delegation?.interpreters.map((i) => i.id) ?? []);
    visit.stops.forEach((stop, s) => {
      const at = ['visits', v, 'stops', s];
      // A stop outside the visit's dates is an itinerary check (core/itinerary), not a refusal.
      if (!venues.has(stop.venueId)) add([...at, 'venueId'], `no venue has the id "${stop.venueId}"`);
      stop.interpreters.forEach((assigned, i) => {
        if (!interpreters.has(assigned.interpreterId)) add([...at, 'interpreters', i, 'interpreterId'], `"${assigned.interpreterId}" is not an interpreter of delegation "${visit.delegationId}"`);
      });
    });
    visit.issuedVersions.forEach((version, n) => {
      version.stops.forEach((stop, s) => {
        if (!venues.has(stop.venueId)) add(['visits', v, 'issuedVersions', n, 'stops', s, 'venueId'], `no venue has the id "${stop.venueId}"`);
      });
    });
    const chosen = new Set<string>();
    visit.pack.sectionIds.forEach((id, i) => {
      if (!sectionIds.has(id)) add(['visits', v, 'pack', 'sectionIds', i], `no library section has the id "${id}"`);
      if (chosen.has(id)) add(['visits', v, 'pack', 'sectionIds', i], `section "${id}" is chosen twice`);
      chosen.add(id);
    });
    visit.pack.excludedBlockIds.forEach((id, i) => {
      if (!blockIds.has(id)) add(['visits', v, 'pack', 'excludedBlockIds', i], `no library block has the id "${id}"`);
    });
  });
  return issues;
}

export function integrityIssues(doc: WorkspaceContent): IntegrityIssue[] {
  return [...duplicateIdIssues(doc), ...languageIssues(doc, { segments: true }), ...referenceIssues(doc)];
}
