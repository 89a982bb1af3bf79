// Runs in the renderer: the segment table of a block: where each segment sits (with the
// tools for its item: delete a bullet, a row, a column), the Chinese source and the
// translation in the chosen language, both edited in place in their own script and
// direction, and the translation's status. Every change is one command.
import type { ReactNode } from 'react';
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
import { SourceEditor } from './source-editor';
import { StatusSelect, statusAfterEdit } from './status-select';

export interface SegmentTableProps {
  places: readonly SegmentPlace[];
  source: Language;
  target: Language;
  /** All target languages, in the workspace's order. */
  targets: readonly Language[];
  /** Key figures by the id of their label segment, so the number shows beside its label. */
  figures: ReadonlyMap<string, KeyFigure>;
  /** Source edits are typo fixes: translations keep their statuses. */
  keepStatuses: boolean;
  /** The tools for the item a segment belongs to, shown under its place. */
  rowTools?: (place: SegmentPlace) => ReactNode;
}

export function SegmentTable({ places, source, target, targets, figures, keepStatuses, rowTools }: SegmentTableProps) {
  const { t, i18n } = useTranslation();
  return (
    // tabIndex -1: the focus lands on the table when the row it was in is deleted.
    <div className="segment-table" role="table" aria-label={t('library:table.label')} tabIndex={-1}>
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
        <SegmentRow
          key={place.segment.id}
          place={place}
          source={source}
          target={target}
          targets={targets}
          figure={figures.get(place.segment.id)}
          keepStatuses={keepStatuses}
          tools={rowTools?.(place)}
        />
      ))}
    </div>
  );
}

interface SegmentRowProps {
  place: SegmentPlace;
  source: Language;
  target: Language;
  targets: readonly Language[];
  figure: KeyFigure | undefined;
  keepStatuses: boolean;
  tools: ReactNode;
}

function SegmentRow({ place, source, target, targets, figure, keepStatuses, tools }: SegmentRowProps) {
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
      <div role="rowheader" className="segment-role">
        <span className="segment-role-label">{role}</span>
        {tools && <span className="segment-tools">{tools}</span>}
      </div>
      {/* The fields carry the source's language; a refusal or notice beside them is in the UI's. */}
      <div role="cell" className="segment-source">
        {figure && (
          <span className="figure-number" {...textAttributes(source)}>
            {formatKeyFigure(figure, source.code)}
          </span>
        )}
        <SourceEditor segment={segment} source={source} targets={targets} where={role} keepStatuses={keepStatuses} />
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
