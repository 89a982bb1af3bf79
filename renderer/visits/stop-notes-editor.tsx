// Runs in the renderer: a stop's notes: public ones (printed for the delegation, in its
// calendar) and internal ones (staff only), each edited in Chinese; added and deleted.
import { useTranslation } from 'react-i18next';
import { createId } from '../../core/model/ids';
import { newSegment } from '../../core/model/segment';
import type { Stop } from '../../core/model/visits';
import type { Workspace } from '../../core/model/workspace';
import { CommitField } from '../forms/commit-field';
import { textAttributes } from '../workspace/language-display';
import type { ItineraryCommands } from './use-itinerary-undo';

export function StopNotesEditor({ stop, doc, commands }: { stop: Stop; doc: Workspace; commands: ItineraryCommands }) {
  const { t } = useTranslation();
  const source = doc.languages.source;
  const add = (visibility: 'public' | 'internal') =>
    commands.run({
      type: 'add',
      collection: 'stopNotes',
      parentId: stop.id,
      value: { id: createId('note'), visibility, text: newSegment(createId('seg'), '', { at: new Date().toISOString(), by: 'editor' }) },
    });
  return (
    <fieldset className="stop-notes">
      <legend>{t('itinerary:editor.notes')}</legend>
      <ul>
        {stop.notes.map((note) => {
          const label = note.visibility === 'public' ? t('itinerary:editor.publicNote') : t('itinerary:editor.internalNote');
          return (
            <li key={note.id} className="stop-note" data-visibility={note.visibility}>
              <span className={note.visibility === 'internal' ? 'internal-tag' : 'mini-tag'}>{label}</span>
              <CommitField value={note.text.source.text} label={label} multiline {...textAttributes(source)} onCommit={(text) => commands.run({ type: 'setSource', segmentId: note.text.id, text })} />
              <button type="button" className="button button-quiet" onClick={() => void commands.run({ type: 'delete', collection: 'stopNotes', id: note.id })}>
                {t('itinerary:editor.deleteNote')}
              </button>
            </li>
          );
        })}
      </ul>
      <div className="field-row">
        <button type="button" className="button button-quiet" onClick={() => void add('public')}>
          {t('itinerary:editor.addPublicNote')}
        </button>
        <button type="button" className="button button-quiet" onClick={() => void add('internal')}>
          {t('itinerary:editor.addInternalNote')}
        </button>
      </div>
    </fieldset>
  );
}
