// Runs in the renderer: the interface-language switch, a radio group of the shipped languages.
import { useTranslation } from 'react-i18next';
import { directionOf, UI_LANGUAGES } from '../../core/i18n/ui-languages';
import { ErrorNotice } from '../shell/error-notice';
import { LANGUAGE_NAMES } from './language-names';
import { useUiLanguage } from './use-ui-language';

export function LanguageChoice() {
  const { t } = useTranslation();
  const { current, pending, error, choose } = useUiLanguage();
  return (
    <section className="settings-section" aria-labelledby="settings-language">
      <h2 className="settings-section-title" id="settings-language">
        {t('settings:language.title')}
      </h2>
      <p className="settings-section-help" id="settings-language-help">
        {t('settings:language.help')}
      </p>
      <div
        className="language-options"
        role="radiogroup"
        aria-labelledby="settings-language"
        aria-describedby="settings-language-help"
        aria-busy={pending !== null}
      >
        {UI_LANGUAGES.map((language) => {
          const name = LANGUAGE_NAMES[language];
          // The name in the UI language, unless it is the native name again (English in English).
          const localName = t(name.key);
          return (
            <label className="language-option" key={language} data-language={language}>
              <input
                type="radio"
                name="ui-language"
                value={language}
                checked={current === language}
                disabled={pending !== null}
                onChange={() => void choose(language)}
              />
              <span className="language-option-text">
                <span className="language-option-native">
                  {/* Isolated in its own script and direction; the line itself follows the UI's. */}
                  <bdi lang={language} dir={directionOf(language)}>
                    {name.native}
                  </bdi>
                </span>
                {localName !== name.native && <span className="language-option-name">{localName}</span>}
              </span>
            </label>
          );
        })}
      </div>
      {error && <ErrorNotice title={t('settings:language.saveFailed')} error={error} />}
    </section>
  );
}
