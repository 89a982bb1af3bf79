// Runs in the renderer: a delegation's country: an ISO 3166 code ("KG") shown with its
// name in the UI language, or "several countries" for a mixed group of envoys.
import { useTranslation } from 'react-i18next';
import { CommitField } from '../forms/commit-field';
import { countryName } from '../workspace/language-display';

export const MULTIPLE = 'multiple';

export function useCountryLabel(): (code: string) => string {
  const { t, i18n } = useTranslation();
  return (code) => (code === MULTIPLE ? t('delegations:country.multiple') : countryName(code, i18n.language));
}

export function CountryField({ value, onCommit }: { value: string; onCommit(next: string): Promise<boolean> }) {
  const { t } = useTranslation();
  const label = useCountryLabel();
  const multiple = value === MULTIPLE;
  return (
    <div className="country-field">
      <label className="check-field">
        <input type="checkbox" checked={multiple} onChange={(event) => void onCommit(event.target.checked ? MULTIPLE : 'CN')} />
        <span>{t('delegations:country.multiple')}</span>
      </label>
      {!multiple && (
        <>
          <CommitField
            className="country-code"
            value={value}
            label={t('delegations:country.code')}
            required
            dir="ltr"
            onCommit={(next) => onCommit(next.trim().toUpperCase())}
          />
          <span className="country-name">{label(value)}</span>
        </>
      )}
    </div>
  );
}
