// Runs in the renderer: the selected outline item: what it is, whether delegates may see
// it (internal blocks are marked so no one mistakes them for handout material), its key
// figures, how far its translation has got, and its segment table.
import { useTranslation } from 'react-i18next';
import type { KeyFigure } from '../../core/model/blocks';
import type { Language } from '../../core/model/language';
import type { Visibility } from '../../core/model/note';
import type { SegmentPlace } from '../../core/model/walk-segments';
import { CommandErrorNotice } from '../forms/command-error-notice';
import { languageName, textAttributes } from '../workspace/language-display';
import { useCommand } from '../workspace/workspace-context';
import { KeyFigureCards } from './key-figure-cards';
import { statusCounts, type LibraryItem } from './library-filter';
import { BLOCK_KIND_KEYS } from './library-labels';
import { SegmentTable } from './segment-table';
import { StatusBar } from './status-bar';

export function BlockDetail({ item, places, source, target }: { item: LibraryItem; places: readonly SegmentPlace[]; source: Language; target: Language }) {
  const { t, i18n } = useTranslation();
  const { run, error } = useCommand();
  const block = item.block;
  const internal = block?.visibility === 'internal';
  const figures = new Map<string, KeyFigure>(block?.kind === 'keyFigures' ? block.figures.map((f) => [f.label.id, f]) : []);
  const sectionTitle = item.section.title;
  const translatedSectionTitle = sectionTitle.translations[target.code]?.text;

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
      </header>
      {error && <CommandErrorNotice error={error} />}
      {internal && (
        <p className="internal-banner" role="note">
          <strong>{t('library:internal.tag')}</strong> {t('library:internal.explanation')}
        </p>
      )}
      {block?.kind === 'keyFigures' && <KeyFigureCards block={block} source={source} target={target} />}
      <StatusBar counts={statusCounts(item.segments, target.code)} label={t('library:progress.block', { language: languageName(target.code, i18n.language) })} />
      {places.length > 0 ? (
        <SegmentTable places={places} source={source} target={target} figures={figures} />
      ) : (
        <p className="quiet-note">{item.segments.length ? t('library:filter.noneInBlock') : t('library:detail.noSegments')}</p>
      )}
    </article>
  );
}
