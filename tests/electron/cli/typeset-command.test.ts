// Runs in Node (tests): `briefing typeset`: a PDF on success; on bad input a non-zero exit,
// a message naming the file and the JSON path, and no output file (not even a partial one).
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/main';

const root = join(__dirname, '..', '..', '..');
const bin = join(root, 'electron', 'cli', 'briefing.mjs');

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

function workDir(): string {
  return mkdtempSync(join(tmpdir(), 'briefing-typeset-cli-'));
}

describe('briefing typeset', () => {
  it('typesets a sample into a PDF and exits 0', async () => {
    const dir = workDir();
    const out = join(dir, 'ar.pdf');
    const { code, stdout, stderr } = await run(['typeset', join(root, 'tests/fixtures/typeset/outreach-ar.json'), '-o', out]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Wrote .*ar\.pdf: 1 page, \d+ KB/);
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.subarray(-6).toString()).toContain('%%EOF');
    expect(readdirSync(dir)).toEqual(['ar.pdf']); // no temporary file left behind
  });

  it('names the file and the JSON path of an invalid document, exits 1, and writes nothing', async () => {
    const dir = workDir();
    const doc = join(dir, 'visit.json');
    writeFileSync(doc, JSON.stringify({ title: 'Visit', blocks: [{ type: 'paragraph', text: 'a' }, { type: 'table', header: ['a', 'b'], rows: [['1', '2'], ['3']] }] }));
    const out = join(dir, 'visit.pdf');
    const { code, stderr } = await run(['typeset', doc, '-o', out]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${doc}: blocks[1].rows[1]: expected 2 cells, got 1`);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual(['visit.json']);
  });

  it('reports unreadable files and broken JSON by name', async () => {
    const dir = workDir();
    const missing = await run(['typeset', join(dir, 'nope.json'), '-o', join(dir, 'x.pdf')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nope.json: cannot read the document (ENOENT)');
    writeFileSync(join(dir, 'broken.json'), '{"title": "x", ');
    const broken = await run(['typeset', join(dir, 'broken.json'), '-o', join(dir, 'x.pdf')]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('broken.json: (document): not valid JSON');
    expect(readdirSync(dir)).toEqual(['broken.json']);
  });

  it('refuses wrong usage with exit 2', async () => {
    expect((await run(['typeset'])).code).toBe(2);
    expect((await run(['typeset', '-'])).stderr).toContain('needs -o');
    expect((await run(['typeset', 'a.json', '--frobnicate'])).code).toBe(2);
  });

  it('reads standard input with "-", warns about missing characters, and fails with --strict', async () => {
    const dir = workDir();
    const out = join(dir, 'stdin.pdf');
    const doc = JSON.stringify({ title: 'Stdin', blocks: [{ type: 'paragraph', text: 'Addis Ababa: ሰላም' }] });
    const exec = promisify(execFile);
    const child = exec(process.execPath, [bin, 'typeset', '-', '-o', out], { cwd: root });
    child.child.stdin!.end(doc);
    const { stdout, stderr } = await child;
    expect(stdout).toContain('1 page');
    expect(stderr).toContain('(standard input): warning: blocks[0].text: No font has the character "ሰ" (U+1230)');
    expect(existsSync(out)).toBe(true);

    const strictOut = join(dir, 'strict.pdf');
    const strict = exec(process.execPath, [bin, 'typeset', '-', '-o', strictOut, '--strict'], { cwd: root });
    strict.child.stdin!.end(doc);
    await expect(strict).rejects.toMatchObject({ code: 1 });
    expect(existsSync(strictOut)).toBe(false);
  });

  it('reads pictures given by path relative to the document', async () => {
    const dir = workDir();
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDAAAAHAgH/1j0FnAAAAABJRU5ErkJggg==', 'base64');
    writeFileSync(join(dir, 'dot.png'), png);
    writeFileSync(join(dir, 'doc.json'), JSON.stringify({ title: 'Pic', blocks: [{ type: 'image', src: 'dot.png', width: 50 }] }));
    const { code, stderr } = await run(['typeset', join(dir, 'doc.json')]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const list = await promisify(execFile)('pdfimages', ['-list', join(dir, 'doc.pdf')]);
    expect(list.stdout).toMatch(/\n\s*1\s+0\s+image\s+2\s+1\s/); // page 1, the 2 × 1 picture
  });
});
