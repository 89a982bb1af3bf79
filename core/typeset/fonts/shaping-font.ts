// Runs anywhere (core): the part of a font file that shaping reads. HarfBuzz needs cmap,
// metrics and the OpenType layout tables, not the outlines; dropping glyf and loca
// turns the 10 MB Chinese face into about 2 MB of shaper memory. (The PDF writer gets the
// complete file and embeds a subset of its outlines.)

const OUTLINE_TABLES = new Set(['glyf', 'loca']);

/** The font without its TrueType outlines, or the bytes unchanged if there is little to gain. */
export function shapingFont(bytes: Uint8Array): Uint8Array {
  if (bytes.length < 1_000_000) return bytes;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint16(4);
  const tables: { tag: string; record: number; offset: number; length: number }[] = [];
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(bytes[record]!, bytes[record + 1]!, bytes[record + 2]!, bytes[record + 3]!);
    tables.push({ tag, record, offset: view.getUint32(record + 8), length: view.getUint32(record + 12) });
  }
  const kept = tables.filter((t) => !OUTLINE_TABLES.has(t.tag));
  if (kept.length === tables.length) return bytes;
  let size = 12 + kept.length * 16;
  for (const t of kept) size += (t.length + 3) & ~3;
  const out = new Uint8Array(size);
  const outView = new DataView(out.buffer);
  out.set(bytes.subarray(0, 4), 0); // sfnt version
  outView.setUint16(4, kept.length);
  let power = 1;
  let log = 0;
  while (power * 2 <= kept.length) {
    power *= 2;
    log++;
  }
  outView.setUint16(6, power * 16);
  outView.setUint16(8, log);
  outView.setUint16(10, kept.length * 16 - power * 16);
  let offset = 12 + kept.length * 16;
  kept.forEach((t, i) => {
    const record = 12 + i * 16;
    out.set(bytes.subarray(t.record, t.record + 8), record); // tag and checksum
    outView.setUint32(record + 8, offset);
    outView.setUint32(record + 12, t.length);
    out.set(bytes.subarray(t.offset, t.offset + t.length), offset);
    offset += (t.length + 3) & ~3;
  });
  return out;
}
