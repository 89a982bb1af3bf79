// Runs in the renderer: the app shell: sidebar beside the current view, inside the host
// and i18n providers.
import { useEffect } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n } from 'i18next';
import type { BriefingApi } from '../../core/ipc/contract';
import type { IpcError } from '../../core/ipc/ipc-result';
import { SettingsPanel } from '../settings/settings-panel';
import { AreaView } from '../shell/area-view';
import { ErrorNotice } from '../shell/error-notice';
import { Sidebar } from '../shell/sidebar';
import { AREAS } from './areas';
import { HostContext } from './host-context';
import { useRoute } from './use-route';

export interface AppProps {
  api: BriefingApi;
  i18n: i18n;
  /** Set when the stored settings could not be read at start; the app runs on defaults. */
  startupError?: IpcError | null;
}

export function App({ api, i18n, startupError = null }: AppProps) {
  return (
    <HostContext.Provider value={api}>
      <I18nextProvider i18n={i18n}>
        <Shell startupError={startupError} />
      </I18nextProvider>
    </HostContext.Provider>
  );
}

function Shell({ startupError }: { startupError: IpcError | null }) {
  const { t } = useTranslation();
  const route = useRoute();
  const area = AREAS.find((candidate) => candidate.id === route);
  const viewTitle = area ? t(area.label) : t('nav:settings');
  const appName = t('common:app.name');

  useEffect(() => {
    document.title = `${viewTitle} · ${appName}`;
  }, [viewTitle, appName]);

  return (
    <div className="app-shell">
      <Sidebar route={route} />
      <main className="workspace" aria-labelledby="page-title">
        {startupError && <ErrorNotice title={t('common:errors.settingsUnreadable')} error={startupError} />}
        {area ? <AreaView area={area} key={area.id} /> : <SettingsPanel />}
      </main>
    </div>
  );
}
