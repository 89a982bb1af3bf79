// Runs anywhere (core): reads what a PDF font descriptor and widths array need from a
// TrueType file's head, hhea, hmtx, maxp, OS/2, post and name tables, with a DataView.

export interface SfntMetrics {
  unitsPerEm: number;
  /** Font bounding box in font units: [xMin, yMin, xMax, yMax]. */
  bbox: [number, number, number, number];
  ascent: number;
  descent: number;
  capHeight: number;
  xHeight: number;
  italicAngle: number;
  isFixedPitch: boolean;
  isSerif: boolean;
  isItalic: boolean;
  weightClass: number;
  numGlyphs: number;
  /** PostScript name (name id 6), sanitised for a PDF name; '' if the font has none. */
  postScriptName: string;
  /** Nominal advance of a glyph in font units (hmtx). */
  advanceOf(gid: number): number;
}

interface TableRecord {
  offset: number;
  length: number;
}

export function readTableDirectory(bytes: Uint8Array): Map<string, TableRecord> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(0);
  if (version !== 0x00010000 && version !== 0x74727565 /* 'true' */) {
    throw new Error('Not a TrueType font (only glyf-based TTF fonts can be embedded as CIDFontType2)');
  }
  const numTables = view.getUint16(4);
  const tables = new Map<string, TableRecord>();
  for (let i = 0; i < numTables; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
    tables.set(tag, { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  return tables;
}

export function readSfntMetrics(bytes: Uint8Array): SfntMetrics {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = readTableDirectory(bytes);
  const table = (tag: string): TableRecord => {
    const record = tables.get(tag);
    if (!record) throw new Error(`Font has no '${tag}' table`);
    return record;
  };

  const head = table('head').offset;
  const unitsPerEm = view.getUint16(head + 18);
  const bbox: [number, number, number, number] = [
    view.getInt16(head + 36),
    view.getInt16(head + 38),
    view.getInt16(head + 40),
    view.getInt16(head + 42),
  ];
  const macStyle = view.getUint16(head + 44);

  const hhea = table('hhea').offset;
  let ascent = view.getInt16(hhea + 4);
  let descent = view.getInt16(hhea + 6);
  const numberOfHMetrics = view.getUint16(hhea + 34);

  const numGlyphs = view.getUint16(table('maxp').offset + 4);

  let capHeight = 0;
  let xHeight = 0;
  let weightClass = 400;
  let isSerif = false;
  const os2Record = tables.get('OS/2');
  if (os2Record) {
    const os2 = os2Record.offset;
    const os2Version = view.getUint16(os2);
    weightClass = view.getUint16(os2 + 4);
    const familyClass = view.getInt16(os2 + 30) >> 8;
    // IBM family classes 1-5 and 7 are serif designs.
    isSerif = (familyClass >= 1 && familyClass <= 5) || familyClass === 7;
    const useTypoMetrics = (view.getUint16(os2 + 62) & 0x80) !== 0;
    if (useTypoMetrics) {
      ascent = view.getInt16(os2 + 68);
      descent = view.getInt16(os2 + 70);
    }
    if (os2Version >= 2 && os2Record.length >= 90) {
      xHeight = view.getInt16(os2 + 86);
      capHeight = view.getInt16(os2 + 88);
    }
  }
  if (capHeight === 0) capHeight = ascent; // fonts without the OS/2 v2 fields

  let italicAngle = 0;
  let isFixedPitch = false;
  const postRecord = tables.get('post');
  if (postRecord) {
    italicAngle = view.getInt32(postRecord.offset + 4) / 65536;
    isFixedPitch = view.getUint32(postRecord.offset + 12) !== 0;
  }

  const hmtx = table('hmtx').offset;
  const lastAdvance = numberOfHMetrics > 0 ? view.getUint16(hmtx + (numberOfHMetrics - 1) * 4) : 0;
  const advanceOf = (gid: number): number =>
    gid < numberOfHMetrics ? view.getUint16(hmtx + gid * 4) : lastAdvance;

  return {
    unitsPerEm,
    bbox,
    ascent,
    descent,
    capHeight,
    xHeight,
    italicAngle,
    isFixedPitch,
    isSerif,
    isItalic: (macStyle & 0x2) !== 0 || italicAngle !== 0,
    weightClass,
    numGlyphs,
    postScriptName: readPostScriptName(bytes, view, tables.get('name')),
    advanceOf,
  };
}

function readPostScriptName(bytes: Uint8Array, view: DataView, record: TableRecord | undefined): string {
  if (!record) return '';
  const base = record.offset;
  const count = view.getUint16(base + 2);
  const stringsAt = base + view.getUint16(base + 4);
  let found = '';
  for (let i = 0; i < count; i++) {
    const at = base + 6 + i * 12;
    const platform = view.getUint16(at);
    const nameId = view.getUint16(at + 6);
    if (nameId !== 6) continue;
    const length = view.getUint16(at + 8);
    const offset = stringsAt + view.getUint16(at + 10);
    let text = '';
    if (platform === 3 || platform === 0) {
      for (let j = 0; j + 1 < length; j += 2) text += String.fromCharCode(view.getUint16(offset + j));
    } else {
      for (let j = 0; j < length; j++) text += String.fromCharCode(bytes[offset + j]!);
    }
    found = text;
    if (platform === 3) break;
  }
  // A PDF name may hold any printable ASCII except delimiters; PostScript names are
  // already restricted, this only guards against odd fonts.
  return found.replace(/[^\x21-\x7e]|[()<>[\]{}/%#]/g, '');
}
