// Runs in the renderer: types of the virtual modules scripts/vite-font-table.ts generates
// from the font table.
declare module 'virtual:engine-font-urls' {
  const urls: Record<import('../../core/typeset/fonts/font-table').FontKey, string>;
  export default urls;
}
declare module 'virtual:font-faces.css';
