// Runs anywhere (core): adding and removing a table column, with a cell in every row.
import { reject } from './command-result';
import type { CommandOf } from './commands';
import { checkNewContent, located, stamped } from './command-helpers';
import { getIn, insertAt, removeAt, updateIn } from './immutable';
import type { ChangeContext, Segment } from './segment';
import type { Workspace } from './workspace';

export function changeTableColumns(doc: Workspace, command: CommandOf<'addTableColumn' | 'deleteTableColumn'>, ctx: ChangeContext): Workspace {
  const { path } = located(doc, 'blocks', command.blockId);
  const table = getIn(doc, path) as { kind: string; header: Segment[]; rows: { id: string; cells: Segment[] }[] };
  if (table.kind !== 'table') reject('invalid-command', `Block "${command.blockId}" is a ${table.kind}, not a table`, [{ path: '$.blockId', message: 'not a table' }]);
  if (command.type === 'deleteTableColumn') {
    if (command.index >= table.header.length) reject('invalid-command', `The table has no column ${command.index}`, [{ path: '$.index', message: 'out of range' }]);
    if (table.header.length === 1) reject('conflict', 'A table keeps at least one column; delete the block instead');
    return updateIn(doc, path, () => ({
      ...table,
      header: removeAt(table.header, command.index),
      rows: table.rows.map((row) => ({ ...row, cells: removeAt(row.cells, command.index) })),
    }));
  }
  const at = command.index ?? table.header.length;
  if (at > table.header.length) reject('invalid-command', `Column ${at} is past the end of the table`, [{ path: '$.index', message: 'out of range' }]);
  if (command.cells.length !== table.rows.length) reject('invalid-command', `The table has ${table.rows.length} rows but ${command.cells.length} cells were given`, [{ path: '$.cells', message: `needs ${table.rows.length} cells` }]);
  checkNewContent(doc, [command.header, command.cells]);
  const header = stamped(command.header, ctx);
  const cells = stamped(command.cells, ctx);
  return updateIn(doc, path, () => ({
    ...table,
    header: insertAt(table.header, at, header),
    rows: table.rows.map((row, r) => ({ ...row, cells: insertAt(row.cells, at, cells[r]!) })),
  }));
}
