// Runs in Node (tests): `briefing pack`: the list of visits, a pack written with its report,
// every language of a delegation with a summary, the missing translations listed (exit 1,
// no file), and clear errors (exit 2) for an unknown visit, template, layout or language.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/main';
import { TEMPLATE_REGISTRY } from '../../../core/packs/templates/registry';
import { samplePath, sampleWorkspace } from '../../core/packs/helpers/sample-workspace';

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}
const folder = () => mkdtempSync(join(tmpdir(), 'briefing-pack-cli-'));

describe('briefing pack', () => {
  it('lists the visits with their ids and languages', async () => {
    const { code, stdout } = await run(['pack', samplePath, '--list']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/vis-envoys-visit\s+16 April 2026\s+en,fr,es,pt,ar\s+Foreign envoys visit/);
    expect(stdout).toMatch(/vis-kyrgyz-study-visit\s+.*ru,en/);
  });

  it('writes a pack and says where', async () => {
    const dir = folder();
    const out = join(dir, 'handout.pdf');
    const { code, stdout, stderr } = await run(['pack', samplePath, '--visit', 'vis-envoys-visit', '--template', 'itinerary', '--lang', 'ar', '--layout', 'side-by-side', '-o', out]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Wrote .*handout\.pdf: \d+ pages?, \d+ KB\n$/);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readdirSync(dir)).toEqual(['handout.pdf']);
  });

  it('names the file <visit>-<template>-<languages>.pdf in a folder given as -o', async () => {
    const dir = folder();
    const { code } = await run(['pack', samplePath, '--visit', 'vis-kyrgyz-study-visit', '--template', 'itinerary', '--lang', 'ru,en', '-o', dir]);
    expect(code).toBe(0);
    expect(readdirSync(dir)).toEqual(['vis-kyrgyz-study-visit-itinerary-ru+en.pdf']);
  });

  it('prints every language of the delegation with a summary', async () => {
    const dir = folder();
    const { code, stdout } = await run(['pack', samplePath, '--visit', 'vis-kyrgyz-study-visit', '--template', 'itinerary', '--all-languages', '--layout', 'stacked', '-o', dir]);
    expect(code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['vis-kyrgyz-study-visit-itinerary-zh-en-stacked.pdf', 'vis-kyrgyz-study-visit-itinerary-zh-ru-stacked.pdf']);
    expect(stdout).toMatch(/itinerary of vis-kyrgyz-study-visit, stacked, 2 languages:/);
    expect(stdout).toMatch(/ru\s+.*zh-ru-stacked\.pdf\s+\d+ pages?, \d+ KB/);
    expect(stdout).toContain('All 2 written.');
  });

  it('lists missing translations, writes nothing and exits 1; fills them with --fill-missing zh', async () => {
    const dir = folder();
    const workspace = sampleWorkspace();
    workspace.visits[1]!.stops[0]!.activity.translations.ru!.status = 'draft';
    delete workspace.visits[1]!.stops[1]!.activity.translations.ru;
    const file = join(dir, 'workspace.json');
    writeFileSync(file, JSON.stringify(workspace));
    const args = ['pack', file, '--visit', 'vis-kyrgyz-study-visit', '--template', 'itinerary', '--lang', 'ru', '-o', join(dir, 'out.pdf')];
    const refused = await run(args);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('2 translations are missing or not reviewed; no PDF written.');
    expect(refused.stderr).toMatch(/ru\s+draft\s+\$\.visits\[1\]\.stops\[0\]\.activity/);
    expect(refused.stderr).toMatch(/ru\s+missing\s+\$\.visits\[1\]\.stops\[1\]\.activity/);
    expect(refused.stderr).toContain('欢迎会见');
    expect(readdirSync(dir)).toEqual(['workspace.json']);

    const filled = await run([...args, '--fill-missing', 'zh']);
    expect(filled.code).toBe(0);
    expect(filled.stdout).toContain('2 places printed in Chinese (marked 中文)');
    expect(filled.stdout).toContain('ru  $.visits[1].stops[0].activity');
    expect(readdirSync(dir).sort()).toEqual(['out.pdf', 'workspace.json']);
  });

  it('says clearly what is wrong with the command', async () => {
    const base = ['pack', samplePath, '--visit', 'vis-envoys-visit', '--template', 'handout', '--lang', 'ar'];
    const cases: [string[], RegExp][] = [
      [['pack', samplePath, '--visit', 'vis-nope', '--template', 'handout', '--lang', 'ar'], /unknown visit "vis-nope" \(this workspace has vis-envoys-visit, vis-kyrgyz-study-visit\)/],
      [['pack', samplePath, '--visit', 'vis-envoys-visit', '--template', 'brochure', '--lang', 'ar'], /unknown template "brochure" \(choose handout, staff, interpreter, itinerary, change-notice\)/],
      [['pack', samplePath, '--visit', 'vis-envoys-visit', '--template', 'handout', '--lang', 'xx'], /unknown language "xx" \(this workspace has zh, en, ar, ru, fr, es, pt\)/],
      [[...base, '--layout', 'diagonal'], /unknown layout "diagonal"/],
      [[...base, '--fill-missing', 'en'], /--fill-missing takes "zh"/],
      [['pack', samplePath, '--visit', 'vis-envoys-visit', '--template', 'handout'], /which language\? .*en, fr, es, pt, ar/],
      [['pack', samplePath, '--template', 'handout', '--lang', 'ar'], /which visit\?/],
      [['pack', join(folder(), 'none.json'), '--list'], /does not exist/],
    ];
    for (const [argv, message] of cases) {
      const { code, stderr } = await run(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr).toMatch(message);
    }
  });

  it('lists every template of the registry in its help, each with its summary', async () => {
    const { code, stdout } = await run(['pack', '--help']);
    expect(code).toBe(0);
    const flat = stdout.replace(/\s+/g, ' ');
    for (const spec of TEMPLATE_REGISTRY) expect(flat).toContain(` ${spec.id} ${spec.summary}`);
    const templates = stdout.slice(stdout.indexOf('Templates:'), stdout.indexOf('Options:'));
    expect(templates.split('\n').filter((line) => line.length > 80)).toEqual([]);
  });
});
