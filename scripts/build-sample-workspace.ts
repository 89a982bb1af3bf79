// Runs in Node: builds the sample workspace (`npm run build:sample`) from its authoring
// files: validates them, turns them into a workspace, checks it as `briefing check`
// would, and writes it only when the check finds no errors.
//   tsx scripts/build-sample-workspace.ts [--authoring <dir>] [--out <file>] [--at <ISO time>]
import { chmodSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkWorkspace } from '../core/workspace/check/check-workspace';
import { AUTHORING_FILES, type AuthoringFileName } from '../core/workspace/sample-authoring';
import { AuthoringError, parseAuthoringFiles, workspaceFromAuthoring } from '../core/workspace/workspace-from-authoring';
import { writeFileDurably } from '../electron/files/write-file-durably';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Fixed, so rebuilding unchanged authoring files gives the same bytes. */
export const SAMPLE_TIMESTAMP = '2026-04-01T08:00:00.000Z';
export const SAMPLE_AUTHOR = 'sample';
export const SAMPLE_TITLE = '朝阳区基层立法联系点 · 示例工作区';

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

export function readAuthoringFolder(folder: string): Record<AuthoringFileName, unknown> {
  const files = {} as Record<AuthoringFileName, unknown>;
  const problems: string[] = [];
  for (const name of Object.keys(AUTHORING_FILES) as AuthoringFileName[]) {
    try {
      files[name] = JSON.parse(readFileSync(join(folder, name), 'utf8'));
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message}`);
    }
  }
  if (problems.length) throw new AuthoringError(problems);
  return files;
}

async function main(args: string[]): Promise<number> {
  const folder = option(args, '--authoring') ?? join(root, 'assets', 'sample-workspace', 'authoring');
  const out = option(args, '--out') ?? join(root, 'assets', 'sample-workspace', 'sample-workspace.json');
  const at = option(args, '--at') ?? SAMPLE_TIMESTAMP;
  let doc;
  try {
    doc = workspaceFromAuthoring(parseAuthoringFiles(readAuthoringFolder(folder)), { title: SAMPLE_TITLE, at, by: SAMPLE_AUTHOR });
  } catch (error) {
    if (error instanceof AuthoringError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  const report = checkWorkspace(doc);
  for (const issue of report.issues) console.error(`${issue.severity} ${issue.language ?? ''} ${issue.path}\n  ${issue.where}: ${issue.message}`);
  const segments = report.summaries[0]?.statuses.reviewed ?? 0;
  console.log(
    `${doc.library.sections.length} sections, ${doc.library.sections.reduce((n, s) => n + s.blocks.length, 0)} blocks, ${segments} segments per language, ` +
      `${doc.glossary.terms.length} glossary terms, ${doc.venues.length} venues, ${doc.delegations.length} delegations, ${doc.visits.length} visits; ` +
      `check: ${report.errors} errors, ${report.warnings} warnings`,
  );
  if (report.errors) {
    console.error(`not written: fix the errors above in ${relative(root, folder)}`);
    return 1;
  }
  await writeFileDurably(out, `${JSON.stringify(doc, null, 2)}\n`, { mode: 0o644 });
  chmodSync(out, 0o644); // an asset shipped with the app, not private user data
  console.log(`wrote ${relative(root, out)}`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
