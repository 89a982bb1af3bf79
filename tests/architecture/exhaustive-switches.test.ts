// Every switch ends in `default: ... assertNever(...)` (core/assert-never.ts), so the
// compiler names each place a new kind of block, command or action must be handled. A
// switch over an open set (a string from a file or another host) says so on its switch or
// default line with a comment containing "not a union". A heuristic text scan: it reads
// the switch's own top-level `default:` branch.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listSources, readSource, stripCommentsAndStrings } from './source-scanner';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');


export interface SwitchProblem {
  line: number;
  subject: string;
}

/** The switches in `source` whose default branch neither calls assertNever nor says "not a union". */
export function nonExhaustiveSwitches(source: string): SwitchProblem[] {
  const code = stripCommentsAndStrings(source);
  const lines = source.split('\n');
  const lineAt = (index: number) => code.slice(0, index).split('\n').length;
  const problems: SwitchProblem[] = [];
  for (const match of code.matchAll(/\bswitch\s*\(/g)) {
    // The subject: up to the matching parenthesis.
    let i = match.index! + match[0].length;
    let depth = 1;
    const subjectStart = i;
    while (i < code.length && depth > 0) {
      if (code[i] === '(') depth++;
      else if (code[i] === ')') depth--;
      i++;
    }
    const subject = code.slice(subjectStart, i - 1).trim();
    const open = code.indexOf('{', i);
    // The body, and where its own (depth 1) default branch starts.
    let braces = 0;
    let defaultAt = -1;
    let end = open;
    for (let j = open; j < code.length; j++) {
      if (code[j] === '{') braces++;
      else if (code[j] === '}') {
        braces--;
        if (braces === 0) {
          end = j;
          break;
        }
      } else if (braces === 1 && defaultAt < 0 && /\bdefault\s*:/y.test(code.slice(j, j + 12)) && !/[\w$.]/.test(code[j - 1] ?? '')) {
        defaultAt = j;
      }
    }
    const switchLine = lineAt(match.index!);
    const saysOpen = (line: number) => /\/\/.*not a union/.test(lines[line - 1] ?? '');
    if (saysOpen(switchLine)) continue;
    if (defaultAt >= 0) {
      // Branches of the default's own depth only: nested switches have their own defaults.
      const branch = code.slice(defaultAt, end);
      if (/\bassertNever\s*\(/.test(branch) || saysOpen(lineAt(defaultAt))) continue;
    }
    problems.push({ line: switchLine, subject });
  }
  return problems;
}

describe('exhaustive switches', () => {
  it('the scan accepts assertNever defaults and marked open sets, and flags the rest', () => {
    const source = [
      'switch (block.kind) {', //                                    1: no default
      "  case 'a': return 1;",
      '}',
      'switch (command.type) {', //                                  4: assertNever
      "  case 'a': { switch (x) { default: return 0; } }", //        5: nested, flagged
      '  default: return assertNever(command);',
      '}',
      'switch (code) { // not a union: codes from a newer host', //  8: marked
      '  default: return "other";',
      '}',
      'switch (role) {', //                                          11: default without assertNever
      "  case 'x': return 1;",
      '  default: return 2;',
      '}',
      'switch (role) {', //                                          15: marked on the default
      '  default: // not a union: any string',
      '    return 2;',
      '}',
      "const s = 'switch (nope) {}';",
    ].join('\n');
    expect(nonExhaustiveSwitches(source)).toEqual([
      { line: 1, subject: 'block.kind' },
      { line: 5, subject: 'x' },
      { line: 11, subject: 'role' },
    ]);
  });

  it('holds for every switch in core, electron and renderer', () => {
    const files = ['core', 'electron', 'renderer'].flatMap((dir) => listSources(root, dir));
    expect(files.length).toBeGreaterThan(100);
    const problems = files.flatMap((file) => nonExhaustiveSwitches(readSource(root, file)).map((p) => `${file}:${p.line}: switch (${p.subject}) has no assertNever default`));
    expect(problems).toEqual([]);
  });
});
