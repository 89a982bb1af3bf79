// Runs in the renderer: a one-line form that creates something from its first piece of
// text (a term from its Chinese form, a venue from its Chinese name); the rest is edited
// afterwards in place.
import { useState, type FormEvent } from 'react';
import { CommandErrorNotice } from './command-error-notice';
import type { RunError } from '../workspace/workspace-client';

export function AddForm({
  label,
  button,
  placeholder,
  lang,
  onAdd,
  error = null,
}: {
  label: string;
  button: string;
  placeholder?: string;
  lang?: string;
  /** Resolves true when the store took it; the field then empties. */
  onAdd(text: string): Promise<boolean>;
  error?: RunError | null;
}) {
  const [text, setText] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    if (await onAdd(text.trim())) setText('');
  };
  return (
    <form className="add-form" onSubmit={(event) => void submit(event)}>
      <input value={text} aria-label={label} placeholder={placeholder} lang={lang} onChange={(event) => setText(event.target.value)} />
      <button type="submit" className="button" disabled={!text.trim()}>
        {button}
      </button>
      {error && <CommandErrorNotice error={error} />}
    </form>
  );
}
