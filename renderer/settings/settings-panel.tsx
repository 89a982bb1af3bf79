// Runs in the renderer: the settings view: interface language, about this build, and the
// open workspace's own settings (host organisation, languages).
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../shell/page-header';
import { AboutSection } from './about-section';
import { LanguageChoice } from './language-choice';
import { WorkspaceSettings } from './workspace-settings';

export function SettingsPanel() {
  const { t } = useTranslation();
  return (
    <div className="view" data-view="settings">
      <PageHeader title={t('settings:title')} lead={t('settings:lead')} />
      <div className="settings-sections">
        <LanguageChoice />
        <AboutSection />
        <WorkspaceSettings />
      </div>
    </div>
  );
}
