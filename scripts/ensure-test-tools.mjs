// Runs in Node: the first step of `npm test`. The tests open real PDFs with real readers and
// drive the UI in a real Chromium. The readers published on npm (pdf.js, and the WebAssembly
// builds of PDFium and MuPDF) arrive with `npm install`; the ones below have no npm build and
// come from the system. When one is missing, this installs them with apt-get if it can (as
// root, or with passwordless sudo), and otherwise stops at once with the one command to run.
//   node scripts/ensure-test-tools.mjs           check, install if possible
//   node scripts/ensure-test-tools.mjs --check   check only: exit 1 and the command when missing
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_PATH } from './chromium-path.mjs';

/** What the tests run, and the Debian/Ubuntu package that has it. */
export const TEST_TOOLS = [
  { command: 'pdftotext', package: 'poppler-utils', usedFor: 'PDF text extraction (poppler)' },
  { command: 'pdftoppm', package: 'poppler-utils', usedFor: 'PDF page renders (poppler)' },
  { command: 'qpdf', package: 'qpdf', usedFor: 'PDF structure checks' },
  { command: 'xmllint', package: 'libxml2-utils', usedFor: 'XLIFF/TMX schema validation' },
  { command: CHROMIUM_PATH, package: 'chromium', usedFor: 'end-to-end tests (Playwright)' },
];

/** Finds an executable as a shell would: an absolute path as given, a name on PATH. */
export function whichOnPath(command, env = process.env) {
  const executable = (path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (isAbsolute(command)) return executable(command);
  return (env.PATH ?? '').split(delimiter).filter(Boolean).some((dir) => executable(join(dir, command)));
}

/**
 * What to do, decided from what is there: `which` answers whether a command exists;
 * `isRoot` and `sudo` (passwordless sudo works) say who may install.
 * → { action: 'none' } | { action: 'install', argv, packages } | { action: 'stop', message }
 */
export function planTestTools({ which, isRoot, sudo, tools = TEST_TOOLS }) {
  const missing = tools.filter((tool) => !which(tool.command));
  if (missing.length === 0) return { action: 'none', missing };
  const packages = [...new Set(missing.map((tool) => tool.package))];
  const what = missing.map((tool) => `${tool.command} (${tool.usedFor})`).join(', ');
  if (!which('apt-get')) {
    return {
      action: 'stop',
      missing,
      packages,
      message: `npm test needs ${what}. This system has no apt-get: install the equivalents of the Debian packages ${packages.join(', ')} with its package manager${missing.some((t) => t.command === CHROMIUM_PATH) ? `, and point CHROMIUM_PATH at Chromium (now ${CHROMIUM_PATH})` : ''}, then run npm test again.`,
    };
  }
  const install = ['apt-get', 'install', '-y', '--no-install-recommends', ...packages];
  if (isRoot) return { action: 'install', missing, packages, argv: install };
  if (sudo) return { action: 'install', missing, packages, argv: ['sudo', '-n', ...install] };
  return {
    action: 'stop',
    missing,
    packages,
    message: `npm test needs ${what}. Install ${packages.length === 1 ? 'it' : 'them'} with:\n\n  sudo apt-get install -y ${packages.join(' ')}\n\nthen run npm test again.`,
  };
}

function passwordlessSudo() {
  return whichOnPath('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
}

function run(argv) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const result = spawnSync(argv[0], argv.slice(1), { stdio: ['ignore', 'inherit', 'inherit'], env });
  return result.status === 0;
}

function main() {
  const checkOnly = process.argv.includes('--check');
  const isRoot = process.getuid?.() === 0;
  const plan = planTestTools({ which: (command) => whichOnPath(command), isRoot, sudo: !isRoot && !checkOnly && passwordlessSudo() });
  if (plan.action === 'none') return 0;
  if (plan.action === 'stop' || checkOnly) {
    const message = plan.action === 'stop' ? plan.message : `npm test needs ${plan.missing.map((t) => t.command).join(', ')}. Install them with:\n\n  ${plan.argv.join(' ')}\n`;
    process.stderr.write(`ensure-test-tools: ${message}\n`);
    return 1;
  }
  process.stderr.write(`ensure-test-tools: installing ${plan.packages.join(', ')} for ${plan.missing.map((t) => t.command).join(', ')}\n`);
  const prefix = plan.argv[0] === 'sudo' ? ['sudo', '-n'] : [];
  if (!run([...prefix, 'apt-get', 'update', '-qq']) || !run(plan.argv)) {
    process.stderr.write(`ensure-test-tools: apt-get failed; install by hand with:\n\n  sudo apt-get install -y ${plan.packages.join(' ')}\n\n`);
    return 1;
  }
  const still = planTestTools({ which: (command) => whichOnPath(command), isRoot, sudo: false });
  if (still.action !== 'none') {
    process.stderr.write(`ensure-test-tools: still missing after the install: ${still.missing.map((t) => t.command).join(', ')}\n`);
    return 1;
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main();
