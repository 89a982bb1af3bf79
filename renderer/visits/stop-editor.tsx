// Runs in the renderer: the selected stop in full: what happens (in Chinese), when, where,
// who hosts, speaks and interprets, notes, its checks; duplicate and delete. Every field is
// one command when it is left.
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../core/itinerary/findings';
import type { Stop, Visit } from '../../core/model/visits';
import type { Workspace } from '../../core/model/workspace';
import { CommitField } from '../forms/commit-field';
import { TagListEditor } from '../forms/tag-list-editor';
import { textAttributes } from '../workspace/language-display';
import { pickForUi } from '../workspace/localized-label';
import { findingMessage } from './itinerary-messages';
import { StopInterpreters } from './stop-interpreters';
import { StopNotesEditor } from './stop-notes-editor';
import type { ItineraryCommands } from './use-itinerary-undo';

export interface StopEditorProps {
  doc: Workspace;
  visit: Visit;
  stop: Stop;
  findings: Finding[];
  commands: ItineraryCommands;
  onDuplicate(): void;
  onDelete(): void;
}

export function StopEditor({ doc, visit, stop, findings, commands, onDuplicate, onDelete }: StopEditorProps) {
  const { t, i18n } = useTranslation();
  const source = doc.languages.source;
  const delegation = doc.delegations.find((d) => d.id === visit.delegationId);
  const update = (patch: Partial<Pick<Stop, 'date' | 'start' | 'end' | 'venueId' | 'hosts' | 'speakers' | 'interpreters'>>) => commands.run({ type: 'update', collection: 'stops', id: stop.id, patch });
  return (
    <section className="stop-editor" aria-labelledby="stop-editor-title" data-stop-id={stop.id}>
      <header className="detail-header">
        <h4 id="stop-editor-title">{t('itinerary:editor.stopDetails')}</h4>
        <div className="field-row">
          <button type="button" className="button button-quiet" onClick={onDuplicate}>
            {t('itinerary:editor.duplicate')}
          </button>
          <button type="button" className="button button-danger" onClick={onDelete}>
            {t('itinerary:editor.deleteStop')}
          </button>
        </div>
      </header>
      {findings.length > 0 && (
        <ul className="stop-findings" aria-label={t('itinerary:editor.stopChecksLabel')}>
          {findings.map((f, i) => (
            <li key={i} data-severity={f.severity}>
              <span className="finding-severity">{f.severity === 'error' ? t('itinerary:severity.error') : t('itinerary:severity.warning')}</span> {findingMessage(t, f, doc, i18n.language)}
            </li>
          ))}
        </ul>
      )}
      <div className="inline-field stop-activity-field">
        <span className="inline-field-label">{t('itinerary:editor.activity')}</span>
        <CommitField value={stop.activity.source.text} label={t('itinerary:editor.activity')} wrap {...textAttributes(source)} onCommit={(text) => commands.run({ type: 'setSource', segmentId: stop.activity.id, text })} />
      </div>
      <div className="field-row">
        <div className="inline-field">
          <span className="inline-field-label">{t('itinerary:editor.date')}</span>
          <CommitField type="date" value={stop.date} label={t('itinerary:editor.date')} required onCommit={(date) => update({ date })} />
        </div>
        <div className="inline-field">
          <span className="inline-field-label">{t('itinerary:editor.start')}</span>
          <CommitField type="time" value={stop.start} label={t('itinerary:editor.start')} required onCommit={(start) => update({ start })} />
        </div>
        <div className="inline-field">
          <span className="inline-field-label">{t('itinerary:editor.end')}</span>
          <CommitField type="time" value={stop.end} label={t('itinerary:editor.end')} required onCommit={(end) => update({ end })} />
        </div>
      </div>
      <label className="inline-field">
        <span className="inline-field-label">{t('itinerary:editor.venue')}</span>
        <select value={stop.venueId} onChange={(event) => void update({ venueId: event.target.value })}>
          {doc.venues.map((venue) => (
            <option key={venue.id} value={venue.id}>
              {pickForUi(venue.name, i18n.language).value}
            </option>
          ))}
        </select>
      </label>
      <div className="inline-field">
        <span className="inline-field-label">{t('itinerary:editor.hosts')}</span>
        <TagListEditor values={stop.hosts} label={t('itinerary:editor.hosts')} onCommit={(hosts) => update({ hosts })} />
      </div>
      <div className="inline-field">
        <span className="inline-field-label">{t('itinerary:editor.speakers')}</span>
        <TagListEditor values={stop.speakers} label={t('itinerary:editor.speakers')} onCommit={(speakers) => update({ speakers })} />
      </div>
      <StopInterpreters stop={stop} delegation={delegation} onCommit={(interpreters) => void update({ interpreters })} />
      <StopNotesEditor stop={stop} doc={doc} commands={commands} />
    </section>
  );
}
