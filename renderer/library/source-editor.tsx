// Runs in the renderer: the Chinese source of a segment, read as text and edited in place
// on request (an Edit button; a segment still without text opens as a field), committed
// as one setSource when the field is left. A changed source no longer says what its
// translations say, so the model turns the translated and reviewed ones back into drafts
// (unless the edit is marked as a typo fix); the row then names the languages to check again.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../core/model/language';
import type { Segment } from '../../core/model/segment';
import { CommandErrorNotice } from '../forms/command-error-notice';
import { CommitField } from '../forms/commit-field';
import { languageName, textAttributes } from '../workspace/language-display';
import { useCommand } from '../workspace/workspace-context';

export interface SourceEditorProps {
  segment: Segment;
  source: Language;
  /** The workspace's target languages, in their order, for naming the ones sent back to draft. */
  targets: readonly Language[];
  /** Where the segment sits ("Item 2"), for the accessible names. */
  where: string;
  /** A typo fix: the translations keep their statuses. */
  keepStatuses: boolean;
}

/** The languages whose translation a changed source sends back to draft. */
export function languagesToRecheck(segment: Segment, targets: readonly Language[]): string[] {
  return targets.map((l) => l.code).filter((code) => ['translated', 'reviewed'].includes(segment.translations[code]?.status ?? 'missing'));
}

export function SourceEditor({ segment, source, targets, where, keepStatuses }: SourceEditorProps) {
  const { t, i18n } = useTranslation();
  const { run, error } = useCommand();
  const [editing, setEditing] = useState(false);
  const [recheck, setRecheck] = useState<string[]>([]);
  const field = useRef<HTMLDivElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  /** Closed from the keyboard (Escape, Ctrl+Enter): the focus goes back to the Edit button. */
  const closedByKey = useRef(false);
  const [resets, setResets] = useState(0);
  const refocus = useRef(false);
  const sourceName = languageName(source.code, i18n.language);
  const text = segment.source.text;
  const open = editing || text === '';

  // The field takes the focus when opened with the Edit button (not when it opens because the text is empty).
  useEffect(() => {
    if (editing) field.current?.querySelector('textarea')?.focus();
    else if (closedByKey.current) editButton.current?.focus();
    closedByKey.current = false;
  }, [editing]);
  useEffect(() => {
    if (refocus.current) field.current?.querySelector('textarea')?.focus();
    refocus.current = false;
  }, [resets]);

  /**
   * Escape is handled here, before the field sees it: the field would blur itself to close,
   * and its blur handler, still holding the typed text, would commit it. Closing (or, for an
   * empty source, starting the field afresh) discards the text without a command.
   */
  const onKeyDownCapture = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      event.preventDefault();
      closedByKey.current = true;
      if (text === '') {
        setResets((n) => n + 1);
        refocus.current = true;
      } else setEditing(false);
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      closedByKey.current = true;
    }
  };

  const commit = async (next: string) => {
    const affected = keepStatuses ? [] : languagesToRecheck(segment, targets);
    const ok = await run({ type: 'setSource', segmentId: segment.id, text: next, ...(keepStatuses ? { keepStatuses: true } : {}) });
    setRecheck(ok ? affected : []);
    return ok;
  };

  const names = new Intl.ListFormat(i18n.language, { type: 'conjunction', style: 'long' }).format(recheck.map((code) => languageName(code, i18n.language)));
  return (
    <>
      {open ? (
        // Leaving the field closes it; the commit it started goes on, and a refusal shows below.
        <div className="source-field" ref={field} onKeyDownCapture={onKeyDownCapture} onBlur={() => setEditing(false)}>
          <CommitField
            key={resets}
            multiline
            required
            className="source-editor"
            value={text}
            label={t('library:source.editLabel', { language: sourceName, where })}
            placeholder={t('library:source.placeholder', { language: sourceName })}
            onCommit={commit}
            {...textAttributes(source)}
          />
        </div>
      ) : (
        // In the source's direction, so the Edit button sits under the start of the text in any UI language.
        <div className="source-view" dir={source.direction}>
          <p className="source-text" {...textAttributes(source)}>
            {text}
          </p>
          <button type="button" ref={editButton} className="source-edit-button" aria-label={t('library:source.editLabel', { language: sourceName, where })} onClick={() => setEditing(true)}>
            {t('library:source.edit')}
          </button>
        </div>
      )}
      {error && <CommandErrorNotice error={error} />}
      {recheck.length > 0 && (
        <p className="source-recheck" role="status">
          {t('library:source.recheck', { languages: names })}
        </p>
      )}
    </>
  );
}
