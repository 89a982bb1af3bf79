// Runs in the renderer: the selected outline item, edited in place: what it is, whether
// delegates may see it (internal blocks are marked so no one mistakes them for handout
// material), its heading level, its key figures, how far its translation has got, and its
// segment table (source and translation both editable); tools to move or delete it, to add
// or delete its items, rows and columns, and to insert a new block below it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HeadingBlock, KeyFigure } from '../../core/model/blocks';
import type { Language } from '../../core/model/language';
import type { Visibility } from '../../core/model/note';
import type { SegmentPlace } from '../../core/model/walk-segments';
import type { Workspace } from '../../core/model/workspace';
import { CommandErrorNotice } from '../forms/command-error-notice';
import { languageName, textAttributes } from '../workspace/language-display';
import { useCommand } from '../workspace/workspace-context';
import { StructureBar, structureTools } from './block-structure';
import { InsertBlockBar } from './insert-block-bar';
import { ItemToolbar } from './item-toolbar';
import { KeyFigureCards } from './key-figure-cards';
import { statusCounts, type LibraryItem } from './library-filter';
import { BLOCK_KIND_KEYS } from './library-labels';
import { SegmentTable } from './segment-table';
import { StatusBar } from './status-bar';
import { focusTargets } from './use-focus-request';

export interface BlockDetailProps {
  doc: Workspace;
  item: LibraryItem;
  places: readonly SegmentPlace[];
  source: Language;
  target: Language;
  /** Selects an outline item (null: the view's default) and, once it shows, focuses what `focus` selects. */
  onNavigate(key: string | null, focus?: string): void;
  /** The item was deleted: select a neighbour. */
  onDeleted(): void;
}

const LEVELS = [1, 2, 3] as const;

export function BlockDetail({ doc, item, places, source, target, onNavigate, onDeleted }: BlockDetailProps) {
  const { t, i18n } = useTranslation();
  const { run, error } = useCommand();
  const structure = useCommand();
  const [keepStatuses, setKeepStatuses] = useState(false);
  const block = item.block;
  const internal = block?.visibility === 'internal';
  const figures = new Map<string, KeyFigure>(block?.kind === 'keyFigures' ? block.figures.map((f) => [f.label.id, f]) : []);
  const sectionTitle = item.section.title;
  const translatedSectionTitle = sectionTitle.translations[target.code]?.text;
  const focusSource = (segmentId: string) => onNavigate(item.key, focusTargets.sourceEditor(segmentId));
  const focusTable = () => onNavigate(item.key, '.block-detail .segment-table');

  return (
    <article className="block-detail" data-internal={internal || undefined} aria-labelledby="block-detail-title">
      <header className="block-detail-header">
        <div className="block-detail-titles">
          <p className="block-detail-section">
            <span {...textAttributes(source)}>{sectionTitle.source.text}</span>
            {translatedSectionTitle && (
              <>
                {' · '}
                <bdi {...textAttributes(target)}>{translatedSectionTitle}</bdi>
              </>
            )}
          </p>
          <h2 className="block-detail-title" id="block-detail-title">
            {block ? t(BLOCK_KIND_KEYS[block.kind]) : t('library:outline.section')}
            {block?.kind === 'heading' && <span className="block-detail-level">{t('library:detail.level', { level: block.level })}</span>}
          </h2>
        </div>
        <div className="block-detail-settings">
          {block?.kind === 'heading' && <HeadingLevelSelect block={block} onChange={(level) => void run({ type: 'update', collection: 'blocks', id: block.id, patch: { level } })} />}
          {block && (
            <label className="inline-field">
              <span className="inline-field-label">{t('library:detail.visibility')}</span>
              <select
                className="visibility-select"
                data-visibility={block.visibility}
                value={block.visibility}
                onChange={(event) => void run({ type: 'update', collection: 'blocks', id: block.id, patch: { visibility: event.target.value as Visibility } })}
              >
                <option value="public">{t('library:visibility.public')}</option>
                <option value="internal">{t('library:visibility.internal')}</option>
              </select>
            </label>
          )}
        </div>
      </header>
      <ItemToolbar doc={doc} item={item} onDeleted={onDeleted} />
      {error && <CommandErrorNotice error={error} />}
      {internal && (
        <p className="internal-banner" role="note">
          <strong>{t('library:internal.tag')}</strong> {t('library:internal.explanation')}
        </p>
      )}
      {block?.kind === 'keyFigures' && <KeyFigureCards block={block} source={source} target={target} onAdded={(id) => onNavigate(item.key, focusTargets.figureValue(id))} />}
      <StatusBar counts={statusCounts(item.segments, target.code)} label={t('library:progress.block', { language: languageName(target.code, i18n.language) })} />
      <label className="check-field source-rule">
        <input type="checkbox" checked={keepStatuses} onChange={(event) => setKeepStatuses(event.target.checked)} />
        <span>
          <span className="source-rule-title">{t('library:source.keepStatuses')}</span>
          <span className="source-rule-help">
            {keepStatuses ? t('library:source.keepStatusesOn') : t('library:source.keepStatusesOff', { language: languageName(source.code, i18n.language) })}
          </span>
        </span>
      </label>
      {places.length > 0 ? (
        <SegmentTable
          places={places}
          source={source}
          target={target}
          targets={doc.languages.targets}
          figures={figures}
          keepStatuses={keepStatuses}
          rowTools={structureTools(block, structure.run, focusTable)}
        />
      ) : (
        <p className="quiet-note">{item.segments.length ? t('library:filter.noneInBlock') : t('library:detail.noSegments')}</p>
      )}
      <StructureBar block={block} run={structure.run} error={structure.error} onAdded={focusSource} />
      <InsertBlockBar library={doc.library} item={item} onInserted={(blockId, segmentId) => onNavigate(blockId, segmentId ? focusTargets.sourceEditor(segmentId) : undefined)} />
    </article>
  );
}

function HeadingLevelSelect({ block, onChange }: { block: HeadingBlock; onChange(level: HeadingBlock['level']): void }) {
  const { t } = useTranslation();
  return (
    <label className="inline-field">
      <span className="inline-field-label">{t('library:detail.headingLevel')}</span>
      <select className="heading-level-select" value={block.level} onChange={(event) => onChange(Number(event.target.value) as HeadingBlock['level'])}>
        {LEVELS.map((level) => (
          <option key={level} value={level}>
            {t('library:detail.level', { level })}
          </option>
        ))}
      </select>
    </label>
  );
}
