// Runs anywhere (core): before zod sees a large workspace, every segment the fast check
// accepts is swapped for a tiny stand-in with the same id, so zod validates the
// structure around the segments without re-checking (and copying) each translation.
// Segments the fast check rejects are left in place for zod to explain. The input is
// untrusted: anything not shaped as expected is passed through untouched for zod.
import { isValidSegment } from '../model/fast-segment-check';

const STAND_IN_SOURCE = Object.freeze({ text: '', changedBy: 'stand-in', changedAt: '2000-01-01T00:00:00.000Z' });

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function segment(value: unknown): unknown {
  return isValidSegment(value) ? { id: (value as Json).id, source: STAND_IN_SOURCE, translations: {} } : value;
}

function each(value: unknown, fn: (item: unknown) => unknown): unknown {
  return Array.isArray(value) ? value.map(fn) : value;
}

function withKeys(value: unknown, changes: (record: Json) => Json): unknown {
  return isRecord(value) ? { ...value, ...changes(value) } : value;
}

function block(value: unknown): unknown {
  return withKeys(value, (b): Json => {
    switch (b.kind) {
      case 'heading':
      case 'paragraph':
        return 'text' in b ? { text: segment(b.text) } : {};
      case 'bullets':
        return 'items' in b ? { items: each(b.items, segment) } : {};
      case 'keyFigures':
        return 'figures' in b ? { figures: each(b.figures, (f) => withKeys(f, (figure) => ('label' in figure ? { label: segment(figure.label) } : {}))) } : {};
      case 'table':
        return {
          ...('header' in b ? { header: each(b.header, segment) } : {}),
          ...('rows' in b ? { rows: each(b.rows, (r) => withKeys(r, (row) => ('cells' in row ? { cells: each(row.cells, segment) } : {}))) } : {}),
        };
      case 'image':
        return { ...('alt' in b ? { alt: segment(b.alt) } : {}), ...(isRecord(b.caption) ? { caption: segment(b.caption) } : {}) };
      default: // not a union: the kind of a block not yet validated
        return {};
    }
  });
}

const note = (n: unknown) => withKeys(n, (record) => ('text' in record ? { text: segment(record.text) } : {}));

/** A shallow copy of `raw` with valid segments replaced by stand-ins; `raw` is not modified. */
export function withSegmentStandIns(raw: unknown): unknown {
  return withKeys(raw, (doc): Json => ({
    ...('library' in doc
      ? {
          library: withKeys(doc.library, (library) =>
            'sections' in library
              ? { sections: each(library.sections, (s) => withKeys(s, (section) => ({ ...('title' in section ? { title: segment(section.title) } : {}), ...('blocks' in section ? { blocks: each(section.blocks, block) } : {}) }))) }
              : {},
          ),
        }
      : {}),
    ...('delegations' in doc ? { delegations: each(doc.delegations, (d) => withKeys(d, (delegation) => ('notes' in delegation ? { notes: each(delegation.notes, note) } : {}))) } : {}),
    ...('visits' in doc
      ? {
          visits: each(doc.visits, (v) =>
            withKeys(v, (visit) =>
              'stops' in visit
                ? { stops: each(visit.stops, (s) => withKeys(s, (stop) => ({ ...('activity' in stop ? { activity: segment(stop.activity) } : {}), ...('notes' in stop ? { notes: each(stop.notes, note) } : {}) }))) }
                : {},
            ),
          ),
        }
      : {}),
  }));
}
