// Runs anywhere (core): the form text is compared in when searching: case-, width- and
// accent-insensitive, Arabic without its vowel signs and tatweel, quotes unified, so
// "Peoples" finds "People’s", "ＡＢ" finds "ab" and "مشروع" finds "مَشْرُوع". Chinese and
// Japanese match by characters: no word segmentation is needed for a substring test.

/** Plain ASCII and CJK ideographs have nothing to decompose: the fast path for most text. */
const SIMPLE = /^[\x00-\x5f\x61-\x7f\u3000-\u303f\u4e00-\u9fff]*$/;
/** Latin combining accents; Arabic harakat, hamza marks, superscript alef and tatweel. */
const MARKS = /[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g;
/** Bidi controls and zero-width characters a pasted text may carry. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

export function searchKey(text: string): string {
  if (SIMPLE.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(MARKS, '').replace(INVISIBLE, '').replace(/[’‘`´]/g, "'").toLocaleLowerCase();
}
