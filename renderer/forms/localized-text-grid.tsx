// Runs in the renderer: a short text given per language (a venue's name, a title, a
// glossary term): one row per workspace language, each field in its own script and
// direction. Each row commits on its own; clearing a row removes that language.
import { useTranslation } from 'react-i18next';
import type { Language } from '../../core/model/language';
import type { LocalizedText } from '../../core/model/localized-text';
import { languageName, textAttributes } from '../workspace/language-display';
import type { RunError } from '../workspace/workspace-client';
import { CommandErrorNotice } from './command-error-notice';
import { CommitField } from './commit-field';

export interface LocalizedTextGridProps {
  languages: readonly Language[];
  value: LocalizedText;
  /** What the text is, for each field's accessible name: "Name", "Title". */
  label: string;
  /** Resolves true when the store took the new value. */
  onCommit(next: LocalizedText): Promise<boolean>;
  error?: RunError | null;
  /** Languages whose text may not be emptied (the source). */
  requiredLanguages?: readonly string[];
  multiline?: boolean;
}

export function withLanguage(value: LocalizedText, code: string, text: string): LocalizedText {
  const next = { ...value };
  if (text.trim() === '') delete next[code];
  else next[code] = text.trim();
  return next;
}

export function LocalizedTextGrid({ languages, value, label, onCommit, error = null, requiredLanguages = [], multiline = false }: LocalizedTextGridProps) {
  const { i18n } = useTranslation();
  return (
    <div className="language-grid" role="group" aria-label={label}>
      {languages.map((language) => {
        const name = languageName(language.code, i18n.language);
        return (
          <div className="language-grid-row" key={language.code} data-language={language.code}>
            <span className="language-grid-label">
              <span className="language-grid-name">{name}</span>
              {language.name !== name && (
                <bdi className="language-grid-native" {...textAttributes(language)}>
                  {language.name}
                </bdi>
              )}
            </span>
            <span className="language-grid-field">
              <CommitField
                value={value[language.code] ?? ''}
                label={`${label} · ${name}`}
                multiline={multiline}
                wrap={!multiline}
                required={requiredLanguages.includes(language.code)}
                onCommit={(text) => onCommit(withLanguage(value, language.code, text))}
                {...textAttributes(language)}
              />
            </span>
          </div>
        );
      })}
      {error && <CommandErrorNotice error={error} />}
    </div>
  );
}
