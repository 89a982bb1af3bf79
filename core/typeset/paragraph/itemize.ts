// Runs anywhere (core): splits a paragraph into items, each shaped as one HarfBuzz run:
// one bidi level, one script, one font, one language. Common characters (spaces, digits,
// punctuation) and combining marks take the script and font of the text around them, a
// closing bracket those of its opening one; a character no font covers is reported.
import { FALLBACK_ORDER, familyForScript, type FontFamily } from '../fonts/font-catalogue';
import type { FontSet, LoadedFont } from '../fonts/font-set';
import { scriptOfLanguage } from '../text/languages';
import { COMMON, INHERITED, OTHER, scriptOf, type Script } from '../text/scripts';
import type { SpanMark } from '../document-schema';

export interface StyledSpan {
  text: string;
  lang: string;
  bold: boolean;
  /** Drawn marked (a highlight band, or a small tag); its runs carry the mark. */
  mark?: SpanMark;
}

export interface Item {
  start: number;
  end: number;
  level: number;
  script: Script;
  lang: string;
  bold: boolean;
  font: LoadedFont;
  mark?: SpanMark;
}

export interface MissingCharacter {
  char: string;
  codePoint: number;
  index: number;
}

const BRACKET_PAIRS = new Map<number, number>(
  ['()', '[]', '{}', '（）', '［］', '｛｝', '「」', '『』', '《》', '〈〉', '【】', '〔〕', '〖〗', '“”', '‘’', '«»'].map(
    (pair) => [pair.codePointAt(1)!, pair.codePointAt(0)!],
  ),
);
const OPENING_BRACKETS = new Set(BRACKET_PAIRS.values());

/**
 * Resolved script of every UTF-16 index (low surrogates copy their high surrogate).
 * Common and Inherited take the preceding script within their span, or the following
 * one at a span's start, or the span language's script when the span has none.
 */
export function resolveScripts(text: string, spans: readonly StyledSpan[]): Uint8Array {
  const out = new Uint8Array(text.length);
  let offset = 0;
  for (const span of spans) {
    const end = offset + span.text.length;
    const pending: number[] = []; // indices of Common characters before the span's first real script
    const openers: { cp: number; script: Script }[] = [];
    let current: Script = -1;
    for (let i = offset; i < end; i++) {
      const cp = text.codePointAt(i)!;
      const wide = cp > 0xffff;
      let script = scriptOf(cp);
      if (script === COMMON || script === INHERITED) {
        const opening = BRACKET_PAIRS.get(cp);
        if (opening !== undefined) {
          for (let k = openers.length - 1; k >= 0; k--) {
            if (openers[k]!.cp === opening) {
              // The bracket closes back into the text outside it.
              script = current = openers[k]!.script;
              openers.length = k;
              break;
            }
          }
        }
        if (script === COMMON || script === INHERITED) script = current;
        if (OPENING_BRACKETS.has(cp) && script !== -1) openers.push({ cp, script });
      } else {
        current = script;
        if (pending.length > 0) {
          for (const p of pending) out[p] = script;
          pending.length = 0;
        }
      }
      if (script === -1) {
        pending.push(i);
        if (wide) pending.push(i + 1);
      } else {
        out[i] = script;
        if (wide) out[i + 1] = script;
      }
      if (wide) i++;
    }
    const fallback = scriptOfLanguage(span.lang);
    for (const p of pending) out[p] = fallback;
    offset = end;
  }
  return out;
}

function firstCovering(fonts: FontSet, preferred: FontFamily | undefined, bold: boolean, cp: number): LoadedFont | undefined {
  if (preferred && fonts.has(preferred, bold)) {
    const font = fonts.of(preferred, bold);
    if (font.covers(cp)) return font;
  }
  for (const family of FALLBACK_ORDER) {
    if (family === preferred || !fonts.has(family, bold)) continue;
    const font = fonts.of(family, bold);
    if (font.covers(cp)) return font;
  }
  return undefined;
}

/**
 * Items of the paragraph in logical order. `levels` are its bidi levels (one per UTF-16
 * index). Characters no font covers are appended to `missing` and set in the font their
 * script prefers, where they show as that font's missing-glyph box.
 */
export function itemize(
  text: string,
  spans: readonly StyledSpan[],
  levels: Uint8Array,
  fonts: FontSet,
  missing: MissingCharacter[],
): Item[] {
  const scripts = resolveScripts(text, spans);
  const items: Item[] = [];
  let offset = 0;
  for (const span of spans) {
    const end = offset + span.text.length;
    const langScript = scriptOfLanguage(span.lang);
    const langFamily = familyForScript(langScript) ?? 'NotoSans';
    // (langFamily may be a face the host did not supply: only covered text reaches it.)
    let item: Item | undefined;
    for (let i = offset; i < end; ) {
      const cp = text.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      const raw = scriptOf(cp);
      const script = scripts[i]!;
      const level = levels[i] ?? 0;
      // Fast path: the same script and level as the item so far, and its font has the character.
      if (
        item &&
        item.script === script &&
        item.level === level &&
        item.font.covers(cp) &&
        (raw === INHERITED || ((raw === script || raw === COMMON) && item.font.family === (familyForScript(script) ?? langFamily)))
      ) {
        item.end = i + width;
        i += width;
        continue;
      }
      let font: LoadedFont | undefined;
      if (raw === INHERITED && item) {
        font = item.font; // a mark must be shaped with its base
      } else if (raw === COMMON || raw === INHERITED) {
        font = firstCovering(fonts, familyForScript(script) ?? langFamily, span.bold, cp);
      } else {
        font = firstCovering(fonts, familyForScript(raw), span.bold, cp);
      }
      if (!font) {
        if (!isInvisibleControl(cp)) missing.push({ char: String.fromCodePoint(cp), codePoint: cp, index: i });
        const family = familyForScript(raw === OTHER ? langScript : script) ?? langFamily;
        font = item?.font ?? fonts.of(fonts.has(family, span.bold) ? family : 'NotoSans', span.bold);
      }
      if (item && item.font === font && item.level === level && item.script === script) {
        item.end = i + width;
      } else {
        item = { start: i, end: i + width, level, script, lang: span.lang, bold: span.bold, font };
        if (span.mark) item.mark = span.mark;
        items.push(item);
      }
      i += width;
    }
    offset = end;
  }
  return items;
}

/** Format and layout controls (ZWJ, bidi marks, ...) need no glyph of their own. */
function isInvisibleControl(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2069) ||
    cp === 0xfeff ||
    cp === 0x00ad ||
    cp === 0x0a ||
    cp === 0x0d ||
    cp === 0x09 ||
    (cp >= 0xfe00 && cp <= 0xfe0f)
  );
}
