// Runs in the renderer: the parts of a list-like block: bullet items, table rows and table
// columns, added below the segment table and deleted from the place column of their row
// (after a second click: their translations go with them). Each change is one command.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Block, BulletsBlock, TableBlock } from '../../core/model/blocks';
import type { Command } from '../../core/model/commands';
import type { SegmentPlace } from '../../core/model/walk-segments';
import { CommandErrorNotice } from '../forms/command-error-notice';
import { ConfirmButton } from '../forms/confirm-button';
import type { RunError } from '../workspace/workspace-client';
import { emptySegment, newTableRow } from './new-library-content';

type Run = (command: Command) => Promise<boolean>;

/** The position of a segment in its block's lists: [item] for bullets, [row, column] for cells, [column] for headers. */
function indexes(place: SegmentPlace): number[] {
  const at = place.path.findIndex((part) => part === 'blocks');
  return place.path.slice(at + 2).filter((part): part is number => typeof part === 'number');
}

/** The delete tool of the item a segment belongs to: each bullet, a table row at its first cell, a column at its header. */
export function structureTools(block: Block | null, run: Run, onDeleted: () => void): ((place: SegmentPlace) => ReactNode) | undefined {
  if (block?.kind === 'bullets') return (place) => (place.role === 'bullet' ? <DeleteTool labelKey="library:structure.deleteItem" command={{ type: 'delete', collection: 'bulletItems', id: place.segment.id }} run={run} onDeleted={onDeleted} /> : null);
  if (block?.kind !== 'table') return undefined;
  return (place) => {
    const [first, second] = indexes(place);
    if (place.role === 'table-cell' && second === 0) {
      return <DeleteTool labelKey="library:structure.deleteRow" command={{ type: 'delete', collection: 'tableRows', id: block.rows[first!]!.id }} run={run} onDeleted={onDeleted} />;
    }
    if (place.role === 'table-header' && block.header.length > 1) {
      return <DeleteTool labelKey="library:structure.deleteColumn" command={{ type: 'deleteTableColumn', blockId: block.id, index: first! }} run={run} onDeleted={onDeleted} />;
    }
    return null;
  };
}

function DeleteTool({ labelKey, command, run, onDeleted }: { labelKey: string; command: Command; run: Run; onDeleted(): void }) {
  const { t } = useTranslation();
  return <ConfirmButton label={t(labelKey)} onConfirm={() => void run(command).then((ok) => ok && onDeleted())} />;
}

export interface StructureBarProps {
  block: Block | null;
  run: Run;
  error: RunError | null;
  /** Called with the id of the new segment to write first. */
  onAdded(segmentId: string): void;
}

export function StructureBar({ block, run, error, onAdded }: StructureBarProps) {
  const { t } = useTranslation();
  if (block?.kind !== 'bullets' && block?.kind !== 'table') return error ? <CommandErrorNotice error={error} /> : null;
  return (
    <div className="structure-bar" role="group" aria-label={t('library:structure.label')}>
      {block.kind === 'bullets' ? <AddItem block={block} run={run} onAdded={onAdded} /> : <AddRowOrColumn block={block} run={run} onAdded={onAdded} />}
      {error && <CommandErrorNotice error={error} />}
    </div>
  );
}

function AddItem({ block, run, onAdded }: { block: BulletsBlock; run: Run; onAdded(segmentId: string): void }) {
  const { t } = useTranslation();
  const add = async () => {
    const item = emptySegment();
    if (await run({ type: 'add', collection: 'bulletItems', parentId: block.id, value: item })) onAdded(item.id);
  };
  return (
    <button type="button" className="button button-quiet" data-add="item" onClick={() => void add()}>
      <span aria-hidden="true">+</span> {t('library:structure.addItem')}
    </button>
  );
}

function AddRowOrColumn({ block, run, onAdded }: { block: TableBlock; run: Run; onAdded(segmentId: string): void }) {
  const { t } = useTranslation();
  const addRow = async () => {
    const row = newTableRow(block.header.length);
    if (await run({ type: 'add', collection: 'tableRows', parentId: block.id, value: row })) onAdded(row.cells[0]!.id);
  };
  const addColumn = async () => {
    const header = emptySegment();
    if (await run({ type: 'addTableColumn', blockId: block.id, header, cells: block.rows.map(() => emptySegment()) })) onAdded(header.id);
  };
  return (
    <>
      <button type="button" className="button button-quiet" data-add="row" onClick={() => void addRow()}>
        <span aria-hidden="true">+</span> {t('library:structure.addRow')}
      </button>
      <button type="button" className="button button-quiet" data-add="column" onClick={() => void addColumn()}>
        <span aria-hidden="true">+</span> {t('library:structure.addColumn')}
      </button>
    </>
  );
}
