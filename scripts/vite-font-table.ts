// Runs in Node: a Vite plugin that hands the renderer the font table
// (core/typeset/fonts/font-table.ts) as two virtual modules, so no font path is written
// twice:
//   virtual:engine-font-urls   the URL of every face, by key (the engine's fonts in the
//                              browser host; Vite copies each file into the build)
//   virtual:font-faces.css     the UI's @font-face rules
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { FONT_FACES, fontFaceCss } from '../core/typeset/fonts/font-table.ts';

const URLS = 'virtual:engine-font-urls';
const CSS = 'virtual:font-faces.css';
const CSS_ID = fileURLToPath(new URL('../renderer/styles/__font-faces.css', import.meta.url));

export function fontTablePlugin(): Plugin {
  return {
    name: 'briefing-font-table',
    resolveId(id) {
      if (id === URLS) return `\0${URLS}`;
      // A real-looking path beside the renderer, so the CSS pipeline resolves the
      // package specifiers in its url()s as it does for a file.
      if (id === CSS) return CSS_ID;
      return undefined;
    },
    load(id) {
      if (id === `\0${URLS}`) {
        const imports = FONT_FACES.map((face, i) => `import u${i} from ${JSON.stringify(`${face.file}?url`)};`);
        const entries = FONT_FACES.map((face, i) => `  ${JSON.stringify(face.key)}: u${i},`);
        return `${imports.join('\n')}\nexport default {\n${entries.join('\n')}\n};\n`;
      }
      if (id === CSS_ID) return fontFaceCss((file) => file);
      return undefined;
    },
  };
}
