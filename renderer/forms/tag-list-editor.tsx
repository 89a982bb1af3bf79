// Runs in the renderer: a short list of words edited as chips (forbidden variants,
// hosts): each chip can be removed, and a field adds one on Enter. Every change is one
// command with the whole new list.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface TagListEditorProps {
  values: readonly string[];
  onCommit(next: string[]): Promise<boolean>;
  label: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  placeholder?: string;
}

export function TagListEditor({ values, onCommit, label, lang, dir, placeholder }: TagListEditorProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const add = async () => {
    const value = draft.trim();
    if (!value || values.includes(value)) return setDraft('');
    if (await onCommit([...values, value])) setDraft('');
  };
  return (
    <div className="tag-list" role="group" aria-label={label}>
      {values.map((value) => (
        <span className="tag" key={value} lang={lang} dir={dir}>
          <bdi>{value}</bdi>
          <button type="button" className="tag-remove" aria-label={t('workspace:actions.removeItem', { item: value })} onClick={() => void onCommit(values.filter((v) => v !== value))}>
            ×
          </button>
        </span>
      ))}
      <input
        className="tag-input"
        value={draft}
        lang={lang}
        dir={dir}
        aria-label={t('workspace:actions.addTo', { list: label })}
        placeholder={placeholder}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void add();
          }
        }}
        onBlur={() => void add()}
      />
    </div>
  );
}
