// Runs in Node (tests): pack file names are `<visit>-<template>-<languages>.pdf` and safe
// on Windows, macOS and Linux whatever the visit id is made of.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packFileName } from '../../../core/packs/pack-file-name';
import { PACK_LAYOUTS, PACK_TEMPLATES } from '../../../core/packs/pack-request';

// Reserved on Windows, or a path separator anywhere.
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f]/;
const DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

function assertSafe(name: string): void {
  expect(name).toMatch(/\.pdf$/);
  expect(name).not.toMatch(UNSAFE);
  expect(name).not.toMatch(DEVICE);
  expect(name).not.toMatch(/[ .]$/);
  expect(name).not.toMatch(/^[-.]/);
  expect(name.length).toBeLessThanOrEqual(120);
  expect(name).toMatch(/^[\x21-\x7e]+$/); // plain ASCII: no normalisation differences between file systems
}

describe('packFileName', () => {
  it('names the visit, the template and the languages', () => {
    expect(packFileName({ id: 'vis-envoys-visit' }, 'handout', ['ar'], 'single')).toBe('vis-envoys-visit-handout-ar.pdf');
    expect(packFileName('vis-envoys-visit', 'handout', ['ar'], 'side-by-side')).toBe('vis-envoys-visit-handout-zh-ar.pdf');
    expect(packFileName('vis-envoys-visit', 'handout', ['ar'], 'stacked')).toBe('vis-envoys-visit-handout-zh-ar-stacked.pdf');
    expect(packFileName('vis-kyrgyz-study-visit', 'itinerary', ['ru', 'en'], 'single')).toBe('vis-kyrgyz-study-visit-itinerary-ru+en.pdf');
    expect(packFileName('vis-kyrgyz-study-visit', 'staff', ['zh'], 'single')).toBe('vis-kyrgyz-study-visit-staff-zh.pdf');
    expect(packFileName('vis-x', 'handout', ['pt-BR'], 'single')).toBe('vis-x-handout-pt-BR.pdf');
  });

  it('gives different layouts and languages different names', () => {
    const names = new Set<string>();
    for (const template of PACK_TEMPLATES) {
      for (const layout of PACK_LAYOUTS) for (const lang of ['en', 'ar', 'ru']) names.add(packFileName('v', template, [lang], layout));
    }
    expect(names.size).toBe(PACK_TEMPLATES.length * PACK_LAYOUTS.length * 3);
  });

  it('is safe everywhere for any visit id, however odd', () => {
    for (const odd of ['CON', 'a/b\\c', 'x:y*z?', '  spaced out. ', '朝阳 visit', '../../etc/passwd', 'é'.repeat(300), '', '...', 'nul']) {
      const name = packFileName(odd, 'handout', ['ar'], 'single');
      assertSafe(name);
      expect(name).toMatch(/-handout-ar\.pdf$/);
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.constantFrom(...PACK_TEMPLATES), fc.constantFrom(...PACK_LAYOUTS), (id, template, layout) => {
        assertSafe(packFileName(id, template, ['fr'], layout));
      }),
    );
  });
});
