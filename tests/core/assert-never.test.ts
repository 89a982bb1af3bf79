import { describe, expect, it } from 'vitest';
import { assertNever } from '../../core/assert-never';

describe('assertNever', () => {
  it('throws, naming what it was given, when a value slips past the type-checker', () => {
    const kind = 'poster' as 'handout' | 'staff';
    const label = (k: 'handout' | 'staff'): string => {
      switch (k) {
        case 'handout':
          return 'Handout';
        case 'staff':
          return 'Staff brief';
        default:
          return assertNever(k, 'template');
      }
    };
    expect(() => label(kind)).toThrow('Unexpected template: "poster"');
    expect(() => assertNever({ kind: 'x' } as never)).toThrow('Unexpected value: {"kind":"x"}');
  });
});
