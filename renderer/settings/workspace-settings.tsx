// Runs in the renderer: the settings of the open workspace (they travel with its file, unlike
// the preferences of this computer above them): the host organisation its packs print, and
// its languages. Nothing is shown while no workspace is open.
import { useTranslation } from 'react-i18next';
import { useWorkspaceState } from '../workspace/workspace-context';
import { HostSettings } from './host-settings';
import { WorkspaceLanguages } from './workspace-languages';
import './workspace-settings.css';

export function WorkspaceSettings() {
  const { t } = useTranslation();
  const { doc } = useWorkspaceState();
  if (!doc) return null;
  return (
    <div className="workspace-settings" data-settings="workspace">
      <p className="settings-group-title">{t('workspace-settings:title')}</p>
      <HostSettings doc={doc} />
      <WorkspaceLanguages doc={doc} />
    </div>
  );
}
