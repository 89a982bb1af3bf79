// Runs in Node: `briefing pack`: prints a visit's briefing pack (handout, staff brief,
// interpreter sheet or itinerary sheet) as a PDF, in one language or every language of the
// delegation, and lists the visits of a workspace. The workspace is read as the app would
// see it (snapshot plus journal), read-only.
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Workspace } from '../../../core/model/workspace';
import { PackRequestError, type PackMissing } from '../../../core/packs/build-pack-document';
import { listPackLanguages } from '../../../core/packs/list-pack-languages';
import { packFileName } from '../../../core/packs/pack-file-name';
import { formatDateRange } from '../../../core/packs/pack-format';
import { PACK_LAYOUTS, PACK_TEMPLATES, type PackLayout, type PackRequest, type PackTemplate } from '../../../core/packs/pack-request';
import { packRequestProblems } from '../../../core/packs/pack-request-problems';
import { exportPack } from '../../packs/export-pack';
import { CliError, type CliCommand, type CliIo } from '../cli-command';
import { readWorkspaceArgument } from '../read-workspace-argument';
import { cliWriteError } from '../write-output-file';

const USAGE = `Usage: briefing pack <workspace.json> --visit <id> --template <template> --lang <codes> [options] -o <out.pdf>
       briefing pack <workspace.json> --visit <id> --template <template> --all-languages [-o <folder>]
       briefing pack <workspace.json> --list

Prints a visit's briefing pack as a PDF.

Templates:
  handout       The delegates' pack: cover, contents, the visit's sections (public
                content only), key figures, programme, key terms, contacts
  staff         Staff brief (internal): members, interpreters, programme with hosts
                and internal notes, talking points; every page marked 内部资料
  interpreter   Interpreter sheet: bilingual glossary, key figures as written and
                as said, names with their Latin spelling
  itinerary     Itinerary sheet: one page per day, in the chosen languages

Options:
  --visit <id>           The visit (see --list)
  --template <t>         handout, staff, interpreter or itinerary
  --lang <codes>         Target language, e.g. ar; zh alone for a Chinese-only pack;
                         several (ru,en) for the itinerary sheet
  --layout <l>           single (default), side-by-side (Chinese | target, the target on
                         the reading side) or stacked (each paragraph, then its Chinese)
  --fill-missing zh      Print missing or unreviewed translations in Chinese, marked,
                         instead of stopping
  --sections <ids>       Library sections in print order (default: the visit's)
  --logo <file>          A PNG or JPEG logo for the handout's cover
  --all-languages        One PDF per language of the delegation, with a summary
  -o, --output <path>    The PDF (or, with --all-languages, the folder; default: the
                         current folder, files named <visit>-<template>-<languages>.pdf)
  --list                 List the workspace's visits and their ids

Exit status: 0 when every PDF was written; 1 when translations are missing (they are
listed: segment, language, status), the workspace cannot be read, or a PDF cannot be
written (a full disk: no partial file is left); 2 when the command
itself is wrong (unknown visit, template, layout or language).
`;

interface Options {
  file: string;
  list: boolean;
  visit?: string;
  template?: string;
  languages?: string[];
  layout: string;
  fillMissing: boolean;
  sections?: string[];
  allLanguages: boolean;
  output?: string;
  logo?: string;
}

function parseArgs(args: string[]): Options {
  const options: Options = { file: '', list: false, layout: 'single', fillMissing: false, allLanguages: false };
  const value = (i: number, name: string, example: string): string => {
    const v = args[i];
    if (v === undefined || v.startsWith('--')) throw new CliError(`${name} needs a value, e.g. ${name} ${example}`);
    return v;
  };
  const list = (text: string) => text.split(',').map((s) => s.trim()).filter(Boolean);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const take = (example: string) => inline ?? value(++i, flag, example);
    switch (flag) {
      case '--list':
        options.list = true;
        break;
      case '--visit':
        options.visit = take('vis-envoys-visit');
        break;
      case '--template':
        options.template = take('handout');
        break;
      case '--lang':
        options.languages = list(take('ar'));
        break;
      case '--layout':
        options.layout = take('side-by-side');
        break;
      case '--fill-missing': {
        const v = take('zh');
        if (v !== 'zh') throw new CliError(`--fill-missing takes "zh" (fill with the Chinese source), not "${v}"`);
        options.fillMissing = true;
        break;
      }
      case '--sections':
        options.sections = list(take('sec-overview,sec-results'));
        break;
      case '--logo':
        options.logo = take('logo.png');
        break;
      case '--all-languages':
        options.allLanguages = true;
        break;
      case '-o':
      case '--output':
        options.output = take('pack.pdf');
        break;
      default:
        if (arg.startsWith('-')) throw new CliError(`unknown option "${arg}". Run "briefing pack --help".`);
        if (options.file) throw new CliError(`one workspace at a time ("${options.file}" and "${arg}" given)`);
        options.file = arg;
    }
  }
  if (!options.file) throw new CliError('which workspace? Usage: briefing pack <workspace.json> --visit <id> --template <t> --lang <codes> -o <out.pdf>');
  return options;
}

function listVisits(io: CliIo, doc: Workspace): void {
  if (doc.visits.length === 0) {
    io.stdout('This workspace has no visits.\n');
    return;
  }
  const rows = doc.visits.map((visit) => {
    const delegation = doc.delegations.find((d) => d.id === visit.delegationId);
    return [
      visit.id,
      formatDateRange(visit.startDate, visit.endDate, 'en'),
      listPackLanguages(doc, visit.id).join(',') || '-',
      visit.title['en'] ?? visit.title['zh'] ?? '',
      delegation ? (delegation.name['en'] ?? delegation.name['zh'] ?? delegation.id) : visit.delegationId,
    ];
  });
  const head = ['Visit id', 'Dates', 'Languages', 'Title'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c)).join('  ');
  io.stdout([line(head), ...rows.map((r) => `${line(r.slice(0, 4))}\n${' '.repeat(widths[0]! + 2)}${r[4]}`)].join('\n') + '\n');
}

function printMissing(io: CliIo, missing: PackMissing[], label: string): void {
  io.stderr(`${label}: ${missing.length} translation${missing.length === 1 ? ' is' : 's are'} missing or not reviewed; no PDF written.\n`);
  for (const m of missing) io.stderr(`  ${m.language.padEnd(3)} ${m.status.padEnd(10)} ${m.segmentPath}\n      ${m.segmentLabel}\n`);
  io.stderr('Translate and review them, or print with --fill-missing zh (the Chinese is printed in their place, marked).\n');
}

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1048576).toFixed(1)} MB`;
}

function statSafe(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export const packCommand: CliCommand = {
  name: 'pack',
  summary: 'Print a visit’s briefing pack (handout, staff brief, interpreter or itinerary sheet) as PDF',
  usage: USAGE,
  async run(args, io) {
    const options = parseArgs(args);
    const { path, loaded } = await readWorkspaceArgument(options.file);
    if (!loaded.ok) throw new CliError(`${options.file}: ${loaded.problem.message}`, 1);
    const doc = loaded.doc;
    if (options.list) {
      listVisits(io, doc);
      return 0;
    }

    if (!options.visit) throw new CliError('which visit? Add --visit <id> (briefing pack <workspace.json> --list shows them)');
    if (!options.template) throw new CliError(`which template? Add --template ${PACK_TEMPLATES.join('|')}`);
    if (!(PACK_TEMPLATES as readonly string[]).includes(options.template)) {
      throw new CliError(`unknown template "${options.template}" (choose ${PACK_TEMPLATES.join(', ')})`);
    }
    if (!(PACK_LAYOUTS as readonly string[]).includes(options.layout)) {
      throw new CliError(`unknown layout "${options.layout}" (choose ${PACK_LAYOUTS.join(', ')})`);
    }
    if (!doc.visits.some((v) => v.id === options.visit)) {
      throw new CliError(`unknown visit "${options.visit}" (this workspace has ${doc.visits.map((v) => v.id).join(', ') || 'no visits'})`);
    }
    const template = options.template as PackTemplate;
    const logo = options.logo ? resolve(options.logo) : undefined;
    if (logo && !/\.(png|jpe?g)$/i.test(logo)) throw new CliError(`--logo takes a PNG or JPEG file, not "${options.logo}"`);
    if (logo && !statSafe(logo)) throw new CliError(`${options.logo} does not exist`);
    const exportOptions = { workspaceDir: resolve(path, '..'), ...(logo ? { logo } : {}) };
    const layout = options.layout as PackLayout;
    const base = (languages: string[]): PackRequest => ({
      visitId: options.visit!,
      template,
      languages,
      layout,
      ...(options.fillMissing ? { fillMissing: 'zh' as const } : {}),
      ...(options.sections ? { sectionIds: options.sections } : {}),
    });

    if (options.allLanguages) {
      if (options.languages) throw new CliError('--all-languages prints every language of the delegation: leave out --lang');
      const languages = listPackLanguages(doc, options.visit);
      if (languages.length === 0) throw new CliError(`the delegation of "${options.visit}" has no languages that this workspace translates into`);
      const folder = resolve(options.output ?? '.');
      if (options.output && !isDirectory(folder) && folder.toLowerCase().endsWith('.pdf')) {
        throw new CliError('with --all-languages, -o names a folder, not a PDF');
      }
      const requests = languages.map((code) => base([code]));
      for (const request of requests) {
        const problems = packRequestProblems(doc, request);
        if (problems.length) throw new CliError(problems.join('; '));
      }
      const rows: string[][] = [];
      let failed = 0;
      for (const request of requests) {
        const out = join(folder, packFileName(request.visitId, template, request.languages, layout));
        const result = await exportPack(doc, request, out, exportOptions).catch((error: unknown) => {
          throw cliWriteError(error) ?? error;
        });
        if (!result.ok) {
          failed++;
          printMissing(io, result.missing, request.languages[0]!);
          rows.push([request.languages[0]!, 'not written', `${result.missing.length} missing`, '']);
          continue;
        }
        for (const warning of result.report.warnings) io.stderr(`${request.languages[0]}: warning: ${warning}\n`);
        rows.push([request.languages[0]!, result.path, `${result.pages} pages, ${size(result.bytes)}`, result.report.filled.length ? `${result.report.filled.length} filled with Chinese` : '']);
      }
      const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
      io.stdout(`${template} of ${options.visit}, ${layout}, ${languages.length} language${languages.length === 1 ? '' : 's'}:\n`);
      for (const r of rows) io.stdout(`  ${r[0]!.padEnd(widths[0]!)}  ${r[1]!.padEnd(widths[1]!)}  ${r[2]!.padEnd(widths[2]!)}  ${r[3]}`.trimEnd() + '\n');
      io.stdout(failed ? `${failed} of ${rows.length} not written (missing translations).\n` : `All ${rows.length} written.\n`);
      return failed ? 1 : 0;
    }

    if (!options.languages || options.languages.length === 0) {
      throw new CliError(`which language? Add --lang <code> (the delegation reads ${listPackLanguages(doc, options.visit).join(', ') || 'no target language'}), or --all-languages`);
    }
    const request = base(options.languages);
    const problems = packRequestProblems(doc, request);
    if (problems.length) throw new CliError(problems.join('; '));
    const target = options.output ? resolve(options.output) : resolve(packFileName(request.visitId, template, request.languages, layout));
    const out = isDirectory(target) ? join(target, packFileName(request.visitId, template, request.languages, layout)) : target;
    let result;
    try {
      result = await exportPack(doc, request, out, exportOptions);
    } catch (error) {
      if (error instanceof PackRequestError) throw new CliError(error.message);
      throw cliWriteError(error) ?? error;
    }
    if (!result.ok) {
      printMissing(io, result.missing, options.file);
      return 1;
    }
    for (const warning of [...result.report.warnings, ...result.warnings]) io.stderr(`warning: ${warning}\n`);
    io.stdout(`Wrote ${result.path}: ${result.pages} page${result.pages === 1 ? '' : 's'}, ${size(result.bytes)}\n`);
    if (result.report.filled.length) {
      io.stdout(`${result.report.filled.length} place${result.report.filled.length === 1 ? '' : 's'} printed in Chinese (marked 中文) because the translation is missing or not reviewed:\n`);
      for (const f of result.report.filled) io.stdout(`  ${f.language.padEnd(3)} ${f.segmentPath}\n`);
    }
    return 0;
  },
};
