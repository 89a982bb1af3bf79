// Runs anywhere (core): subsets a TrueType font to the glyphs a document draws, with
// HarfBuzz's hb-subset compiled to WebAssembly (harfbuzzjs/dist/harfbuzz-subset.wasm).
// The host hands over the wasm bytes; the module is instantiated once per byte array and
// reused for every document. Each font is copied in and parsed once; what a subset
// allocates is freed after it.

/** The hb-subset exports this file calls (the wasm has no imports). */
interface HbSubsetExports {
  memory: { buffer: ArrayBuffer };
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, lengthPtr: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_glyph_set(input: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set(input: number, setType: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
}

/** The slice of the WebAssembly JS API used here; core is type-checked without DOM types. */
interface WasmApi {
  instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: unknown } }>;
}

// hb-subset.h
const HB_MEMORY_MODE_READONLY = 1;
const FLAG_NO_HINTING = 0x1;
const FLAG_RETAIN_GIDS = 0x2;
const FLAG_NOTDEF_OUTLINE = 0x40;
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3;

/**
 * Tables a PDF viewer never reads from an embedded CIDFontType2: layout tables (shaping is
 * done already; keeping GSUB would also pull every substitute glyph into the subset),
 * colour, variation and bitmap tables.
 */
const DROPPED_TABLES = [
  'GSUB', 'GPOS', 'GDEF', 'BASE', 'JSTF', 'MATH', 'kern', 'morx', 'mort', 'feat', 'DSIG',
  'STAT', 'meta', 'COLR', 'CPAL', 'SVG ', 'sbix', 'CBDT', 'CBLC', 'EBDT', 'EBLC', 'EBSC',
  'fvar', 'gvar', 'avar', 'cvar', 'HVAR', 'MVAR', 'VVAR', 'vhea', 'vmtx', 'VORG', 'LTSH',
  'hdmx', 'VDMX', 'PCLT', 'gasp',
];

function tagToInt(tag: string): number {
  return ((tag.charCodeAt(0) << 24) | (tag.charCodeAt(1) << 16) | (tag.charCodeAt(2) << 8) | tag.charCodeAt(3)) >>> 0;
}

export interface FontSubsetter {
  /**
   * Returns a font holding only `glyphIds` (plus .notdef and composite components), with
   * every glyph keeping its original id so the ids layout shaped with stay valid.
   */
  subset(fontBytes: Uint8Array, glyphIds: Iterable<number>): Uint8Array;
}

const instances = new WeakMap<Uint8Array, Promise<FontSubsetter>>();

/** The subsetter for these wasm bytes, instantiated on first use and then shared. */
export function fontSubsetterFor(wasmBytes: Uint8Array): Promise<FontSubsetter> {
  let pending = instances.get(wasmBytes);
  if (!pending) {
    pending = instantiateSubsetter(wasmBytes);
    instances.set(wasmBytes, pending);
    pending.catch(() => instances.delete(wasmBytes));
  }
  return pending;
}

async function instantiateSubsetter(wasmBytes: Uint8Array): Promise<FontSubsetter> {
  const wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;
  if (!wasm) throw new Error('WebAssembly is not available in this runtime');
  const { instance } = await wasm.instantiate(wasmBytes, {});
  const hb = instance.exports as HbSubsetExports;
  const faces = new WeakMap<Uint8Array, number>();
  // A font is copied into wasm memory and parsed once, then kept for every later
  // document: the Chinese face is 10 MB, and copying it each time was most of its subset.
  const faceOf = (fontBytes: Uint8Array): number => {
    let face = faces.get(fontBytes);
    if (face === undefined) {
      face = openFace(hb, fontBytes);
      faces.set(fontBytes, face);
    }
    return face;
  };
  return { subset: (fontBytes, glyphIds) => subsetWith(hb, faceOf(fontBytes), glyphIds) };
}

/** The font's bytes copied into wasm memory, as a face (kept for the module's life). */
function openFace(hb: HbSubsetExports, fontBytes: Uint8Array): number {
  const fontPtr = hb.malloc(fontBytes.length);
  if (!fontPtr) throw new Error('hb-subset: out of memory for the font');
  new Uint8Array(hb.memory.buffer, fontPtr, fontBytes.length).set(fontBytes);
  const blob = hb.hb_blob_create(fontPtr, fontBytes.length, HB_MEMORY_MODE_READONLY, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob); // the face holds its own reference
  return face;
}

function subsetWith(hb: HbSubsetExports, face: number, glyphIds: Iterable<number>): Uint8Array {
  let input = 0;
  let subsetFace = 0;
  let subsetBlob = 0;
  try {
    input = hb.hb_subset_input_create_or_fail();
    if (!input) throw new Error('hb-subset: could not create the subset input');

    const glyphSet = hb.hb_subset_input_glyph_set(input);
    hb.hb_set_add(glyphSet, 0);
    for (const gid of glyphIds) hb.hb_set_add(glyphSet, gid);
    // No unicodes: a CIDFontType2 is addressed through CIDToGIDMap, never through cmap.
    hb.hb_set_clear(hb.hb_subset_input_unicode_set(input));
    const dropped = hb.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const tag of DROPPED_TABLES) hb.hb_set_add(dropped, tagToInt(tag));
    hb.hb_subset_input_set_flags(input, FLAG_RETAIN_GIDS | FLAG_NO_HINTING | FLAG_NOTDEF_OUTLINE);

    subsetFace = hb.hb_subset_or_fail(face, input);
    if (!subsetFace) throw new Error('hb-subset failed for this font');
    subsetBlob = hb.hb_face_reference_blob(subsetFace);
    const dataPtr = hb.hb_blob_get_data(subsetBlob, 0);
    const length = hb.hb_blob_get_length(subsetBlob);
    if (!dataPtr || length === 0) throw new Error('hb-subset produced an empty font');
    // Copy out before freeing: the view points into wasm memory.
    return new Uint8Array(hb.memory.buffer, dataPtr, length).slice();
  } finally {
    if (subsetBlob) hb.hb_blob_destroy(subsetBlob);
    if (subsetFace) hb.hb_face_destroy(subsetFace);
    if (input) hb.hb_subset_input_destroy(input);
  }
}
