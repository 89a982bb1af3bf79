// Runs in Node: Vite builds the renderer (renderer/ → dist/renderer) and serves it for the
// browser host (`npm run dev:web`, `npm run preview:web`).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { fontTablePlugin } from './scripts/vite-font-table.ts';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: `${repoRoot}renderer`,
  // Relative asset URLs, so the same build loads from app:// in Electron and from any path on the web.
  base: './',
  publicDir: false,
  // The font table (core/typeset/fonts/font-table.ts) as the engine's font URLs and the UI's @font-face rules.
  plugins: [fontTablePlugin()],
  // No @vitejs/plugin-react here: oxc compiles TSX, with React's automatic runtime (no `import React`).
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: `${repoRoot}dist/renderer`,
    emptyOutDir: true,
    // Never inline assets as data: URLs, so a CSP limited to 'self' still allows every font.
    assetsInlineLimit: 0,
    // Noto Sans SC is ~11 MB per weight; it is a font file, not code, and is only fetched for CJK text.
    chunkSizeWarningLimit: 1024,
  },
  // The pack export's typesetting worker (renderer/hosts/pack-typeset-worker.ts) is an ES
  // module worker: the CSP's worker-src 'self' allows it, and the engine's fonts and wasm
  // stay separate assets it fetches by URL (assetsInlineLimit above keeps them out of code).
  worker: { format: 'es' },
  server: {
    port: 5173,
    // locales/, core/ and node_modules/ (fonts) live beside renderer/, not under it.
    fs: { allow: [repoRoot] },
  },
  preview: { port: 4317, strictPort: true },
});
