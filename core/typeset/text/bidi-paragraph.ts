// Runs anywhere (core): UAX #9 levels for the common paragraph: no explicit embeddings,
// overrides or isolates and no boundary-neutral characters, so the whole paragraph is one
// isolating run sequence at the base level (rules W1–W7, N0–N2, I1–I2). That covers nearly
// every paragraph of a briefing and is several times faster than bidi-js's general
// implementation, which the engine uses for everything else. Character classes and
// bracket pairs come from bidi-js's Unicode data. The conformance test runs
// BidiCharacterTest through both paths.
import type { Bidi } from 'bidi-js';

// Class codes (not bidi-js's bit flags).
const L = 1;
const R = 2;
const AL = 3;
const EN = 4;
const ES = 5;
const ET = 6;
const AN = 7;
const CS = 8;
const NSM = 9;
const B = 10;
const S = 11;
const WS = 12;
const ON = 13;
const OTHER = 14; // BN, explicit formatting and isolates: not handled here

const CODE_OF_NAME: Record<string, number> = { L, R, AL, EN, ES, ET, AN, CS, NSM, B, S, WS, ON };

export class SimpleBidi {
  /** Class of each BMP code unit, 0 = not looked up yet. */
  private readonly classes = new Uint8Array(0x10000);

  constructor(private readonly bidi: Bidi) {}

  private classOf(text: string, i: number): number {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit < 0xe000) {
      // Astral characters (and their low surrogate) are looked up by code point.
      const hi = unit < 0xdc00 ? i : i - 1;
      return CODE_OF_NAME[this.bidi.getBidiCharTypeName(String.fromCodePoint(text.codePointAt(hi)!))] ?? OTHER;
    }
    let c = this.classes[unit]!;
    if (c === 0) {
      c = CODE_OF_NAME[this.bidi.getBidiCharTypeName(String.fromCharCode(unit))] ?? OTHER;
      this.classes[unit] = c;
    }
    return c;
  }

  /**
   * Levels for text at base level 0 or 1, or undefined when the text needs the general
   * algorithm (explicit formatting characters, isolates, boundary neutrals, separators).
   */
  levels(text: string, baseLevel: 0 | 1): Uint8Array | undefined {
    const n = text.length;
    const types = new Uint8Array(n);
    const original = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const c = this.classOf(text, i);
      if (c === OTHER || c === B) return undefined;
      types[i] = original[i] = c;
    }
    const e = baseLevel === 1 ? R : L; // embedding direction, also sos and eos
    // W1: NSM takes the type of the previous character.
    for (let i = 0; i < n; i++) if (types[i] === NSM) types[i] = i === 0 ? e : types[i - 1]!;
    // W2, W3: EN after AL becomes AN; AL becomes R.
    let lastStrong = e;
    for (let i = 0; i < n; i++) {
      const t = types[i]!;
      if (t === L || t === R || t === AL) lastStrong = t;
      else if (t === EN && lastStrong === AL) types[i] = AN;
    }
    for (let i = 0; i < n; i++) if (types[i] === AL) types[i] = R;
    // W4: a single separator between two numbers of the same kind joins them.
    for (let i = 1; i < n - 1; i++) {
      const t = types[i]!;
      const before = types[i - 1]!;
      const after = types[i + 1]!;
      if (t === ES && before === EN && after === EN) types[i] = EN;
      else if (t === CS && before === after && (before === EN || before === AN)) types[i] = before;
    }
    // W5: terminators next to European numbers become numbers.
    for (let i = 0; i < n; i++) {
      if (types[i] !== ET) continue;
      let j = i;
      while (j < n && types[j] === ET) j++;
      if ((i > 0 && types[i - 1] === EN) || (j < n && types[j] === EN)) for (let k = i; k < j; k++) types[k] = EN;
      i = j - 1;
    }
    // W6: remaining separators and terminators are neutral.
    for (let i = 0; i < n; i++) {
      const t = types[i]!;
      if (t === ES || t === ET || t === CS) types[i] = ON;
    }
    // W7: European numbers after L (or an L start) are L.
    lastStrong = e;
    for (let i = 0; i < n; i++) {
      const t = types[i]!;
      if (t === L || t === R) lastStrong = t;
      else if (t === EN && lastStrong === L) types[i] = L;
    }
    this.resolveBrackets(text, types, original, e);
    // N1, N2: runs of neutrals between the same direction take it; others the embedding's.
    for (let i = 0; i < n; i++) {
      const t = types[i]!;
      if (t !== B && t !== S && t !== WS && t !== ON) continue;
      let j = i;
      while (j < n && (types[j] === B || types[j] === S || types[j] === WS || types[j] === ON)) j++;
      const before = i === 0 ? e : strongDirection(types[i - 1]!);
      const after = j === n ? e : strongDirection(types[j]!);
      const direction = before === after ? before : e;
      for (let k = i; k < j; k++) types[k] = direction;
      i = j - 1;
    }
    // I1, I2.
    const levels = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const t = types[i]!;
      if (baseLevel === 0) levels[i] = t === R ? 1 : t === AN || t === EN ? 2 : 0;
      else levels[i] = t === L || t === EN || t === AN ? 2 : 1;
    }
    return levels;
  }

  /** N0: paired brackets take the direction of what they enclose (or of their context). */
  private resolveBrackets(text: string, types: Uint8Array, original: Uint8Array, e: number): void {
    const n = text.length;
    const pairs: [number, number][] = [];
    const stack: { bracket: string; at: number }[] = [];
    for (let i = 0; i < n; i++) {
      if (types[i] !== ON) continue;
      const ch = text[i]!;
      const closing = this.bidi.openingToClosingBracket(ch);
      if (closing) {
        if (stack.length === 63) break; // BD16: stop processing on overflow
        stack.push({ bracket: this.bidi.getCanonicalBracket(closing) ?? closing, at: i });
        continue;
      }
      if (!this.bidi.closingToOpeningBracket(ch)) continue;
      const canonical = this.bidi.getCanonicalBracket(ch) ?? ch;
      for (let k = stack.length - 1; k >= 0; k--) {
        if (stack[k]!.bracket === canonical) {
          pairs.push([stack[k]!.at, i]);
          stack.length = k;
          break;
        }
      }
    }
    if (pairs.length === 0) return;
    pairs.sort((a, b) => a[0] - b[0]);
    for (const [open, close] of pairs) {
      let found = 0;
      for (let k = open + 1; k < close; k++) {
        const d = strongDirection(types[k]!);
        if (d === e) {
          found = e;
          break;
        }
        if (d) found = d;
      }
      if (!found) continue;
      let direction = found;
      if (found !== e) {
        // The opposite direction inside: keep it if the text before the pair has it too.
        let context = e;
        for (let k = open - 1; k >= 0; k--) {
          const d = strongDirection(types[k]!);
          if (d) {
            context = d;
            break;
          }
        }
        direction = context === found ? found : e;
      }
      types[open] = types[close] = direction;
      for (const at of [open, close]) {
        for (let k = at + 1; k < n && original[k] === NSM; k++) types[k] = direction;
      }
    }
  }
}

/** L for L; R for R, EN and AN (numbers count as right-to-left for neutrals); 0 otherwise. */
function strongDirection(t: number): number {
  return t === L ? L : t === R || t === EN || t === AN ? R : 0;
}
