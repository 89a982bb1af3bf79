// Runs anywhere (core): HarfBuzz's shaper instantiated straight from the wasm bytes the
// host hands in. harfbuzzjs's own entry point loads its wasm by itself on import (fs or
// fetch), which core may not do, and allocates an object per glyph; this thin binding
// reads glyph infos and positions from wasm memory directly instead.

// Module-local: core is type-checked without DOM types, and only this much is used.
declare const WebAssembly: {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, Record<string, (...args: number[]) => unknown>>,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
};

interface WasmMemory {
  buffer: ArrayBuffer;
  grow(pages: number): number;
}

type Fn = (...args: number[]) => number;

interface HbExports {
  memory: WasmMemory;
  __wasm_call_ctors: Fn;
  malloc: Fn;
  free: Fn;
  hb_blob_create: Fn;
  hb_blob_destroy: Fn;
  hb_face_create: Fn;
  hb_face_get_upem: Fn;
  hb_face_collect_unicodes: Fn;
  hb_font_create: Fn;
  hb_font_get_h_extents: Fn;
  hb_font_get_glyph_h_advance: Fn;
  hb_font_get_nominal_glyph: Fn;
  hb_set_create: Fn;
  hb_set_destroy: Fn;
  hb_set_get_population: Fn;
  hb_set_next_many: Fn;
  hb_buffer_create: Fn;
  hb_buffer_clear_contents: Fn;
  hb_buffer_set_direction: Fn;
  hb_buffer_set_script: Fn;
  hb_buffer_set_language: Fn;
  hb_buffer_set_flags: Fn;
  hb_buffer_add_utf16: Fn;
  hb_buffer_get_length: Fn;
  hb_buffer_get_glyph_infos: Fn;
  hb_buffer_get_glyph_positions: Fn;
  hb_language_from_string: Fn;
  hb_shape: Fn;
}

export const HB_DIRECTION_LTR = 4;
export const HB_DIRECTION_RTL = 5;
/** hb_glyph_flags_t: breaking the line before this glyph needs reshaping. */
export const HB_GLYPH_FLAG_UNSAFE_TO_BREAK = 1;
const HB_MEMORY_MODE_READONLY = 1;
const HB_BUFFER_FLAG_BOT = 1;
const HB_BUFFER_FLAG_EOT = 2;
/** Marks where a tatweel may be inserted for kashida justification (glyph flag 4). */
const HB_BUFFER_FLAG_PRODUCE_SAFE_TO_INSERT_TATWEEL = 0x80;
/** hb_glyph_flags_t: a tatweel may be inserted before this cluster (in logical order). */
export const HB_GLYPH_FLAG_SAFE_TO_INSERT_TATWEEL = 4;

/** ISO 15924 tag as HarfBuzz's hb_script_t (the tag's four bytes, big-endian). */
export function scriptTag(iso15924: string): number {
  return (
    ((iso15924.charCodeAt(0) << 24) |
      (iso15924.charCodeAt(1) << 16) |
      (iso15924.charCodeAt(2) << 8) |
      iso15924.charCodeAt(3)) >>>
    0
  );
}

/** One shaping result, in font units, glyphs in visual order (HarfBuzz's output order). */
export interface RawShape {
  gids: Uint32Array;
  /** UTF-16 index of each glyph's cluster in the string handed to shape(). */
  clusters: Uint32Array;
  /** Glyph flags (unsafe-to-break). */
  flags: Uint8Array;
  xAdvance: Int32Array;
  xOffset: Int32Array;
  yOffset: Int32Array;
}

/** The six arrays of a shaping result over one buffer (one allocation instead of six). */
export function allocateShape(count: number, buffer = new ArrayBuffer(count * 21), offset = 0): RawShape {
  return {
    gids: new Uint32Array(buffer, offset, count),
    clusters: new Uint32Array(buffer, offset + count * 4, count),
    xAdvance: new Int32Array(buffer, offset + count * 8, count),
    xOffset: new Int32Array(buffer, offset + count * 12, count),
    yOffset: new Int32Array(buffer, offset + count * 16, count),
    flags: new Uint8Array(buffer, offset + count * 20, count),
  };
}

/**
 * Space for shaping results that live only while one paragraph is set: reset per
 * paragraph, so most results cost no allocation (ArrayBuffers are slow to allocate and
 * count as external memory).
 */
export class ShapeArena {
  private buffer = new ArrayBuffer(1 << 20);
  private used = 0;

  reset(): void {
    this.used = 0;
  }

  /** Six arrays for `count` glyphs, holding stale data: the caller writes every element. */
  take(count: number): RawShape {
    const size = (count * 21 + 7) & ~7;
    if (this.used + size > this.buffer.byteLength) {
      // Results already handed out keep the old buffer alive; new ones go to a fresh one.
      this.buffer = new ArrayBuffer(Math.max(this.buffer.byteLength, size * 2));
      this.used = 0;
    }
    const shape = allocateShape(count, this.buffer, this.used);
    this.used += size;
    return shape;
  }
}

export interface HbFontHandle {
  readonly face: number;
  readonly font: number;
  readonly upem: number;
  /** Ascender and descender (positive, below baseline) in font units, from hhea/OS/2. */
  readonly ascender: number;
  readonly descender: number;
  readonly lineGap: number;
}

export class HarfBuzz {
  private heapU8: Uint8Array;
  private heapU16: Uint16Array;
  private heapU32: Uint32Array;
  private heap32: Int32Array;
  private readonly buffer: number;
  private readonly languages = new Map<string, number>();
  private textPtr = 0;
  private textCapacity = 0;

  private constructor(private readonly x: HbExports) {
    this.heapU8 = new Uint8Array(0);
    this.heapU16 = new Uint16Array(0);
    this.heapU32 = new Uint32Array(0);
    this.heap32 = new Int32Array(0);
    this.refreshViews();
    this.buffer = x.hb_buffer_create();
  }

  /** Instantiates harfbuzz.wasm (the shaping build shipped in harfbuzzjs/dist). */
  static async instantiate(wasmBinary: Uint8Array): Promise<HarfBuzz> {
    let memory: WasmMemory | undefined;
    const abort = (): never => {
      throw new Error('HarfBuzz aborted');
    };
    const env = {
      _abort_js: abort,
      _emscripten_runtime_keepalive_clear: () => 0,
      _setitimer_js: () => 0,
      emscripten_resize_heap: (requested: number) => {
        if (!memory) return 0;
        const current = memory.buffer.byteLength;
        const wanted = Math.max(requested >>> 0, Math.ceil(current * 1.25));
        const pages = Math.ceil((wanted - current) / 65536);
        try {
          memory.grow(pages);
          return 1;
        } catch {
          return 0;
        }
      },
    };
    const wasi = { proc_exit: abort };
    const { instance } = await WebAssembly.instantiate(wasmBinary, { env, wasi_snapshot_preview1: wasi });
    const x = instance.exports as unknown as HbExports;
    memory = x.memory;
    x.__wasm_call_ctors();
    return new HarfBuzz(x);
  }

  private refreshViews(): void {
    const buffer = this.x.memory.buffer;
    if (this.heapU8.buffer !== buffer) {
      this.heapU8 = new Uint8Array(buffer);
      this.heapU16 = new Uint16Array(buffer);
      this.heapU32 = new Uint32Array(buffer);
      this.heap32 = new Int32Array(buffer);
    }
  }

  /** Copies a font file into wasm memory (kept for the engine's life) and opens it. */
  openFont(bytes: Uint8Array): HbFontHandle {
    const x = this.x;
    const ptr = x.malloc(bytes.byteLength);
    if (!ptr) throw new Error('HarfBuzz: out of memory loading a font');
    this.refreshViews();
    this.heapU8.set(bytes, ptr);
    const blob = x.hb_blob_create(ptr, bytes.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
    const face = x.hb_face_create(blob, 0);
    const font = x.hb_font_create(face);
    const upem = x.hb_face_get_upem(face);
    // hb_font_extents_t: ascender, descender, line_gap + 9 reserved int32.
    const extents = x.malloc(48);
    x.hb_font_get_h_extents(font, extents);
    this.refreshViews();
    const ascender = this.heap32[extents >> 2] ?? 0;
    const descender = -(this.heap32[(extents >> 2) + 1] ?? 0);
    const lineGap = this.heap32[(extents >> 2) + 2] ?? 0;
    x.free(extents);
    return { face, font, upem, ascender, descender, lineGap };
  }

  /** Every code point the font's cmap maps, as a bitmap indexed by code point. */
  coverage(handle: HbFontHandle): Uint8Array {
    const x = this.x;
    const face = handle.face;
    const set = x.hb_set_create();
    x.hb_face_collect_unicodes(face, set);
    const count = x.hb_set_get_population(set);
    const out = x.malloc(Math.max(4, count * 4));
    x.hb_set_next_many(set, -1, out, count);
    this.refreshViews();
    const bitmap = new Uint8Array(0x110000 >> 3);
    const base = out >> 2;
    for (let i = 0; i < count; i++) {
      const cp = this.heapU32[base + i] ?? 0;
      bitmap[cp >> 3]! |= 1 << (cp & 7);
    }
    x.free(out);
    x.hb_set_destroy(set);
    return bitmap;
  }

  /** The glyph the cmap gives a code point, or 0. */
  nominalGlyph(handle: HbFontHandle, codePoint: number): number {
    const x = this.x;
    const out = x.malloc(4);
    const found = x.hb_font_get_nominal_glyph(handle.font, codePoint, out);
    this.refreshViews();
    const gid = found ? (this.heapU32[out >> 2] ?? 0) : 0;
    x.free(out);
    return gid;
  }

  advance(handle: HbFontHandle, gid: number): number {
    return this.x.hb_font_get_glyph_h_advance(handle.font, gid);
  }

  private language(tag: string): number {
    let lang = this.languages.get(tag);
    if (lang === undefined) {
      const ptr = this.x.malloc(tag.length + 1);
      this.refreshViews();
      for (let i = 0; i < tag.length; i++) this.heapU8[ptr + i] = tag.charCodeAt(i) & 0x7f;
      this.heapU8[ptr + tag.length] = 0;
      lang = this.x.hb_language_from_string(ptr, -1);
      this.x.free(ptr);
      this.languages.set(tag, lang);
    }
    return lang;
  }

  /**
   * Shapes text[start, start+length) with the rest of `text` as context (so joining and
   * contextual forms at the item's edges see their neighbours). Clusters are indices into
   * `text`.
   */
  shape(
    handle: HbFontHandle,
    text: string,
    start: number,
    length: number,
    direction: number,
    script: number,
    language: string,
    arena?: ShapeArena,
  ): RawShape {
    const x = this.x;
    const n = text.length;
    if (n > this.textCapacity) {
      if (this.textPtr) x.free(this.textPtr);
      this.textCapacity = Math.max(256, n * 2);
      this.textPtr = x.malloc(this.textCapacity * 2);
    }
    this.refreshViews();
    const base16 = this.textPtr >> 1;
    const heap16 = this.heapU16;
    for (let i = 0; i < n; i++) heap16[base16 + i] = text.charCodeAt(i);
    const buf = this.buffer;
    x.hb_buffer_clear_contents(buf);
    x.hb_buffer_add_utf16(buf, this.textPtr, n, start, length);
    x.hb_buffer_set_direction(buf, direction);
    x.hb_buffer_set_script(buf, script);
    x.hb_buffer_set_language(buf, this.language(language));
    x.hb_buffer_set_flags(
      buf,
      HB_BUFFER_FLAG_PRODUCE_SAFE_TO_INSERT_TATWEEL | (start === 0 ? HB_BUFFER_FLAG_BOT : 0) | (start + length === n ? HB_BUFFER_FLAG_EOT : 0),
    );
    x.hb_shape(handle.font, buf, 0, 0);
    const count = x.hb_buffer_get_length(buf);
    const infos = x.hb_buffer_get_glyph_infos(buf, 0) >> 2;
    const positions = x.hb_buffer_get_glyph_positions(buf, 0) >> 2;
    this.refreshViews();
    const u32 = this.heapU32;
    const i32 = this.heap32;
    const { gids, clusters, flags, xAdvance, xOffset, yOffset } = arena ? arena.take(count) : allocateShape(count);
    for (let g = 0, ip = infos, pp = positions; g < count; g++, ip += 5, pp += 5) {
      gids[g] = u32[ip]!;
      flags[g] = u32[ip + 1]! & 7;
      clusters[g] = u32[ip + 2]!;
      xAdvance[g] = i32[pp]!;
      xOffset[g] = i32[pp + 2]!;
      yOffset[g] = i32[pp + 3]!;
    }
    return { gids, clusters, flags, xAdvance, xOffset, yOffset };
  }
}
