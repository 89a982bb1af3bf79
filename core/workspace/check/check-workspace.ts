// Runs anywhere (core): `briefing check`: per target language, what is missing or wrong
// before a pack is printed: translations missing (or still drafts), figures of the
// source absent from a translation, glossary terms not in their approved form,
// forbidden variants used.
import { formatIssuePath } from '../../model/issue-path';
import type { LocalizedText } from '../../model/localized-text';
import { TRANSLATION_STATUSES, type TranslationStatus } from '../../model/segment';
import { librarySegments } from '../../model/walk-segments';
import type { Workspace } from '../../model/workspace';
import { containsTerm, forbiddenVariantsIn, termsInSource } from './glossary-match';
import { sourceNumbers } from './source-numbers';
import { missingNumbers, targetNumbers } from './target-numbers';

export type CheckIssueKind = 'schema' | 'missing-translation' | 'draft-translation' | 'number-missing' | 'glossary-term-absent' | 'forbidden-variant';
export type Severity = 'error' | 'warning';

const SEVERITY: Record<CheckIssueKind, Severity> = {
  schema: 'error',
  'missing-translation': 'error',
  'number-missing': 'error',
  'forbidden-variant': 'error',
  // Official terms must be used as approved; the matcher forgives inflection, not paraphrase.
  'glossary-term-absent': 'error',
  // A draft may be deliberate (a pack printed for internal review).
  'draft-translation': 'warning',
};

export interface CheckIssue {
  severity: Severity;
  kind: CheckIssueKind;
  language?: string;
  /** JSON path of the text in the workspace file, e.g. `$.library.sections[0].blocks[2].text`. */
  path: string;
  /** Where a person finds it: "Library › 概况 › paragraph blk-overview-intro". */
  where: string;
  segmentId?: string;
  message: string;
}

export interface LanguageSummary {
  language: string;
  texts: number;
  missing: number;
  drafts: number;
  numbers: number;
  glossary: number;
  forbidden: number;
  /** Segments only (labels have no status). */
  statuses: Record<TranslationStatus, number>;
}

export interface CheckReport {
  ok: boolean;
  errors: number;
  warnings: number;
  languages: string[];
  summaries: LanguageSummary[];
  issues: CheckIssue[];
}

interface TextUnit {
  path: PropertyKey[];
  where: string;
  segmentId?: string;
  source: string;
  translations: Record<string, { text: string; status?: TranslationStatus }>;
  /** Languages in which an absent translation is an error. */
  required: readonly string[];
  isGlossaryTerm?: boolean;
}

function labelTranslations(text: LocalizedText, source: string): TextUnit['translations'] {
  return Object.fromEntries(Object.entries(text).filter(([code]) => code !== source).map(([code, value]) => [code, { text: value }]));
}

function unitsOf(doc: Workspace, targets: readonly string[]): TextUnit[] {
  const source = doc.languages.source.code;
  const units: TextUnit[] = [];
  const sectionTitle = new Map(doc.library.sections.map((s) => [s.id, s.title.source.text || s.id]));
  for (const place of librarySegments(doc)) {
    const what = place.role === 'section-title' ? 'title' : `${place.role} in ${place.blockId}`;
    units.push({
      path: place.path,
      where: `Library › ${sectionTitle.get(place.sectionId!)} › ${what}${place.visibility === 'internal' ? ' (internal)' : ''}`,
      segmentId: place.segment.id,
      source: place.segment.source.text,
      translations: place.segment.translations,
      required: targets,
    });
  }
  doc.glossary.terms.forEach((term, t) => {
    units.push({ path: ['glossary', 'terms', t, 'term'], where: `Glossary › ${term.term[source]}`, source: term.term[source] ?? '', translations: labelTranslations(term.term, source), required: targets, isGlossaryTerm: true });
  });

  const delegationLanguages = new Map(doc.delegations.map((d) => [d.id, [...d.primaryLanguages, ...d.secondaryLanguages].filter((l) => targets.includes(l))]));
  const venueLanguages = new Map<string, Set<string>>();
  doc.delegations.forEach((delegation, d) => {
    const languages = delegationLanguages.get(delegation.id)!;
    const name = delegation.name[source] ?? delegation.id;
    units.push({ path: ['delegations', d, 'name'], where: `Delegation ${name} › name`, source: delegation.name[source] ?? '', translations: labelTranslations(delegation.name, source), required: languages });
    delegation.notes.forEach((note, n) => {
      units.push({
        path: ['delegations', d, 'notes', n, 'text'],
        where: `Delegation ${name} › ${note.visibility} note ${n + 1}`,
        segmentId: note.text.id,
        source: note.text.source.text,
        translations: note.text.translations,
        required: note.visibility === 'public' ? languages : [],
      });
    });
  });
  doc.visits.forEach((visit, v) => {
    const languages = delegationLanguages.get(visit.delegationId) ?? [];
    const name = visit.title[source] ?? visit.id;
    units.push({ path: ['visits', v, 'title'], where: `Visit ${name} › title`, source: visit.title[source] ?? '', translations: labelTranslations(visit.title, source), required: languages });
    visit.stops.forEach((stop, s) => {
      const at = `Visit ${name} › ${stop.date} ${stop.start}`;
      const venue = venueLanguages.get(stop.venueId) ?? new Set<string>();
      languages.forEach((l) => venue.add(l));
      venueLanguages.set(stop.venueId, venue);
      units.push({ path: ['visits', v, 'stops', s, 'activity'], where: `${at} › activity`, segmentId: stop.activity.id, source: stop.activity.source.text, translations: stop.activity.translations, required: languages });
      stop.notes.forEach((note, n) => {
        units.push({
          path: ['visits', v, 'stops', s, 'notes', n, 'text'],
          where: `${at} › ${note.visibility} note`,
          segmentId: note.text.id,
          source: note.text.source.text,
          translations: note.text.translations,
          required: note.visibility === 'public' ? languages : [],
        });
      });
    });
  });
  doc.venues.forEach((venue, v) => {
    units.push({ path: ['venues', v, 'name'], where: `Venue ${venue.name[source] ?? venue.id} › name`, source: venue.name[source] ?? '', translations: labelTranslations(venue.name, source), required: [...(venueLanguages.get(venue.id) ?? [])] });
  });
  return units;
}

export function checkWorkspace(doc: Workspace, options: { languages?: readonly string[] } = {}): CheckReport {
  const source = doc.languages.source.code;
  const all = doc.languages.targets.map((l) => l.code);
  const targets = options.languages ? all.filter((code) => options.languages!.includes(code)) : all;
  const issues: CheckIssue[] = [];
  const summaries = new Map<string, LanguageSummary>(
    targets.map((language) => [language, { language, texts: 0, missing: 0, drafts: 0, numbers: 0, glossary: 0, forbidden: 0, statuses: Object.fromEntries(TRANSLATION_STATUSES.map((s) => [s, 0])) as Record<TranslationStatus, number> }]),
  );
  const terms = doc.glossary.terms.map((term) => ({ term, source: term.term[source] ?? '' }));
  const report = (unit: TextUnit, kind: CheckIssueKind, language: string, message: string) => {
    issues.push({ severity: SEVERITY[kind], kind, language, path: formatIssuePath(unit.path), where: unit.where, ...(unit.segmentId ? { segmentId: unit.segmentId } : {}), message });
  };

  for (const unit of unitsOf(doc, targets)) {
    const numbers = sourceNumbers(unit.source);
    const used = unit.isGlossaryTerm ? [] : termsInSource(unit.source, terms);
    for (const language of targets) {
      const summary = summaries.get(language)!;
      const translation = unit.translations[language];
      const text = translation?.text.trim() ? translation.text : '';
      const required = unit.required.includes(language);
      if (unit.segmentId && (required || text)) summary.statuses[text ? (translation?.status ?? 'translated') : 'missing']++;
      if (!required && !text) continue;
      summary.texts++;
      if (!text) {
        summary.missing++;
        report(unit, 'missing-translation', language, `has no ${language} translation`);
        continue;
      }
      if (required && translation?.status === 'draft') {
        summary.drafts++;
        report(unit, 'draft-translation', language, `the ${language} translation is still a draft`);
      }
      for (const number of missingNumbers(numbers, targetNumbers(text, language))) {
        summary.numbers++;
        report(unit, 'number-missing', language, `the source says ${number.text}${String(number.value) !== number.text ? ` (${number.value})` : ''}, which the ${language} translation does not`);
      }
      for (const { term } of used) {
        const approved = term.term[language];
        if (approved && !containsTerm(text, approved, language)) {
          summary.glossary++;
          report(unit, 'glossary-term-absent', language, `uses the glossary term ${term.term[source]}, but the ${language} translation does not have its approved form "${approved}"`);
        }
      }
      if (!unit.isGlossaryTerm) {
        for (const { term } of terms) {
          const forbidden = term.forbidden[language];
          if (!forbidden?.length) continue;
          for (const variant of forbiddenVariantsIn(text, forbidden, term.term[language], language)) {
            summary.forbidden++;
            report(unit, 'forbidden-variant', language, `the ${language} translation uses "${variant}", a variant the glossary forbids for ${term.term[source]} (use "${term.term[language] ?? '?'}")`);
          }
        }
      }
    }
  }
  issues.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const errors = issues.filter((i) => i.severity === 'error').length;
  return { ok: errors === 0, errors, warnings: issues.length - errors, languages: targets, summaries: [...summaries.values()], issues };
}

/** The report for a file that could not be read as a workspace at all. */
export function failedReadReport(issues: readonly { path: string; message: string }[], message: string): CheckReport {
  const list: CheckIssue[] = (issues.length ? issues : [{ path: '$', message }]).map((issue) => ({ severity: 'error', kind: 'schema', path: issue.path, where: 'workspace file', message: issue.message }));
  return { ok: false, errors: list.length, warnings: 0, languages: [], summaries: [], issues: list };
}
