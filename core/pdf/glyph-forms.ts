// Runs anywhere (core): the glyphs drawn as ink only (see glyph-outline.ts), one Form
// XObject per distinct (font, glyph), in font units, shared by every page. A page draws
// one with `s 0 0 s x y cm /Name Do`; it fills with the current colour.
import type { PDFRef } from 'pdf-lib';
import type { StreamRegistrar } from './deflated-stream';
import type { FontEncoding } from './font-encoding';
import { GlyphOutlines } from './glyph-outline';

export class GlyphForms {
  private readonly names = new Map<FontEncoding, Map<number, string>>();
  private readonly outlines = new Map<FontEncoding, GlyphOutlines>();
  private readonly refs = new Map<string, PDFRef>();

  constructor(private readonly stream: StreamRegistrar) {}

  /** The resource name of glyph `gid` of the font as a form, creating it on first use. */
  nameFor(encoding: FontEncoding, gid: number): string {
    let byGid = this.names.get(encoding);
    if (!byGid) this.names.set(encoding, (byGid = new Map()));
    let name = byGid.get(gid);
    if (name) return name;
    let outlines = this.outlines.get(encoding);
    if (!outlines) this.outlines.set(encoding, (outlines = new GlyphOutlines(encoding.fontBytes)));
    name = `${encoding.resourceName}g${gid}`;
    const path = outlines.path(gid);
    const [x1, y1, x2, y2] = encoding.metrics.bbox;
    const form = this.stream(path === '' ? '' : `${path}f\n`, {
      Type: 'XObject',
      Subtype: 'Form',
      BBox: [x1, y1, x2, y2],
    });
    this.refs.set(name, form);
    byGid.set(gid, name);
    return name;
  }

  refOf(name: string): PDFRef | undefined {
    return this.refs.get(name);
  }
}
