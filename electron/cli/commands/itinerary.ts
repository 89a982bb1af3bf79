// Runs in Node: `briefing itinerary check|issue|changes`: a visit's itinerary checks, issue
// its draft as the next version (through the workspace store, the only writer), and the
// changes since an issued version.
import { userInfo } from 'node:os';
import { checkItinerary, countBySeverity } from '../../../core/itinerary/check-itinerary';
import { draftChanges, versionChanges } from '../../../core/itinerary/itinerary-changes';
import { stopLabel, venueName } from '../../../core/itinerary/itinerary-names';
import { WorkspaceStore } from '../../store/workspace-store';
import { CliError, type CliCommand, type CliIo } from '../cli-command';
import { readOptions, readWorkspace, requireVersion, requireVisit } from '../itinerary-arguments';
import { changeText, findingText } from '../itinerary-text';

const USAGE = `Usage: briefing itinerary check <workspace.json> [--visit <id>] [--json]
       briefing itinerary issue <workspace.json> --visit <id> [--comment <text>] [--by <name>]
       briefing itinerary changes <workspace.json> --visit <id> [--since <version> | --version <n>] [--json]

check    Runs every itinerary check (overlaps, travel and buffer, venue and person double
         bookings across visits, interpreters and their language pairs, visit dates,
         opening hours, capacity, translations) on one visit or all; each finding names
         the stops, venues and people involved. Exit status 1 when any is an error.
issue    Freezes the visit's draft as its next issued version (written through the
         workspace store, journal and backups included). Refused when nothing changed.
changes  What the draft changed since the last issued version (or --since <version>);
         --version <n> lists what version n changed against the one before.
`;

async function check(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = readOptions(args, { visit: { type: 'string' }, json: { type: 'boolean' } }, 'briefing itinerary check <workspace.json> [--visit <id>] [--json]');
  const { path, doc } = await readWorkspace(positionals, 'briefing itinerary check <workspace.json>');
  const visits = values.visit ? [requireVisit(doc, values.visit).id] : undefined;
  const findings = checkItinerary(doc, visits ? { visitIds: visits } : {});
  const { errors, warnings } = countBySeverity(findings);
  if (values.json) {
    const described = findings.map((f) => ({ ...f, message: findingText(f, doc) }));
    io.stdout(`${JSON.stringify({ file: path, errors, warnings, findings: described }, null, 2)}\n`);
  } else {
    const lines: string[] = [];
    for (const f of findings) {
      lines.push(`${f.severity.padEnd(7)}  ${f.check.padEnd(22)}  ${f.visitId} › ${stopLabel(doc, f, 'en')}`);
      lines.push(`${' '.repeat(9)}${findingText(f, doc)}`);
      const named = [
        `stops: ${f.involved.stops.map((s) => (s.visitId === f.visitId ? s.stopId : `${s.visitId}/${s.stopId}`)).join(', ')}`,
        f.involved.venues.length ? `venues: ${f.involved.venues.map((v) => `${v} (${venueName(doc, v, 'en')})`).join(', ')}` : '',
        f.involved.people.length ? `people: ${f.involved.people.join(', ')}` : '',
      ];
      lines.push(`${' '.repeat(9)}${named.filter(Boolean).join(' · ')}`);
    }
    const scope = visits ? `visit ${visits[0]}` : `${doc.visits.length} visit${doc.visits.length === 1 ? '' : 's'}`;
    lines.push(`${lines.length ? '\n' : ''}${positionals[0]} (${scope}): ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
    io.stdout(`${lines.join('\n')}\n`);
  }
  return errors > 0 ? 1 : 0;
}

async function issue(args: string[], io: CliIo): Promise<number> {
  const usage = 'briefing itinerary issue <workspace.json> --visit <id> [--comment <text>] [--by <name>]';
  const { values, positionals } = readOptions(args, { visit: { type: 'string' }, comment: { type: 'string' }, by: { type: 'string' } }, usage);
  const { path, doc } = await readWorkspace(positionals, usage);
  const visit = requireVisit(doc, values.visit);
  const by = values.by ?? (userInfo().username || 'briefing');
  const { store } = await WorkspaceStore.open(path, { author: by }).catch((error: unknown) => {
    throw new CliError(`${positionals[0]} cannot be opened for writing: ${(error as Error).message}`, 1);
  });
  try {
    const result = await store.apply({ type: 'issueVersion', visitId: visit.id, comment: values.comment ?? '' });
    if (!result.ok) throw new CliError(result.error.message, 1);
    const issued = store.doc.visits.find((v) => v.id === visit.id)!;
    const version = issued.issuedVersions.at(-1)!;
    const changes = versionChanges(issued, version.number) ?? [];
    io.stdout(`Issued version ${version.number} of ${visit.id} (${version.stops.length} stops, ${changes.length} change${changes.length === 1 ? '' : 's'} since ${version.number > 1 ? `version ${version.number - 1}` : 'the start'}) by ${version.issuedBy} at ${version.issuedAt}\n`);
  } finally {
    await store.close();
  }
  return 0;
}

async function changes(args: string[], io: CliIo): Promise<number> {
  const usage = 'briefing itinerary changes <workspace.json> --visit <id> [--since <version> | --version <n>] [--json]';
  const { values, positionals } = readOptions(args, { visit: { type: 'string' }, since: { type: 'string' }, version: { type: 'string' }, json: { type: 'boolean' } }, usage);
  const { doc } = await readWorkspace(positionals, usage);
  const visit = requireVisit(doc, values.visit);
  if (values.since !== undefined && values.version !== undefined) throw new CliError('give --since or --version, not both', 1);
  const since = requireVersion(visit, values.since, '--since');
  const version = requireVersion(visit, values.version, '--version');
  let heading: string;
  let list;
  if (version !== undefined) {
    list = versionChanges(visit, version)!;
    heading = `Version ${version} of ${visit.id} against ${version > 1 ? `version ${version - 1}` : 'nothing (the first version)'}`;
  } else {
    const draft = draftChanges(visit, doc.languages.source.code, since);
    if (!draft) throw new CliError(`visit "${visit.id}" has no issued version yet: nothing to compare the draft with`, 1);
    list = draft.changes;
    heading = `The draft of ${visit.id} against version ${draft.since.number} (${draft.since.issuedAt})`;
  }
  if (values.json) io.stdout(`${JSON.stringify({ visit: visit.id, changes: list.map((c) => ({ ...c, message: changeText(c, doc, visit) })) }, null, 2)}\n`);
  else io.stdout(`${heading}: ${list.length} change${list.length === 1 ? '' : 's'}\n${list.map((c) => `  ${changeText(c, doc, visit)}\n`).join('')}`);
  return 0;
}

const SUBCOMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = { check, issue, changes };

export const itineraryCommand: CliCommand = {
  name: 'itinerary',
  summary: 'Itinerary checks, issue a version, changes since the last one',
  usage: USAGE,
  async run(args, io) {
    const [sub, ...rest] = args;
    const run = sub ? SUBCOMMANDS[sub] : undefined;
    if (!run) throw new CliError(`${sub ? `unknown subcommand "${sub}"` : 'which subcommand?'}: check, issue or changes. Run "briefing itinerary --help".`, 1);
    return run(rest, io);
  },
};
