// Runs in Node: `briefing typeset <doc.json | -> -o <out.pdf>`: typesets a document
// (docs/document-format.md) into a PDF. The PDF goes through the app's one durable write
// (a temp file, every byte checked, renamed into place), so a failed run never leaves a
// partial file, and a full disk is exit 1 with one line.
import { readFileSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, resolve } from 'node:path';
import { DocumentError, parseDocumentText } from '../../../core/typeset/parse-document';
import { typeset } from '../../../core/typeset/typeset';
import { loadEngineAssets } from '../../fonts/load-engine-assets';
import { CliError, type CliCommand } from '../cli-command';
import { writeOutputFile } from '../write-output-file';

const USAGE = `Usage: briefing typeset <doc.json | -> [-o <out.pdf>]

Typesets a document in the typeset format (docs/document-format.md): Chinese, Arabic,
Russian, French, Spanish, Portuguese and English, alone or side by side, into a PDF
with embedded font subsets, bookmarks and searchable text.

Arguments:
  <doc.json>         The document; "-" reads it from standard input
Options:
  -o, --output <f>   The PDF to write (default: the document's name with .pdf;
                     required when reading standard input)
  --strict           Fail (exit 1, no PDF) when there are warnings, such as
                     characters no font has or pictures that cannot be read

Pictures given by path are read relative to the document's folder (the current folder
for standard input). Warnings go to standard error.

Exit status: 0 when the PDF was written, 1 when the document is invalid (each problem
is named by its JSON path, e.g. blocks[3].rows[2]) or the PDF could not be written (a
full disk: nothing is left behind), 2 when the command itself is wrong.
`;

interface Options {
  input: string;
  output?: string;
  strict: boolean;
}

function parseArgs(args: string[]): Options {
  let input: string | undefined;
  let output: string | undefined;
  let strict = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-o' || arg === '--output') {
      output = args[++i];
      if (!output) throw new CliError(`${arg} needs a file name, e.g. -o briefing.pdf`);
    } else if (arg.startsWith('--output=')) output = arg.slice('--output='.length);
    else if (arg === '--strict') strict = true;
    else if (arg.startsWith('-') && arg !== '-') throw new CliError(`unknown option "${arg}". Run "briefing typeset --help".`);
    else if (input !== undefined) throw new CliError(`one document at a time ("${input}" and "${arg}" given)`);
    else input = arg;
  }
  if (input === undefined) throw new CliError('which document? Usage: briefing typeset <doc.json | -> -o <out.pdf>');
  if (input === '-' && !output) throw new CliError('reading standard input needs -o <out.pdf>');
  return { input, strict, ...(output ? { output } : {}) };
}

async function readStandardInput(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export const typesetCommand: CliCommand = {
  name: 'typeset',
  summary: 'Typeset a document (JSON) into a multilingual PDF',
  usage: USAGE,
  async run(args, io) {
    const options = parseArgs(args);
    const fromStdin = options.input === '-';
    const label = fromStdin ? '(standard input)' : options.input;
    const output = resolve(options.output ?? join(dirname(options.input), `${basename(options.input, extname(options.input))}.pdf`));

    let text: string;
    try {
      text = fromStdin ? await readStandardInput() : readFileSync(options.input, 'utf8');
    } catch (error) {
      throw new CliError(`${label}: cannot read the document (${(error as NodeJS.ErrnoException).code ?? String(error)})`, 1);
    }
    let doc: unknown;
    try {
      doc = parseDocumentText(text);
    } catch (error) {
      if (error instanceof DocumentError) {
        throw new CliError(error.issues.map((issue) => `${label}: ${issue.path}: ${issue.message}`).join('\n'), 1);
      }
      throw error;
    }

    const base = fromStdin ? process.cwd() : dirname(resolve(options.input));
    const engineAssets = loadEngineAssets();
    const assets = {
      ...engineAssets,
      resolveImage: (src: string) => {
        try {
          const bytes = readFileSync(isAbsolute(src) ? src : join(base, src));
          return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        } catch {
          return undefined;
        }
      },
    };
    const result = await typeset(doc, assets);
    for (const warning of result.warnings) io.stderr(`${label}: warning: ${warning.path}: ${warning.message}\n`);
    if (options.strict && result.warnings.length > 0) {
      throw new CliError(`${label}: ${result.warnings.length} warning(s) and --strict: no PDF written`, 1);
    }
    await writeOutputFile(output, result.pdf);
    const size = result.pdf.length < 1024 * 1024 ? `${Math.ceil(result.pdf.length / 1024)} KB` : `${(result.pdf.length / 1048576).toFixed(1)} MB`;
    io.stdout(`Wrote ${output}: ${result.pages} page${result.pages === 1 ? '' : 's'}, ${size}\n`);
    return 0;
  },
};
