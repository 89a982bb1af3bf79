// Runs in Node: `briefing check <workspace.json>`: is a workspace ready to print? Schema
// errors with their JSON paths, then per target language the missing translations,
// figures absent from a translation, glossary terms not in their approved form.
import { checkWorkspace, failedReadReport, type CheckReport } from '../../../core/workspace/check/check-workspace';
import { CliError, defineCommand, listValue, type CliIo, type CommandLine } from '../cli-command';
import { readWorkspaceArgument } from '../read-workspace-argument';

const USAGE = `Usage: briefing check <workspace.json> [--json] [--lang <codes>] [--strict]

Checks a workspace before briefing packs are printed:
  - the file itself: JSON, format version, schema (each error names its JSON path);
  - for each target language: missing translations, translations still in draft,
    figures of the source text missing from the translation (2,570 · 2 570 · 2.570 ·
    ٢٬٥٧٠ · "5万" = 50,000 all count), glossary terms whose approved form is absent,
    and forbidden variants. Drafts are warnings; everything else is an error.
Changes still in the workspace's journal (<file>.journal) are included.

Options:
  --json          Print the report as JSON on stdout
  --lang <codes>  Check only these target languages, comma-separated: --lang ar,ru
  --strict        Count warnings (translations still in draft) as errors

Exit status: 0 without errors, 1 with errors, 2 when the command itself is wrong.
`;

const OPTIONS = {
  json: { type: 'boolean' },
  lang: { type: 'string' },
  strict: { type: 'boolean' },
} as const;

interface Options {
  file: string;
  json: boolean;
  strict: boolean;
  languages?: string[];
}

function optionsOf({ values, positionals }: CommandLine<typeof OPTIONS>): Options {
  const [file, ...more] = positionals;
  if (!file) throw new CliError('which workspace? Usage: briefing check <workspace.json>');
  if (more.length) throw new CliError(`one workspace at a time ("${file}" and "${more[0]}" given)`);
  const languages = values.lang === undefined ? undefined : listValue(values.lang);
  if (languages?.length === 0) throw new CliError('--lang needs a list of language codes, e.g. --lang ar,ru');
  return { file, json: values.json ?? false, strict: values.strict ?? false, ...(languages ? { languages } : {}) };
}

function table(report: CheckReport): string[] {
  const head = ['Language', 'Texts', 'Missing', 'Drafts', 'Figures', 'Glossary', 'Forbidden'];
  const rows = report.summaries.map((s) => [s.language, s.texts, s.missing, s.drafts, s.numbers, s.glossary, s.forbidden].map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), ...rows.map(line)];
}

function printHuman(io: CliIo, file: string, header: string[], report: CheckReport, strict: boolean): void {
  const out = [...header];
  if (report.summaries.length) out.push('', ...table(report));
  if (report.issues.length) out.push('');
  for (const issue of report.issues) {
    out.push(`${issue.severity.padEnd(7)}  ${(issue.language ?? '').padEnd(3)}  ${issue.path}`);
    out.push(`${' '.repeat(14)}${issue.where}: ${issue.message}`);
  }
  const counted = strict ? report.errors + report.warnings : report.errors;
  out.push('', `${file}: ${report.errors} error${report.errors === 1 ? '' : 's'}, ${report.warnings} warning${report.warnings === 1 ? '' : 's'}${strict && report.warnings ? ' (--strict: warnings count)' : ''}${counted === 0 ? ' — ready to print' : ''}`);
  io.stdout(`${out.join('\n')}\n`);
}

export const checkCommand = defineCommand({
  name: 'check',
  summary: 'Check a workspace: schema, missing translations, figures, glossary terms',
  usage: USAGE,
  options: OPTIONS,
  async run(line, io) {
    const options = optionsOf(line);
    const { path, loaded } = await readWorkspaceArgument(options.file);
    if (!loaded.ok) {
      const report = failedReadReport(loaded.problem.issues, loaded.problem.message);
      if (options.json) io.stdout(`${JSON.stringify({ file: path, readable: false, problem: loaded.problem, ...report }, null, 2)}\n`);
      else printHuman(io, options.file, [loaded.problem.message], report, options.strict);
      return 1;
    }
    const { doc, journal, migratedFrom } = loaded;
    const known = doc.languages.targets.map((l) => l.code);
    const unknown = options.languages?.filter((code) => !known.includes(code)) ?? [];
    if (unknown.length) throw new CliError(`${unknown.join(', ')} ${unknown.length === 1 ? 'is not a target language' : 'are not target languages'} of this workspace (it has ${known.join(', ')})`);
    const report = checkWorkspace(doc, options.languages ? { languages: options.languages } : {});
    const failed = report.errors > 0 || (options.strict && report.warnings > 0);
    if (options.json) {
      io.stdout(`${JSON.stringify({ file: path, readable: true, title: doc.meta.title, schemaVersion: doc.schemaVersion, migratedFrom, revision: doc.revision, journalChanges: journal.applied, ...report, ok: !failed }, null, 2)}\n`);
    } else {
      const header = [`Checking ${options.file}: ${doc.meta.title} (schema ${doc.schemaVersion}${migratedFrom ? `, migrated in memory from ${migratedFrom}` : ''}, revision ${doc.revision})`];
      if (journal.applied) header.push(`Includes ${journal.applied} change${journal.applied === 1 ? '' : 's'} from the journal not yet written into the file.`);
      if (journal.unusable) header.push(`Warning: ${journal.unusable}.`);
      printHuman(io, options.file, header, report, options.strict);
    }
    return failed ? 1 : 0;
  },
});
