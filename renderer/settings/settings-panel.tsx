// Runs in the renderer: the settings view: interface language, and about this build.
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../shell/page-header';
import { AboutSection } from './about-section';
import { LanguageChoice } from './language-choice';

export function SettingsPanel() {
  const { t } = useTranslation();
  return (
    <div className="view" data-view="settings">
      <PageHeader title={t('settings:title')} lead={t('settings:lead')} />
      <div className="settings-sections">
        <LanguageChoice />
        <AboutSection />
      </div>
    </div>
  );
}
