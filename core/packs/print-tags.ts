// Runs anywhere (core): the language tags a pack is printed with, so that print follows the
// direction the workspace gives each language (`Language.direction`), not the engine's
// list of right-to-left languages. Where the two disagree (a right-to-left language the
// user added, say Dari "prs"), the tag gets the script subtag that says the direction
// ("prs-Arab"; "-Latn" for one written left to right): a more precise BCP 47 tag, which
// the engine, the PDF's /Lang and the preview's lang/dir all read the same way.
import type { Languages } from '../model/language';
import type { TypesetDocument } from '../typeset/document-schema';
import { isRtlLanguage } from '../typeset/text/languages';

/** code → the tag to print it with, for every language whose code alone says the wrong direction. */
export function printTagMap(languages: Languages): Map<string, string> {
  const map = new Map<string, string>();
  for (const language of [languages.source, ...languages.targets]) {
    const rtl = language.direction === 'rtl';
    if (isRtlLanguage(language.code) === rtl) continue;
    map.set(language.code, `${language.code}-${rtl ? 'Arab' : 'Latn'}`);
  }
  return map;
}

function retag(value: unknown, map: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(value)) return value.map((item) => retag(item, map));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key === 'lang' && typeof item === 'string') out[key] = map.get(item) ?? item;
    else if (key === 'columnLangs' && Array.isArray(item)) out[key] = item.map((lang) => (typeof lang === 'string' ? (map.get(lang) ?? lang) : lang));
    else out[key] = retag(item, map);
  }
  return out;
}

/** The document with every language tag the engine would read in the wrong direction made explicit. */
export function printTags(document: TypesetDocument, languages: Languages): TypesetDocument {
  const map = printTagMap(languages);
  return map.size === 0 ? document : (retag(document, map) as TypesetDocument);
}
