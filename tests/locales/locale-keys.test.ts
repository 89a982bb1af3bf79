// Runs in Node: the real locales against the real source: every key used exists in every
// locale, every locale has the same keys, and no key sits unused.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contract } from '../../core/ipc/contract';
import { UI_LANGUAGES } from '../../core/i18n/ui-languages';
import { checkLocales, readLocaleTree, readSourceFiles, scanSourceKeys } from './locale-key-check';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

describe('locales', () => {
  const tree = readLocaleTree(`${repoRoot}locales`);
  const namespaces = [...new Set(Object.values(tree).flatMap((n) => Object.keys(n)))];
  // IPC channel names ('settings:get') look like keys of the "settings" namespace; they are not.
  const channels = new Set<string>(Object.values(contract).map((entry) => entry.channel));
  const scan = scanSourceKeys(readSourceFiles(repoRoot, ['renderer', 'electron', 'core/itinerary']), namespaces, channels);

  it('ships exactly the UI languages the app offers', () => {
    expect(Object.keys(tree).sort()).toEqual([...UI_LANGUAGES].sort());
  });

  it('finds the keys the code uses (the scan itself works on this tree)', () => {
    const keys = new Set(scan.uses.map((u) => u.key));
    expect(keys).toContain('nav:library');
    expect(keys).toContain('settings:language.title');
    expect(scan.uses.length).toBeGreaterThan(50);
  });

  it('has no missing, extra, unused or inconsistent keys', () => {
    expect(checkLocales(tree, scan)).toEqual([]);
  });
});
