// Runs anywhere (core): run every check of the registry over one visit or all of them.
// Checks never block anything: they report, errors first, in the order of the stops.
import type { Workspace } from '../model/workspace';
import { checkContext } from './check-context';
import { CHECK_IDS, CHECKS } from './check-registry';
import type { Finding } from './findings';

export function checkItinerary(doc: Workspace, options: { visitIds?: readonly string[] } = {}): Finding[] {
  const ctx = checkContext(doc, options.visitIds);
  const order = new Map(ctx.checked.flatMap((t) => t.stops.map(({ stop }, i) => [`${t.visit.id}\u0000${stop.id}`, i] as const)));
  const findings: Finding[] = CHECK_IDS.flatMap((id) => (CHECKS[id].find(ctx) as Finding[]).map((f) => ({ ...f, severity: CHECKS[id].severity })));
  const rank = (f: Finding) => (f.severity === 'error' ? 0 : 1);
  const visitOrder = new Map(doc.visits.map((v, i) => [v.id, i]));
  return findings.sort(
    (a, b) =>
      visitOrder.get(a.visitId)! - visitOrder.get(b.visitId)! ||
      rank(a) - rank(b) ||
      (order.get(`${a.visitId}\u0000${a.stopId}`) ?? 0) - (order.get(`${b.visitId}\u0000${b.stopId}`) ?? 0) ||
      CHECK_IDS.indexOf(a.check) - CHECK_IDS.indexOf(b.check),
  );
}

/** Findings shown on one stop: those about it and those naming it as the other party. */
export function findingsForStop(findings: readonly Finding[], visitId: string, stopId: string): Finding[] {
  return findings.filter((f) => f.involved.stops.some((s) => s.visitId === visitId && s.stopId === stopId));
}

export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}
