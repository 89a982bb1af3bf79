// Runs in the renderer: a delegation's interpreters, each with the language pairs they
// work in ("中文 ⇄ Русский"): rename, add or remove a pair, add or remove an interpreter.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Delegation, Interpreter, LanguagePair } from '../../core/model/delegations';
import { createId } from '../../core/model/ids';
import { SOURCE_LANGUAGE_CODE, type Language } from '../../core/model/language';
import { AddForm } from '../forms/add-form';
import { CommitField } from '../forms/commit-field';
import { CommandErrorNotice } from '../forms/command-error-notice';
import { ConfirmButton } from '../forms/confirm-button';
import { languageName } from '../workspace/language-display';
import { useCommand } from '../workspace/workspace-context';

export function InterpreterList({ delegation, languages }: { delegation: Delegation; languages: readonly Language[] }) {
  const { t } = useTranslation();
  const adding = useCommand();
  return (
    <div className="interpreters">
      {delegation.interpreters.length === 0 && <p className="quiet-note">{t('delegations:interpreters.none')}</p>}
      <ul className="card-list">
        {delegation.interpreters.map((interpreter) => (
          <InterpreterCard key={interpreter.id} interpreter={interpreter} languages={languages} />
        ))}
      </ul>
      <AddForm
        label={t('delegations:interpreters.newName')}
        button={t('delegations:interpreters.add')}
        placeholder={t('delegations:interpreters.newName')}
        error={adding.error}
        onAdd={(name) => adding.run({ type: 'add', collection: 'interpreters', parentId: delegation.id, value: { id: createId('interpreter'), name, pairs: [] } })}
      />
    </div>
  );
}

function InterpreterCard({ interpreter, languages }: { interpreter: Interpreter; languages: readonly Language[] }) {
  const { t, i18n } = useTranslation();
  const { run, error } = useCommand();
  const [from, setFrom] = useState(languages[0]?.code ?? SOURCE_LANGUAGE_CODE);
  const [to, setTo] = useState(languages[1]?.code ?? 'en');
  const name = (code: string) => languageName(code, i18n.language);
  const setPairs = (pairs: LanguagePair[]) => run({ type: 'update', collection: 'interpreters', id: interpreter.id, patch: { pairs } });
  const hasPair = interpreter.pairs.some(([a, b]) => (a === from && b === to) || (a === to && b === from));
  return (
    <li className="card" data-interpreter-id={interpreter.id}>
      <div className="card-header">
        <CommitField value={interpreter.name} label={t('delegations:interpreters.name')} required dir="auto" onCommit={(value) => run({ type: 'update', collection: 'interpreters', id: interpreter.id, patch: { name: value } })} />
        <ConfirmButton label={t('delegations:interpreters.remove')} onConfirm={() => void run({ type: 'delete', collection: 'interpreters', id: interpreter.id })} />
      </div>
      <ul className="pair-list" aria-label={t('delegations:interpreters.pairs')}>
        {interpreter.pairs.map(([a, b], index) => (
          <li className="tag" key={`${a}-${b}`}>
            {t('delegations:interpreters.pair', { from: name(a), to: name(b) })}
            <button
              type="button"
              className="tag-remove"
              aria-label={t('workspace:actions.removeItem', { item: t('delegations:interpreters.pair', { from: name(a), to: name(b) }) })}
              onClick={() => void setPairs(interpreter.pairs.filter((_, i) => i !== index))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="pair-add">
        <select value={from} aria-label={t('delegations:interpreters.from')} onChange={(event) => setFrom(event.target.value)}>
          {languages.map((l) => (
            <option key={l.code} value={l.code}>
              {name(l.code)}
            </option>
          ))}
        </select>
        <span aria-hidden="true">⇄</span>
        <select value={to} aria-label={t('delegations:interpreters.to')} onChange={(event) => setTo(event.target.value)}>
          {languages.map((l) => (
            <option key={l.code} value={l.code}>
              {name(l.code)}
            </option>
          ))}
        </select>
        <button type="button" className="button button-quiet" disabled={from === to || hasPair} onClick={() => void setPairs([...interpreter.pairs, [from, to]])}>
          {t('delegations:interpreters.addPair')}
        </button>
      </div>
      {error && <CommandErrorNotice error={error} />}
    </li>
  );
}
