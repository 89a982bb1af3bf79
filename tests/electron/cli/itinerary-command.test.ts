import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../core/model/workspace';
import { main } from '../../../electron/cli/main';
import { cleanItinerary, run, STOP_1, STOP_2, VISIT } from '../../fixtures/itinerary/itinerary-fixture';

const folder = mkdtempSync(join(tmpdir(), 'briefing-itinerary-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let counter = 0;
function file(doc: Workspace): string {
  const path = join(folder, `w${++counter}.json`);
  writeFileSync(path, JSON.stringify(doc, null, 2));
  return path;
}

async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

describe('briefing itinerary', () => {
  it('check: exit 0 on a clean itinerary, 1 with an error naming stops, venues and people', async () => {
    expect(await cli('itinerary', 'check', file(cleanItinerary()))).toMatchObject({ code: 0, stdout: expect.stringContaining('0 errors, 0 warnings') });
    const broken = file(run(cleanItinerary(), { type: 'update', collection: 'stops', id: STOP_2, patch: { start: '10:00' } }));
    const human = await cli('itinerary', 'check', broken, '--visit', VISIT);
    expect(human.code).toBe(1);
    expect(human.stdout).toContain('travel-time');
    expect(human.stdout).toContain(`stops: ${STOP_1}, ${STOP_2}`);
    expect(human.stdout).toContain('venues: ven-district-congress');
    const json = await cli('itinerary', 'check', broken, '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({ errors: 1, warnings: 0, findings: [{ check: 'travel-time', severity: 'error', message: expect.stringContaining('takes 15 min') }] });
  });

  it('issue writes through the store; changes lists what the draft changed since', async () => {
    const path = file(cleanItinerary());
    const issued = await cli('itinerary', 'issue', path, '--visit', VISIT, '--comment', 'first', '--by', 'Li Jing');
    expect(issued).toMatchObject({ code: 0, stdout: expect.stringContaining('Issued version 1') });
    const again = await cli('itinerary', 'issue', path, '--visit', VISIT);
    expect(again.code).toBe(1);
    expect(again.stderr.trim().split('\n')).toEqual(['briefing itinerary: Nothing has changed since version 1 of visit "vis-test-envoys-visit"']);
    const saved = JSON.parse(readFileSync(path, 'utf8')) as Workspace;
    expect(saved.visits[0]!.issuedVersions).toHaveLength(1);
    expect(saved.visits[0]!.issuedVersions[0]).toMatchObject({ number: 1, issuedBy: 'Li Jing', comment: 'first' });

    const moved = run(saved, { type: 'update', collection: 'stops', id: STOP_2, patch: { start: '10:30', end: '11:00' } });
    writeFileSync(path, JSON.stringify(moved));
    const changes = await cli('itinerary', 'changes', path, '--visit', VISIT);
    expect(changes.code).toBe(0);
    expect(changes.stdout).toContain('against version 1');
    expect(changes.stdout).toContain('New time:');
    expect(changes.stdout).toContain('2026-04-16 10:05–10:45 → 2026-04-16 10:30–11:00');
    const json = JSON.parse((await cli('itinerary', 'changes', path, '--visit', VISIT, '--json')).stdout);
    expect(json.changes.map((c: { kind: string; stopId: string }) => [c.kind, c.stopId])).toEqual([['moved', STOP_2]]);
  });

  it('bad files, ids, versions and options: one line, exit 1', async () => {
    const path = file(cleanItinerary());
    const cases = [
      ['itinerary', 'check', join(folder, 'missing.json')],
      ['itinerary', 'check', path, '--visit', 'vis-nowhere'],
      ['itinerary', 'issue', path],
      ['itinerary', 'changes', path, '--visit', VISIT],
      ['itinerary', 'changes', path, '--visit', VISIT, '--since', 'x'],
      ['itinerary', 'check', path, '--colour'],
      ['itinerary', 'plan', path],
      ['ics', path, '--visit', VISIT, '--lang', 'xx', '-o', join(folder, 'x.ics')],
      ['ics', path, '--visit', VISIT, '--lang', 'en'],
    ];
    for (const args of cases) {
      const result = await cli(...args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(result.stderr, args.join(' ')).not.toMatch(/\n\s+at /);
    }
    writeFileSync(join(folder, 'broken.json'), '{"format": "briefing-desk-workspace", "schemaVersion": 3');
    expect((await cli('itinerary', 'check', join(folder, 'broken.json'))).stderr).toMatch(/cut short/);
  });
});

describe('briefing ics', () => {
  it('writes one language, or every language of the delegation, readable by ical.js', async () => {
    const path = file(cleanItinerary());
    const out = join(folder, 'visit.fr.ics');
    expect((await cli('ics', path, '--visit', VISIT, '--lang', 'fr', '-o', out)).code).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(out, 'utf8')));
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(2);
    const dir = join(folder, 'all');
    const all = await cli('ics', path, '--visit', VISIT, '--all-languages', '-o', dir);
    expect(all.code).toBe(0);
    for (const language of ['zh', 'en', 'fr', 'es']) expect(readFileSync(join(dir, `${VISIT}.${language}.ics`), 'utf8')).toContain('METHOD:PUBLISH');
  });
});
