// Runs anywhere (core): interpreting at each stop: an interpreter assigned a pair they do
// not work in, and a delegation language nobody interprets at a stop.
import { ref, type CheckContext } from '../check-context';
import type { RawFinding } from '../findings';

const samePair = (a: readonly string[], b: readonly string[]) => (a[0] === b[0] && a[1] === b[1]) || (a[0] === b[1] && a[1] === b[0]);

export function interpreterPair(ctx: CheckContext): RawFinding<'interpreter-pair'>[] {
  const out: RawFinding<'interpreter-pair'>[] = [];
  for (const { visit, delegation, stops } of ctx.checked) {
    for (const { stop } of stops) {
      for (const assigned of stop.interpreters) {
        const interpreter = delegation?.interpreters.find((i) => i.id === assigned.interpreterId);
        if (!interpreter || interpreter.pairs.some((pair) => samePair(pair, assigned.pair))) continue;
        out.push({ check: 'interpreter-pair', visitId: visit.id, stopId: stop.id, interpreterId: interpreter.id, pair: assigned.pair, involved: { stops: [ref(visit, stop)], venues: [stop.venueId], people: [interpreter.name] } });
      }
    }
  }
  return out;
}

/** The languages a delegation needs interpreted: its primary languages other than the source. */
export function interpretedLanguages(ctx: CheckContext, primaryLanguages: readonly string[]): string[] {
  const source = ctx.doc.languages.source.code;
  return primaryLanguages.filter((code) => code !== source);
}

export function languageUncovered(ctx: CheckContext): RawFinding<'language-uncovered'>[] {
  const out: RawFinding<'language-uncovered'>[] = [];
  for (const { visit, delegation, stops } of ctx.checked) {
    if (!delegation) continue;
    for (const { stop } of stops) {
      const covered = new Set(stop.interpreters.flatMap((i) => i.pair));
      for (const language of interpretedLanguages(ctx, delegation.primaryLanguages)) {
        if (covered.has(language)) continue;
        out.push({ check: 'language-uncovered', visitId: visit.id, stopId: stop.id, language, involved: { stops: [ref(visit, stop)], venues: [stop.venueId], people: [] } });
      }
    }
  }
  return out;
}
