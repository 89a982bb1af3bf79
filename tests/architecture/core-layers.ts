// Runs in Node (tests): the layers of core/, lowest first (VS Code's code-layering rule).
// A folder may import its own files and any folder of a LOWER layer, never one of its own
// layer or above, so the folders form a DAG by construction. This table is the one
// declaration; tests/architecture/core-layers.test.ts enforces it and checks that
// docs/ARCHITECTURE.md shows it.
export interface CoreLayer {
  /** `core` for the files directly in core/, else the folder. */
  folder: string;
  layer: number;
  holds: string;
  /** Declared before the folder exists (another branch creates it). */
  planned?: true;
}

export const CORE_LAYERS: readonly CoreLayer[] = [
  { folder: 'core', layer: 0, holds: 'helpers every layer uses: `core/assert-never.ts`, `core/serial-queue.ts`, `core/issue-path.ts`, `core/cached.ts`' },
  { folder: 'core/i18n', layer: 1, holds: 'the UI languages' },
  { folder: 'core/model', layer: 2, holds: 'the workspace model, its typed commands and rules' },
  { folder: 'core/settings', layer: 2, holds: 'app settings and their handlers' },
  { folder: 'core/typeset', layer: 2, holds: 'the typesetting engine: document format, shaping, bidi, line breaking, layout' },
  { folder: 'core/search', layer: 3, holds: 'the text index behind search and filters: any language, Chinese by characters, Arabic without vowel signs' },
  { folder: 'core/workspace', layer: 3, holds: 'reading, checking and migrating workspace files; the command journal' },
  { folder: 'core/pdf', layer: 3, holds: 'the PDF writer for laid-out documents' },
  { folder: 'core/itinerary', layer: 3, holds: 'itineraries: checks, issued versions and change lists, calendars' },
  { folder: 'core/render', layer: 4, holds: 'a document to PDF bytes in one call: layout, then the writer' },
  { folder: 'core/packs', layer: 4, holds: 'briefing packs: templates, language layouts, the HTML preview' },
  { folder: 'core/present', layer: 5, holds: 'the projector: slides from a visit, language layouts, the glossary lookup, the talk\'s keys' },
  { folder: 'core/ipc', layer: 6, holds: 'the contract between renderer and host, and the pack export plan' },
];

/** The layer a core file belongs to: its first folder under core/, or `core` itself. */
export function layerFolderOf(file: string): string {
  const parts = file.split('/');
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

/** The table as docs/ARCHITECTURE.md shows it. */
export function layerTableMarkdown(layers: readonly CoreLayer[] = CORE_LAYERS): string {
  const rows = layers.map((l) => {
    const where = l.folder === 'core' ? '`core/*.ts`' : `\`${l.folder}/\``;
    const below = l.layer === 0 ? 'nothing else in core' : l.layer === 1 ? 'layer 0' : `layers 0–${l.layer - 1}`;
    return `| ${l.layer} | ${where}${l.planned ? ' (planned)' : ''} | ${l.holds} | ${below} |`;
  });
  return ['| layer | folder | holds | may import |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
