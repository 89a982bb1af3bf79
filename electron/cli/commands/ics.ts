// Runs in Node: `briefing ics`: a visit's calendar (RFC 5545) in one language, or one file
// per language of the delegation.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildIcs } from '../../../core/itinerary/build-ics';
import { describeCalendar } from '../../../core/itinerary/calendar-description';
import { allLanguageCodes } from '../../../core/model/language';
import { writeOutputFile } from '../write-output-file';
import { CliError, type CliCommand } from '../cli-command';
import { readOptions, readWorkspace, requireVisit } from '../itinerary-arguments';

const SHORT = 'briefing ics <workspace.json> --visit <id> (--lang <code> -o <out.ics> | --all-languages -o <dir>)';
const USAGE = `Usage: ${SHORT}

Writes the visit's programme as a calendar file: one event per stop of the last issued
version, with summary, location and description in the language, the visit's time zone
(VTIMEZONE and TZID), a UID per stop that never changes, a SEQUENCE that rises when a
version changes a stop's time or place, and STATUS:CANCELLED for a stop a later version
dropped. A visit never issued gives its draft, marked TENTATIVE. Internal notes are
never written. --all-languages writes <visit>.<lang>.ics for Chinese and each language
of the delegation into <dir>.
`;

export const icsCommand: CliCommand = {
  name: 'ics',
  summary: 'Export a visit’s programme as a calendar (.ics) per language',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = readOptions(args, { visit: { type: 'string' }, lang: { type: 'string' }, 'all-languages': { type: 'boolean' }, out: { type: 'string', short: 'o' } }, SHORT);
    if (!values.out) throw new CliError(`where to? Give -o <out.ics> (or -o <dir> with --all-languages). Usage: ${SHORT}`, 1);
    if (!values.lang === !values['all-languages']) throw new CliError('give either --lang <code> or --all-languages', 1);
    const { doc } = await readWorkspace(positionals, SHORT);
    const visit = requireVisit(doc, values.visit);
    const known = allLanguageCodes(doc.languages);
    let targets: { language: string; file: string }[];
    if (values.lang) {
      if (!known.includes(values.lang)) throw new CliError(`"${values.lang}" is not a language of this workspace (it has ${known.join(', ')})`, 1);
      targets = [{ language: values.lang, file: resolve(values.out) }];
    } else {
      const delegation = doc.delegations.find((d) => d.id === visit.delegationId);
      const languages = [...new Set([doc.languages.source.code, ...(delegation?.primaryLanguages ?? []), ...(delegation?.secondaryLanguages ?? [])])];
      const dir = resolve(values.out);
      await mkdir(dir, { recursive: true }).catch((error: unknown) => {
        throw new CliError(`cannot create the folder ${values.out}: ${(error as Error).message}`, 1);
      });
      targets = languages.map((language) => ({ language, file: join(dir, `${visit.id}.${language}.ics`) }));
    }
    for (const { language, file } of targets) {
      const text = buildIcs(describeCalendar(doc, visit, language));
      await writeOutputFile(file, text);
      io.stdout(`wrote ${file} (${language}, ${(text.match(/BEGIN:VEVENT/g) ?? []).length} events)\n`);
    }
    return 0;
  },
};
