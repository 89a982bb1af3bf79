// Runs in the renderer: the segment table of a block: where each segment sits, the
// Chinese source, the translation in the chosen language (edited in place, in that
// language's script and direction) and its status. Every change is one setTranslation.
import { useTranslation } from 'react-i18next';
import type { KeyFigure } from '../../core/model/blocks';
import { formatKeyFigure } from '../../core/model/key-figure-format';
import type { Language } from '../../core/model/language';
import { statusIn, type TranslationStatus } from '../../core/model/segment';
import type { SegmentPlace } from '../../core/model/walk-segments';
import { CommitField } from '../forms/commit-field';
import { formatMoment, isolate, languageName, textAttributes } from '../workspace/language-display';
import { useCommand } from '../workspace/workspace-context';
import { roleLabel } from './library-labels';
import { StatusSelect, statusAfterEdit } from './status-select';

export interface SegmentTableProps {
  places: readonly SegmentPlace[];
  source: Language;
  target: Language;
  /** Key figures by the id of their label segment, so the number shows beside its label. */
  figures: ReadonlyMap<string, KeyFigure>;
}

export function SegmentTable({ places, source, target, figures }: SegmentTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <div className="segment-table" role="table" aria-label={t('library:table.label')}>
      <div className="segment-row segment-head" role="row">
        <span role="columnheader" className="segment-role">
          {t('library:table.where')}
        </span>
        <span role="columnheader" className="segment-source">
          {languageName(source.code, i18n.language)}
        </span>
        <span role="columnheader" className="segment-target">
          {languageName(target.code, i18n.language)}
        </span>
        <span role="columnheader" className="segment-status">
          {t('library:table.status')}
        </span>
      </div>
      {places.map((place) => (
        <SegmentRow key={place.segment.id} place={place} source={source} target={target} figure={figures.get(place.segment.id)} />
      ))}
    </div>
  );
}

function SegmentRow({ place, source, target, figure }: { place: SegmentPlace; source: Language; target: Language; figure: KeyFigure | undefined }) {
  const { t, i18n } = useTranslation();
  const { run, error } = useCommand();
  const { segment } = place;
  const translation = segment.translations[target.code];
  const status = statusIn(segment, target.code);
  const text = translation?.text ?? '';
  const role = roleLabel(place, t);
  const language = languageName(target.code, i18n.language);

  const setTranslation = (nextText: string, nextStatus: TranslationStatus) =>
    run({ type: 'setTranslation', segmentId: segment.id, language: target.code, text: nextText, status: nextStatus });

  return (
    <div className="segment-row" role="row" data-segment-id={segment.id} data-status={status}>
      <span role="rowheader" className="segment-role">
        {role}
      </span>
      <div role="cell" className="segment-source" {...textAttributes(source)}>
        {figure && <span className="figure-number">{formatKeyFigure(figure, source.code)}</span>}
        <span className="segment-text">{segment.source.text}</span>
      </div>
      <div role="cell" className="segment-target">
        {figure && (
          <span className="figure-number" {...textAttributes(target)}>
            {formatKeyFigure(figure, target.code)}
          </span>
        )}
        <CommitField
          multiline
          className="segment-editor"
          value={text}
          error={error}
          label={t('library:table.editLabel', { language, where: role })}
          placeholder={t('library:table.missingPlaceholder', { language })}
          onCommit={(next) => setTranslation(next, statusAfterEdit(status, next))}
          {...textAttributes(target)}
        />
        {translation && translation.status !== 'missing' && (
          <p className="segment-meta">{t('library:table.changed', { who: isolate(translation.changedBy), when: isolate(formatMoment(translation.changedAt, i18n.language)) })}</p>
        )}
      </div>
      <div role="cell" className="segment-status">
        <StatusSelect
          status={status}
          hasText={text.trim() !== ''}
          label={t('library:table.statusLabel', { language, where: role })}
          onChange={(next) => void setTranslation(text, next)}
        />
      </div>
    </div>
  );
}
