// Runs in the renderer: the open workspace's target languages: each with its own name and
// the direction its text is written in (print follows it: a language set right to left is
// printed right to left), and a form to add one by its code, name and direction. Each
// change is one typed command (addLanguage, updateLanguage).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Direction } from '../../core/model/language';
import type { Workspace } from '../../core/model/workspace';
import { CommandErrorNotice } from '../forms/command-error-notice';
import { CommitField } from '../forms/commit-field';
import { languageName, textAttributes } from '../workspace/language-display';
import { useCommand } from '../workspace/workspace-context';
import { SettingsSection } from './settings-section';

const DIRECTION_KEYS: Record<Direction, string> = {
  ltr: 'workspace-settings:languages.ltr',
  rtl: 'workspace-settings:languages.rtl',
};
const DIRECTIONS = Object.keys(DIRECTION_KEYS) as Direction[];

function DirectionSelect({ value, label, onChange }: { value: Direction; label: string; onChange(next: Direction): void }) {
  const { t } = useTranslation();
  return (
    <select value={value} aria-label={label} onChange={(event) => onChange(event.target.value as Direction)}>
      {DIRECTIONS.map((direction) => (
        <option key={direction} value={direction}>
          {t(DIRECTION_KEYS[direction])}
        </option>
      ))}
    </select>
  );
}

export function WorkspaceLanguages({ doc }: { doc: Workspace }) {
  const { t, i18n } = useTranslation();
  const edit = useCommand();
  const add = useCommand();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [direction, setDirection] = useState<Direction>('ltr');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!code.trim() || !name.trim()) return;
    if (await add.run({ type: 'addLanguage', language: { code: code.trim(), name: name.trim(), direction } })) {
      setCode('');
      setName('');
      setDirection('ltr');
    }
  };
  return (
    <SettingsSection id="settings-languages" section="languages" title={t('workspace-settings:languages.title')} help={t('workspace-settings:languages.help')}>
      <ul className="workspace-language-list">
        {doc.languages.targets.map((language) => {
          const shown = languageName(language.code, i18n.language);
          return (
            <li key={language.code} className="workspace-language" data-language={language.code}>
              {/* A code, not words: "zxx" keeps it out of the UI language's text. */}
              <span className="workspace-language-code" lang="zxx" dir="ltr">
                {language.code}
              </span>
              <span className="workspace-language-name">{shown}</span>
              <CommitField
                value={language.name}
                label={`${t('workspace-settings:languages.name')} · ${shown}`}
                onCommit={(next) => edit.run({ type: 'updateLanguage', code: language.code, name: next })}
                required
                {...textAttributes(language)}
              />
              <DirectionSelect
                value={language.direction}
                label={`${t('workspace-settings:languages.direction')} · ${shown}`}
                onChange={(next) => void edit.run({ type: 'updateLanguage', code: language.code, direction: next })}
              />
            </li>
          );
        })}
      </ul>
      {edit.error && <CommandErrorNotice error={edit.error} />}
      <form className="workspace-language-add" onSubmit={(event) => void submit(event)} aria-label={t('workspace-settings:languages.add')}>
        <label className="inline-field">
          <span className="inline-field-label">{t('workspace-settings:languages.code')}</span>
          <input value={code} dir="ltr" onChange={(event) => setCode(event.target.value)} name="language-code" />
        </label>
        <label className="inline-field">
          <span className="inline-field-label">{t('workspace-settings:languages.name')}</span>
          <input value={name} dir={direction} onChange={(event) => setName(event.target.value)} name="language-name" />
        </label>
        <label className="inline-field">
          <span className="inline-field-label">{t('workspace-settings:languages.direction')}</span>
          <DirectionSelect value={direction} label={t('workspace-settings:languages.direction')} onChange={setDirection} />
        </label>
        <button type="submit" className="button" disabled={!code.trim() || !name.trim()}>
          {t('workspace-settings:languages.add')}
        </button>
        {add.error && <CommandErrorNotice error={add.error} />}
      </form>
    </SettingsSection>
  );
}
