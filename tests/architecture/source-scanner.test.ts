import { describe, expect, it } from 'vitest';
import { globalsUsed, importsOf, isNodeBuiltin, runsInDeclaration, stripCommentsAndStrings } from './source-scanner';

describe('source scanner', () => {
  it('finds static, re-exported, side-effect, dynamic and required imports', () => {
    const source = [
      "import a from 'a';",
      "import type { B } from 'b';",
      "import {\n  c,\n  d,\n} from './c';",
      "export { e } from '../e';",
      "export * from 'f';",
      "import 'g.css';",
      "const h = await import('h');",
      "const i = require('i');",
      "// import nope from 'commented';",
      "/* import nope2 from 'block-commented'; */",
    ].join('\n');
    expect(importsOf(source).sort()).toEqual(['../e', './c', 'a', 'b', 'f', 'g.css', 'h', 'i']);
  });

  it('knows Node built-ins', () => {
    expect(isNodeBuiltin('fs')).toBe(true);
    expect(isNodeBuiltin('node:test')).toBe(true);
    expect(isNodeBuiltin('fs/promises')).toBe(true);
    expect(isNodeBuiltin('zod')).toBe(false);
    expect(isNodeBuiltin('./fs')).toBe(false);
  });

  it('blanks comments and strings but keeps code and lines', () => {
    const out = stripCommentsAndStrings("a // window\nb /* document\n */ c 'process' `x${1}`");
    expect(out).not.toMatch(/window|document|process/);
    expect(out.split('\n')).toHaveLength(3);
  });

  it('reports free globals only', () => {
    expect(globalsUsed('window.alert(1)', ['window'])).toEqual(['window']);
    expect(globalsUsed('x.window; const window = 1; ({ window: 2 })', ['window'])).toEqual([]);
    expect(globalsUsed('function f(document: Doc) { return document.title; }', ['document'])).toEqual([]);
    expect(globalsUsed('const document = make(); use(document);', ['document'])).toEqual([]);
    expect(globalsUsed('use(document.title);', ['document'])).toEqual(['document']);
  });

  it('reads the "Runs ..." declaration, after a shebang too', () => {
    expect(runsInDeclaration('// Runs anywhere (core): x\n')).toBe('anywhere');
    expect(runsInDeclaration('#!/usr/bin/env node\n// Runs in Node: cli\n')).toBe('in Node');
    expect(runsInDeclaration('import x from "y";\n')).toBeUndefined();
  });
});
