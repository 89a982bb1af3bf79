// Runs in Node: where each font of the table (core/typeset/fonts/font-table.ts) and the
// HarfBuzz wasm builds live in node_modules.
import { FONT_FACES, type FontKey } from '../../core/typeset/fonts/font-table';

/** Package-relative module specifiers, resolved with require.resolve. */
export const FONT_FILES = Object.fromEntries(FONT_FACES.map((face) => [face.key, face.file])) as Record<FontKey, string>;

export const HARFBUZZ_WASM = 'harfbuzzjs/dist/harfbuzz.wasm';
export const HARFBUZZ_SUBSET_WASM = 'harfbuzzjs/dist/harfbuzz-subset.wasm';
