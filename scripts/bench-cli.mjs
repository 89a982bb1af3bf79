// Runs in Node: `npm run bench:cli`. How long `npx briefing` takes, each run a new process
// (cold: nothing kept from one run to the next but the operating system's file cache),
// side by side with the anchor: the same CLI run from its TypeScript sources through tsx,
// as `briefing` did before it ran the bundle.
//   --help             target under 0.5 s
//   one handout        the sample's envoys' visit, Arabic, side by side; target under 1.5 s
//   the freshness check (a stat of every file the bundle was built from), in this process
//   a rebuild          a source touched, then --help: what the first call after an edit costs
// Wall time and CPU time (user + system, read from the child's resource usage) are both
// given: on a shared machine wall time also counts waiting for a core. Median and best of
// RUNS. A figure, not a test: it is not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cliBundleStaleness } from '../electron/cli/cli-bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS) || 7;
const work = mkdtempSync(join(tmpdir(), 'briefing-bench-cli-'));
const launcher = join(root, 'electron', 'cli', 'briefing.mjs');

// The anchor: the launcher as it was, registering tsx and importing electron/cli/main.ts.
const tsxApi = import.meta.resolve('tsx/esm/api');
const sourceLauncher = join(work, 'briefing-through-tsx.mjs');
writeFileSync(
  sourceLauncher,
  [
    `const { register } = await import(${JSON.stringify(tsxApi)});`,
    'register();',
    `const { main } = await import(${JSON.stringify(pathToFileURL(join(root, 'electron', 'cli', 'main.ts')).href)});`,
    'process.exitCode = await main(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) });',
  ].join('\n'),
);

const handout = ['pack', join(root, 'assets', 'sample-workspace', 'sample-workspace.json'), '--visit', 'vis-envoys-visit', '--template', 'handout', '--lang', 'ar', '--layout', 'side-by-side', '-o', join(work, 'handout.pdf')];

// Preloaded into each child: at exit it writes its own CPU time (user + system) to stderr.
const CPU_REPORT = `data:text/javascript,${encodeURIComponent("process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(`\\n@cpu ${(u.userCPUTime + u.systemCPUTime) / 1e6}\\n`); });")}`;

/** One run in a new process: wall and CPU seconds. */
function once(script, args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', CPU_REPORT, script, ...args], { cwd: root, encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`${script} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  const cpu = Number(/@cpu ([\d.]+)/.exec(result.stderr)?.[1] ?? NaN);
  return { wall, cpu };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const best = (values) => Math.min(...values);
const s = (seconds) => `${seconds.toFixed(2)} s`;

function measure(label, script, args, { prepare } = {}) {
  once(script, args); // the first run may build the bundle; not counted
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    prepare?.();
    runs.push(once(script, args));
  }
  const wall = runs.map((r) => r.wall);
  const cpu = runs.map((r) => r.cpu);
  console.log(`${label.padEnd(34)} wall ${s(median(wall))} (best ${s(best(wall))})   cpu ${s(median(cpu))} (best ${s(best(cpu))})`);
  return { wall: median(wall), best: best(wall), cpu: median(cpu) };
}

console.log(`briefing CLI, ${RUNS} runs each, every run a new process (node ${process.version})\n`);
const help = measure('briefing --help (bundle)', launcher, ['--help']);
const helpAnchor = measure('briefing --help (tsx, anchor)', sourceLauncher, ['--help']);
const pack = measure('one handout, zh | ar (bundle)', launcher, handout);
const packAnchor = measure('one handout, zh | ar (tsx, anchor)', sourceLauncher, handout);
const touched = join(root, 'core', 'assert-never.ts');
const rebuild = measure('--help after an edit (rebuilds)', launcher, ['--help'], { prepare: () => utimesSync(touched, new Date(), new Date()) });
utimesSync(touched, new Date(), new Date());
once(launcher, ['--version']); // leave the bundle fresh

const checks = [];
for (let i = 0; i < 20; i++) {
  const started = process.hrtime.bigint();
  const stale = cliBundleStaleness(join(root, 'dist', 'cli'), root);
  checks.push(Number(process.hrtime.bigint() - started) / 1e6);
  if (stale) throw new Error(`the bundle should be fresh: ${stale}`);
}
console.log(`${'freshness check (stat of inputs)'.padEnd(34)} ${median(checks).toFixed(1)} ms median`);
rmSync(work, { recursive: true, force: true });

console.log(`\nRESULT --help ${s(help.wall)} (target < 0.5 s; tsx ${s(helpAnchor.wall)}), handout ${s(pack.wall)} (target < 1.5 s; tsx ${s(packAnchor.wall)}), rebuild+help ${s(rebuild.wall)}`);
