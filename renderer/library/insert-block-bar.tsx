// Runs in the renderer: adds a block of any kind just below the selected outline item (at
// the top of the section when its title is selected), then selects it with its first
// editor focused, so the Chinese text is written straight away.
import { useTranslation } from 'react-i18next';
import type { Library } from '../../core/model/library';
import { CommandErrorNotice } from '../forms/command-error-notice';
import { useCommand } from '../workspace/workspace-context';
import type { LibraryItem } from './library-filter';
import { BLOCK_KIND_KEYS } from './library-labels';
import { firstSegmentOf, INSERTABLE_KINDS, newBlock, type InsertableKind } from './new-library-content';

export function InsertBlockBar({ library, item, onInserted }: { library: Library; item: LibraryItem; onInserted(blockId: string, segmentId: string | undefined): void }) {
  const { t } = useTranslation();
  const { run, error } = useCommand();
  const section = library.sections.find((s) => s.id === item.section.id);
  const index = item.block ? (section?.blocks.findIndex((b) => b.id === item.block!.id) ?? -1) + 1 : 0;

  const insert = async (kind: InsertableKind) => {
    const block = newBlock(kind);
    if (await run({ type: 'add', collection: 'blocks', parentId: item.section.id, index, value: block })) onInserted(block.id, firstSegmentOf(block)?.id);
  };

  return (
    <div className="insert-bar" role="group" aria-labelledby="insert-bar-label">
      <span className="insert-bar-label" id="insert-bar-label">
        {item.block ? t('library:edit.insertBelow') : t('library:edit.insertAtTop')}
      </span>
      <span className="insert-bar-kinds">
        {INSERTABLE_KINDS.map((kind) => (
          <button key={kind} type="button" className="button button-quiet" data-insert={kind} onClick={() => void insert(kind)}>
            <span aria-hidden="true">+</span> {t(BLOCK_KIND_KEYS[kind])}
          </button>
        ))}
      </span>
      {error && <CommandErrorNotice error={error} />}
    </div>
  );
}
