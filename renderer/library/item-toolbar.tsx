// Runs in the renderer: what can be done to the selected outline item as a whole: move it
// one step up or down (a block may cross into the neighbouring section) and delete it,
// after a second click. A section still chosen for a visit's briefing pack cannot be
// deleted (the store would refuse); the toolbar says which packs hold it instead.
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../core/model/workspace';
import { CommandErrorNotice } from '../forms/command-error-notice';
import { ConfirmButton } from '../forms/confirm-button';
import { LocalizedLabel } from '../workspace/localized-label';
import { useCommand } from '../workspace/workspace-context';
import type { LibraryItem } from './library-filter';
import { itemMove, type Direction } from './library-moves';

export interface ItemToolbarProps {
  doc: Workspace;
  item: LibraryItem;
  /** Called once the store has deleted the item, to select a neighbour. */
  onDeleted(): void;
}

export function ItemToolbar({ doc, item, onDeleted }: ItemToolbarProps) {
  const { t } = useTranslation();
  const { run, error } = useCommand();
  const isSection = item.block === null;
  const packs = isSection ? doc.visits.filter((visit) => visit.pack.sectionIds.includes(item.section.id)) : [];

  const move = (direction: Direction) => {
    const command = itemMove(doc.library, item, direction);
    if (command) void run(command);
  };
  const remove = async () => {
    const ok = await run(isSection ? { type: 'delete', collection: 'sections', id: item.section.id } : { type: 'delete', collection: 'blocks', id: item.block!.id });
    if (ok) onDeleted();
  };

  return (
    <div className="item-toolbar" role="group" aria-label={isSection ? t('library:edit.sectionTools') : t('library:edit.blockTools')}>
      <MoveButton direction={-1} label={isSection ? t('library:edit.sectionUp') : t('library:edit.blockUp')} disabled={!itemMove(doc.library, item, -1)} onMove={move} />
      <MoveButton direction={1} label={isSection ? t('library:edit.sectionDown') : t('library:edit.blockDown')} disabled={!itemMove(doc.library, item, 1)} onMove={move} />
      <span className="item-toolbar-gap" />
      <ConfirmButton
        label={isSection ? t('library:edit.deleteSection') : t('library:edit.deleteBlock')}
        disabled={packs.length > 0}
        onConfirm={() => void remove()}
      />
      {packs.length > 0 && (
        <p className="item-toolbar-note">
          {t('library:edit.sectionInPacks')}{' '}
          {packs.map((visit, index) => (
            <span key={visit.id}>
              {index > 0 && t('library:edit.listSeparator')}
              <LocalizedLabel text={visit.title} />
            </span>
          ))}
        </p>
      )}
      {error && <CommandErrorNotice error={error} />}
    </div>
  );
}

/** Stays focusable at the end of the list (aria-disabled, not disabled), so the keyboard focus is not lost after the last move. */
function MoveButton({ direction, label, disabled, onMove }: { direction: Direction; label: string; disabled: boolean; onMove(direction: Direction): void }) {
  return (
    <button
      type="button"
      className="button button-quiet move-button"
      data-move={direction < 0 ? 'up' : 'down'}
      aria-disabled={disabled || undefined}
      onClick={() => !disabled && onMove(direction)}
    >
      <span aria-hidden="true" className="move-arrow">
        {direction < 0 ? '↑' : '↓'}
      </span>
      {label}
    </button>
  );
}
