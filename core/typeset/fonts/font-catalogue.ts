// Runs anywhere (core): the engine's view of the font table (font-table.ts): the keys
// the host supplies bytes for, and which family serves which script.
import { SCRIPT_TAGS, scriptOf, type Script } from '../text/scripts';
import { FONT_FACES, FONT_FAMILIES, FONT_FAMILY_NAMES, faceKey, type FontFamily, type FontKey } from './font-table';

export type { FontFamily, FontKey } from './font-table';

export const FONT_KEYS: readonly FontKey[] = FONT_FACES.map((face) => face.key);

export interface FontInfo {
  key: FontKey;
  family: FontFamily;
  weight: 400 | 700;
  /** Scripts the family is chosen for first (coverage is still checked by cmap). */
  scripts: readonly Script[];
  /** Size relative to the style's size (font-table.ts). */
  sizeAdjust: number;
  /** Long runs may be shaped word by word (font-table.ts). */
  wordShaping: boolean;
}

function scriptOfTag(tag: string): Script {
  const script = (SCRIPT_TAGS as readonly string[]).indexOf(tag);
  if (script < 0) throw new Error(`The font table names the script ${tag}, which scripts.ts does not know`);
  return script;
}

export const FONT_CATALOGUE = Object.fromEntries(
  FONT_FACES.map((face) => {
    const family = FONT_FAMILIES[face.family];
    const info: FontInfo = { key: face.key, family: face.family, weight: face.weight, scripts: family.scripts.map(scriptOfTag), sizeAdjust: family.sizeAdjust, wordShaping: family.wordShaping };
    return [face.key, info];
  }),
) as Record<FontKey, FontInfo>;

export const fontKey = faceKey;

const FAMILY_OF_SCRIPT: (FontFamily | undefined)[] = [];
for (const family of FONT_FAMILY_NAMES) {
  for (const tag of FONT_FAMILIES[family].scripts) FAMILY_OF_SCRIPT[scriptOfTag(tag)] = family;
}

/** The family tried first for a script; Common and unknown scripts have none. */
export function familyForScript(script: Script): FontFamily | undefined {
  return FAMILY_OF_SCRIPT[script];
}

/** Every family, in the order they are tried when the first choice lacks a character. */
export const FALLBACK_ORDER: readonly FontFamily[] = FONT_FAMILY_NAMES;

/** Families every document may reach for: the default text face and the wide fallback. */
const ALWAYS: readonly FontFamily[] = ['NotoSans', 'NotoSansSC'];

/**
 * The faces a text can need: those of the scripts it contains, and the default and
 * fallback faces. A host that fetches fonts (the browser) loads only these; the others
 * (a Korean face is 6 MB) stay unread until a document uses their script.
 */
export function fontKeysFor(text: string): FontKey[] {
  const families = new Set<FontFamily>(ALWAYS);
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (cp < 0x250) continue;
    const family = FAMILY_OF_SCRIPT[scriptOf(cp)];
    if (family) families.add(family);
  }
  return FONT_FACES.filter((face) => families.has(face.family)).map((face) => face.key);
}
