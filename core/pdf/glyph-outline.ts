// Runs anywhere (core): a TrueType glyph's outline as PDF path operators, in font units.
// The writer draws the glyphs that carry no text of their own (dots, vowel marks, pieces
// of a decomposed letter) as these paths rather than as text: a path is never text to
// any reader, whereas every character code in a font is text to some reader (PDFium
// turns a code with no ToUnicode entry into the code's own value, which is how stray
// U+0600..U+0605 and soft hyphens used to appear).
import { readTableDirectory } from './sfnt-metrics';

/** Reads glyph outlines from the glyf/loca tables of one font, caching each glyph's path. */
export class GlyphOutlines {
  private readonly view: DataView;
  private readonly glyf: number;
  private readonly loca: number;
  private readonly longLoca: boolean;
  private readonly numGlyphs: number;
  private readonly cache = new Map<number, string>();

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const tables = readTableDirectory(bytes);
    const need = (tag: string) => {
      const record = tables.get(tag);
      if (!record) throw new Error(`Font has no '${tag}' table, so its glyph outlines cannot be read`);
      return record.offset;
    };
    this.glyf = need('glyf');
    this.loca = need('loca');
    this.longLoca = this.view.getInt16(need('head') + 50) === 1;
    this.numGlyphs = this.view.getUint16(need('maxp') + 4);
  }

  /** PDF path operators (m, l, c, h) filling the glyph, in font units; '' for an empty glyph. */
  path(gid: number): string {
    let path = this.cache.get(gid);
    if (path === undefined) {
      const out: string[] = [];
      this.append(gid, [1, 0, 0, 1, 0, 0], out, 0);
      path = out.join('');
      this.cache.set(gid, path);
    }
    return path;
  }

  private glyphRange(gid: number): [number, number] {
    if (gid < 0 || gid >= this.numGlyphs) throw new Error(`Glyph id ${gid} does not exist (${this.numGlyphs} glyphs)`);
    const v = this.view;
    if (this.longLoca) return [v.getUint32(this.loca + gid * 4), v.getUint32(this.loca + gid * 4 + 4)];
    return [v.getUint16(this.loca + gid * 2) * 2, v.getUint16(this.loca + gid * 2 + 2) * 2];
  }

  /** Appends the glyph's contours, transformed by [a b c d e f], to `out`. */
  private append(gid: number, m: readonly number[], out: string[], depth: number): void {
    if (depth > 8) throw new Error(`Composite glyph ${gid} nests too deeply`);
    const [start, end] = this.glyphRange(gid);
    if (end <= start) return;
    const v = this.view;
    const at = this.glyf + start;
    const contours = v.getInt16(at);
    if (contours >= 0) this.appendSimple(at, contours, m, out);
    else this.appendComposite(at, m, out, depth);
  }

  private appendSimple(at: number, contours: number, m: readonly number[], out: string[]): void {
    const v = this.view;
    const ends: number[] = [];
    let p = at + 10;
    for (let i = 0; i < contours; i++, p += 2) ends.push(v.getUint16(p));
    const count = contours ? ends[contours - 1]! + 1 : 0;
    p += 2 + v.getUint16(p); // skip the instructions
    const flags = new Uint8Array(count);
    for (let i = 0; i < count; ) {
      const flag = this.bytes[p++]!;
      flags[i++] = flag;
      if (flag & 8) {
        let repeat = this.bytes[p++]!;
        while (repeat-- > 0 && i < count) flags[i++] = flag;
      }
    }
    const xs = new Float64Array(count);
    const ys = new Float64Array(count);
    for (const [coords, short, same] of [[xs, 2, 16], [ys, 4, 32]] as const) {
      let value = 0;
      for (let i = 0; i < count; i++) {
        const flag = flags[i]!;
        if (flag & short) {
          const delta = this.bytes[p++]!;
          value += flag & same ? delta : -delta;
        } else if (!(flag & same)) {
          value += v.getInt16(p);
          p += 2;
        }
        coords[i] = value;
      }
    }
    const point = (i: number): [number, number] => [m[0]! * xs[i]! + m[2]! * ys[i]! + m[4]!, m[1]! * xs[i]! + m[3]! * ys[i]! + m[5]!];
    let first = 0;
    for (const last of ends) {
      this.appendContour(first, last, (i) => (flags[i]! & 1) === 1, point, out);
      first = last + 1;
    }
  }

  /** One closed contour of quadratic segments, written as cubic curves. */
  private appendContour(
    first: number,
    last: number,
    onCurve: (i: number) => boolean,
    point: (i: number) => [number, number],
    out: string[],
  ): void {
    const n = last - first + 1;
    if (n < 2) return;
    // Start on an on-curve point; if there is none, at the midpoint of the first two.
    let rotation = 0;
    while (rotation < n && !onCurve(first + rotation)) rotation++;
    const sequence: number[] = [];
    let start: [number, number];
    if (rotation < n) {
      start = point(first + rotation);
      for (let k = 1; k < n; k++) sequence.push(first + ((rotation + k) % n));
    } else {
      const a = point(first);
      const b = point(first + 1);
      start = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
      for (let k = 1; k <= n; k++) sequence.push(first + (k % n));
    }
    out.push(`${num(start[0])} ${num(start[1])} m\n`);
    let current = start;
    let control: [number, number] | undefined;
    const quadTo = (c: [number, number], to: [number, number]) => {
      const c1x = current[0] + (2 / 3) * (c[0] - current[0]);
      const c1y = current[1] + (2 / 3) * (c[1] - current[1]);
      const c2x = to[0] + (2 / 3) * (c[0] - to[0]);
      const c2y = to[1] + (2 / 3) * (c[1] - to[1]);
      out.push(`${num(c1x)} ${num(c1y)} ${num(c2x)} ${num(c2y)} ${num(to[0])} ${num(to[1])} c\n`);
      current = to;
    };
    for (const i of sequence) {
      const pt = point(i);
      if (onCurve(i)) {
        if (control) quadTo(control, pt);
        else {
          out.push(`${num(pt[0])} ${num(pt[1])} l\n`);
          current = pt;
        }
        control = undefined;
      } else {
        if (control) quadTo(control, [(control[0] + pt[0]) / 2, (control[1] + pt[1]) / 2]);
        control = pt;
      }
    }
    if (control) quadTo(control, start);
    out.push('h\n');
  }

  private appendComposite(at: number, m: readonly number[], out: string[], depth: number): void {
    const v = this.view;
    let p = at + 10;
    for (;;) {
      const flags = v.getUint16(p);
      const component = v.getUint16(p + 2);
      p += 4;
      let dx: number;
      let dy: number;
      if (flags & 1) {
        dx = v.getInt16(p);
        dy = v.getInt16(p + 2);
        p += 4;
      } else {
        dx = v.getInt8(p);
        dy = v.getInt8(p + 1);
        p += 2;
      }
      // Point-matching placement (ARGS_ARE_XY_VALUES unset) is rare in these fonts; it is
      // drawn unshifted rather than failing.
      if (!(flags & 2)) dx = dy = 0;
      let a = 1;
      let b = 0;
      let c = 0;
      let d = 1;
      if (flags & 8) {
        a = d = v.getInt16(p) / 16384;
        p += 2;
      } else if (flags & 0x40) {
        a = v.getInt16(p) / 16384;
        d = v.getInt16(p + 2) / 16384;
        p += 4;
      } else if (flags & 0x80) {
        a = v.getInt16(p) / 16384;
        b = v.getInt16(p + 2) / 16384;
        c = v.getInt16(p + 4) / 16384;
        d = v.getInt16(p + 6) / 16384;
        p += 8;
      }
      // The component's transform, then the parent's.
      const child = [
        m[0]! * a + m[2]! * b,
        m[1]! * a + m[3]! * b,
        m[0]! * c + m[2]! * d,
        m[1]! * c + m[3]! * d,
        m[0]! * dx + m[2]! * dy + m[4]!,
        m[1]! * dx + m[3]! * dy + m[5]!,
      ];
      this.append(component, child, out, depth + 1);
      if (!(flags & 0x20)) break;
    }
  }
}

function num(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
