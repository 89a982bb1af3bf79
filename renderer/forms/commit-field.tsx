// Runs in the renderer: a text field that edits a stored value in place. What is typed is
// committed as one command when the field is left (or Enter; Ctrl+Enter in a multi-line
// field), Escape puts the stored value back, and a refused command puts it back too, with
// the reason beside the field: there is never an edit the store does not have.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunError } from '../workspace/workspace-client';
import { CommandErrorNotice } from './command-error-notice';
import { formatDate, parseDate } from './date-format';
import { useDatePlaceholder } from './date-input';

export interface CommitFieldProps {
  value: string;
  /** Resolves true when the store took the new value. */
  onCommit(next: string): Promise<boolean>;
  /** The error of the last refused commit, shown under the field. */
  error?: RunError | null;
  label: string;
  multiline?: boolean;
  /** One line of text that wraps as it grows (names, titles): Enter commits, no line breaks. */
  wrap?: boolean;
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
  placeholder?: string;
  className?: string;
  /** A field that must not be left empty (the source-language name). */
  required?: boolean;
  type?: 'text' | 'number' | 'date' | 'time';
  disabled?: boolean;
  describedBy?: string;
}

export function CommitField({
  value: stored,
  onCommit,
  error = null,
  label,
  multiline = false,
  wrap = false,
  lang,
  dir,
  placeholder,
  className,
  required = false,
  type = 'text',
  disabled = false,
  describedBy,
}: CommitFieldProps) {
  const { t, i18n } = useTranslation();
  // A date is shown and typed in the UI language's order (a native date input would follow
  // the browser's locale instead), and stored as ISO.
  const isDate = type === 'date';
  const datePlaceholderText = useDatePlaceholder();
  const value = isDate ? formatDate(stored, i18n.language) : stored;
  const [badDate, setBadDate] = useState(false);
  const [draft, setDraft] = useState(value);
  const [saving, setSaving] = useState(false);
  const [emptyRefused, setEmptyRefused] = useState(false);
  const errorId = useId();
  const editing = useRef(false);
  // Escape blurs the field; the blur's commit still sees the typed draft, so it must know.
  const cancelled = useRef(false);

  // A new stored value (this edit saved, or a change elsewhere) replaces the draft unless the user is typing.
  useEffect(() => {
    if (!editing.current) setDraft(value);
  }, [value]);

  const commit = async () => {
    editing.current = false;
    if (cancelled.current) {
      cancelled.current = false;
      return;
    }
    if (draft === value) return;
    if (required && draft.trim() === '') {
      setEmptyRefused(true);
      setDraft(value);
      return;
    }
    setEmptyRefused(false);
    let next = draft;
    if (isDate && draft.trim() !== '') {
      const iso = parseDate(draft, i18n.language);
      setBadDate(iso === null);
      if (iso === null) return setDraft(value);
      if (iso === stored) return setDraft(value);
      next = iso;
    }
    setSaving(true);
    const saved = await onCommit(next);
    setSaving(false);
    if (!saved) setDraft(value); // rolled back, visibly: the reason shows below
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      editing.current = false;
      cancelled.current = true;
      setDraft(value);
      (event.currentTarget as HTMLElement).blur();
    } else if (event.key === 'Enter' && (!multiline || wrap || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      (event.currentTarget as HTMLElement).blur();
    }
  };

  const common = {
    value: draft,
    'aria-label': label,
    'aria-invalid': error || emptyRefused || badDate ? true : undefined,
    'aria-describedby': [describedBy, error || emptyRefused || badDate ? errorId : undefined].filter(Boolean).join(' ') || undefined,
    'aria-busy': saving || undefined,
    'data-saving': saving || undefined,
    lang,
    dir: isDate ? 'ltr' : dir,
    placeholder: isDate ? (placeholder ?? datePlaceholderText) : placeholder,
    disabled,
    className: ['commit-field', wrap ? 'commit-field-wrap' : '', className].filter(Boolean).join(' '),
    onFocus: () => void (editing.current = true),
    onBlur: () => void commit(),
    onKeyDown,
  };
  return (
    <>
      {multiline || wrap ? (
        <textarea {...common} rows={1} onChange={(event) => setDraft(wrap ? event.target.value.replace(/\s*\n\s*/g, ' ') : event.target.value)} />
      ) : (
        <input {...common} type={isDate ? 'text' : type} inputMode={isDate ? 'numeric' : undefined} onChange={(event) => setDraft(event.target.value)} />
      )}
      {(error || emptyRefused || badDate) && (
        <div id={errorId} className="field-error">
          {emptyRefused ? (
            <p className="field-error-title">{t('workspace:errors.required')}</p>
          ) : badDate ? (
            <p className="field-error-title">{t('access:date.invalid', { pattern: datePlaceholderText })}</p>
          ) : (
            <CommandErrorNotice error={error!} />
          )}
        </div>
      )}
    </>
  );
}
