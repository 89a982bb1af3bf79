// Runs in the renderer: staff notes on a delegation (sensitivities, preferences, what was
// said last time). Internal notes never reach the delegates' papers; each is marked.
import { useTranslation } from 'react-i18next';
import type { Delegation } from '../../core/model/delegations';
import { createId } from '../../core/model/ids';
import type { Language } from '../../core/model/language';
import type { Note, Visibility } from '../../core/model/note';
import { newSegment } from '../../core/model/segment';
import { AddForm } from '../forms/add-form';
import { CommitField } from '../forms/commit-field';
import { CommandErrorNotice } from '../forms/command-error-notice';
import { ConfirmButton } from '../forms/confirm-button';
import { textAttributes } from '../workspace/language-display';
import { useCommand } from '../workspace/workspace-context';

export function DelegationNotes({ delegation, source }: { delegation: Delegation; source: Language }) {
  const { t } = useTranslation();
  const adding = useCommand();
  const add = (text: string) => {
    // The store stamps the author and time of new text; these are placeholders it replaces.
    const note: Note = { id: createId('note'), visibility: 'internal', text: newSegment(createId('seg'), text, { at: new Date().toISOString(), by: 'staff' }) };
    return adding.run({ type: 'add', collection: 'delegationNotes', parentId: delegation.id, value: note });
  };
  return (
    <div className="notes">
      <ul className="card-list">
        {delegation.notes.map((note) => (
          <NoteCard key={note.id} note={note} source={source} />
        ))}
      </ul>
      <AddForm label={t('delegations:notes.new')} button={t('delegations:notes.add')} placeholder={t('delegations:notes.new')} lang={textAttributes(source).lang} onAdd={add} error={adding.error} />
    </div>
  );
}

function NoteCard({ note, source }: { note: Note; source: Language }) {
  const { t } = useTranslation();
  const { run, error } = useCommand();
  return (
    <li className="card note-card" data-visibility={note.visibility} data-note-id={note.id}>
      <div className="card-header">
        <select
          className="visibility-select"
          data-visibility={note.visibility}
          aria-label={t('library:detail.visibility')}
          value={note.visibility}
          onChange={(event) => void run({ type: 'update', collection: 'delegationNotes', id: note.id, patch: { visibility: event.target.value as Visibility } })}
        >
          <option value="internal">{t('library:visibility.internal')}</option>
          <option value="public">{t('library:visibility.public')}</option>
        </select>
        <ConfirmButton label={t('delegations:notes.remove')} onConfirm={() => void run({ type: 'delete', collection: 'delegationNotes', id: note.id })} />
      </div>
      <CommitField
        multiline
        value={note.text.source.text}
        label={t('delegations:notes.text')}
        required
        onCommit={(text) => run({ type: 'setSource', segmentId: note.text.id, text })}
        {...textAttributes(source)}
      />
      {error && <CommandErrorNotice error={error} />}
    </li>
  );
}
