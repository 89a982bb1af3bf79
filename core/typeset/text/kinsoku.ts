// Runs anywhere (core): kinsoku shori, the Chinese and Japanese rules on which
// characters may not begin or end a line. UAX #14 covers most of them; these sets make
// the rule hold whatever the break algorithm's data says.

/** May not begin a line: closing brackets and quotes, pauses and stops, small kana, marks. */
export const NO_LINE_START = new Set(
  Array.from(
    '、。，．・：；？！‼⁇⁈⁉）］｝〕〉》」』】〙〗〟’”｠»›ヽヾーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖ々〻‐゠–〜～' +
      ',.:;?!)]}%',
  ).map((ch) => ch.codePointAt(0)!),
);

/** May not end a line: opening brackets and quotes. */
export const NO_LINE_END = new Set(Array.from('（［｛〔〈《「『【〘〖〝‘“｟«‹([{').map((ch) => ch.codePointAt(0)!));

/** The two sets as one lookup table over the Basic Multilingual Plane: bit 1 = no start, bit 2 = no end. */
export const KINSOKU_TABLE = new Uint8Array(0x10000);
for (const cp of NO_LINE_START) if (cp < 0x10000) KINSOKU_TABLE[cp]! |= 1;
for (const cp of NO_LINE_END) if (cp < 0x10000) KINSOKU_TABLE[cp]! |= 2;
