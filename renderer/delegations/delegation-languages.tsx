// Runs in the renderer: which languages a delegation reads: primary ones (its briefing
// packs are printed in them) and secondary ones (also understood), one choice per
// workspace language.
import { useTranslation } from 'react-i18next';
import type { Delegation } from '../../core/model/delegations';
import type { Language } from '../../core/model/language';
import { languageName, textAttributes } from '../workspace/language-display';

type Role = 'none' | 'primary' | 'secondary';

export function DelegationLanguages({ delegation, languages, onCommit }: { delegation: Delegation; languages: readonly Language[]; onCommit(primary: string[], secondary: string[]): void }) {
  const { t, i18n } = useTranslation();
  const roleOf = (code: string): Role => (delegation.primaryLanguages.includes(code) ? 'primary' : delegation.secondaryLanguages.includes(code) ? 'secondary' : 'none');
  const change = (code: string, role: Role) => {
    const primary = delegation.primaryLanguages.filter((c) => c !== code);
    const secondary = delegation.secondaryLanguages.filter((c) => c !== code);
    if (role === 'primary') primary.push(code);
    if (role === 'secondary') secondary.push(code);
    onCommit(primary, secondary);
  };
  return (
    <div className="language-roles" role="group" aria-label={t('delegations:languages.title')}>
      {languages.map((language) => {
        const role = roleOf(language.code);
        const name = languageName(language.code, i18n.language);
        return (
          <label className="language-role" key={language.code} data-role={role} data-language={language.code}>
            <span className="language-role-name">
              {name} {language.name !== name && <bdi {...textAttributes(language)}>{language.name}</bdi>}
            </span>
            <select value={role} aria-label={t('delegations:languages.roleLabel', { language: name })} onChange={(event) => change(language.code, event.target.value as Role)}>
              <option value="none">{t('delegations:languages.none')}</option>
              <option value="primary">{t('delegations:languages.primary')}</option>
              <option value="secondary">{t('delegations:languages.secondary')}</option>
            </select>
          </label>
        );
      })}
    </div>
  );
}
