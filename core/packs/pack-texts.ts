// Runs anywhere (core): every workspace text a pack prints goes through here. A segment
// in Chinese is its source; in a target language it is its reviewed translation. Anything
// else (missing, draft, translated but not reviewed) is recorded: the build stops with the
// list, or, when the request fills with Chinese, the source is printed in its place on an
// amber band behind a small "中文" tag, and the place is listed in the report.
import type { RichText, Span } from '../typeset/document-schema';
import { formatIssuePath } from '../model/issue-path';
import type { LocalizedText } from '../model/localized-text';
import { statusIn, type Segment } from '../model/segment';
import type { PackMissing } from './pack-build';

export const SOURCE_LANGUAGE = 'zh';
/** The tag printed before text filled with Chinese. */
export const FILLED_TAG = '中文';

/** Where a segment is: its path from the workspace root and a label people can follow. */
export interface SegmentPlace {
  path: PropertyKey[];
  /** e.g. `Overview › paragraph`. */
  where: string;
}

function excerpt(text: string, max = 24): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

export class PackTexts {
  readonly missing: PackMissing[] = [];
  readonly filled: { segmentPath: string; language: string }[] = [];
  readonly warnings: string[] = [];
  private readonly seen = new Set<string>();

  /**
   * `pathInWorkspace` maps a path of the view the template reads to the workspace's (see
   * public-view.ts), so a gap is reported where staff find it.
   */
  constructor(
    private readonly fillWithChinese: boolean,
    private readonly pathInWorkspace: (path: readonly PropertyKey[]) => PropertyKey[] = (path) => [...path],
  ) {}

  /** The segment's text in `language`, or the marked Chinese (recording the gap). */
  segment(segment: Segment, language: string, place: SegmentPlace): RichText {
    if (language === SOURCE_LANGUAGE) return segment.source.text;
    const translation = segment.translations[language];
    if (translation && translation.status === 'reviewed') return translation.text;
    const segmentPath = formatIssuePath(this.pathInWorkspace(place.path));
    const key = `${segmentPath}\u0000${language}`;
    if (!this.seen.has(key)) {
      this.seen.add(key);
      this.missing.push({
        segmentPath,
        segmentLabel: `${place.where}: “${excerpt(segment.source.text)}”`,
        language,
        status: statusIn(segment, language),
      });
      if (this.fillWithChinese) this.filled.push({ segmentPath, language });
    }
    return filledWithChinese(segment.source.text);
  }

  /** Plain text of a segment (for titles and the PDF's metadata): same rules, no marks. */
  plain(segment: Segment, language: string, place: SegmentPlace): string {
    const text = this.segment(segment, language, place);
    return typeof text === 'string' ? text : text.filter((s) => s.mark !== 'tag').map((s) => s.text).join('');
  }

  /**
   * A name or label given per language (venues, titles, glossary terms: no status). When
   * the language has none, `fallbacks` are tried in order and a warning says so.
   */
  name(text: LocalizedText, language: string, what: string, fallbacks: readonly string[] = [SOURCE_LANGUAGE]): string {
    const own = text[language];
    if (own) return own;
    for (const code of fallbacks) {
      const value = text[code];
      if (value) {
        this.warn(`${what} has no ${language} form; printed in ${code}: “${excerpt(value, 40)}”`);
        return value;
      }
    }
    const any = Object.values(text)[0] ?? '';
    if (any) this.warn(`${what} has no ${language} form; printed as “${excerpt(any, 40)}”`);
    return any;
  }

  warn(message: string): void {
    if (!this.warnings.includes(message)) this.warnings.push(message);
  }
}

/** Chinese printed in place of a translation: the tag, then the text on its band. */
export function filledWithChinese(source: string): Span[] {
  return [
    { text: FILLED_TAG, lang: SOURCE_LANGUAGE, mark: 'tag' },
    { text: ' ', lang: SOURCE_LANGUAGE },
    { text: source, lang: SOURCE_LANGUAGE, mark: 'highlight' },
  ];
}
