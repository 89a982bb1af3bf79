// Runs in the renderer: the app shell: sidebar beside the current view, inside the host,
// workspace and i18n providers.
import { useEffect, useRef, type ComponentType } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n } from 'i18next';
import type { BriefingApi } from '../../core/ipc/contract';
import type { IpcError } from '../../core/ipc/ipc-result';
import { DelegationsView } from '../delegations/delegations-view';
import { GlossaryView } from '../glossary/glossary-view';
import { LibraryView } from '../library/library-view';
import { PacksView } from '../packs/packs-view';
import { PresentView } from '../present/present-view';
import { SettingsPanel } from '../settings/settings-panel';
import { AreaView } from '../shell/area-view';
import { ErrorNotice } from '../shell/error-notice';
import { Sidebar } from '../shell/sidebar';
import { VenuesView } from '../venues/venues-view';
import { VisitsView } from '../visits/visits-view';
import { OpenReportNotice } from '../workspace/open-report-notice';
import { StorageNotice } from '../workspace/storage-notice';
import { WorkspaceProvider, useWorkspaceClient } from '../workspace/workspace-context';
import { WorkspaceGate } from '../workspace/workspace-gate';
import { AREAS, type AreaDefinition, type AreaId } from './areas';
import { HostContext } from './host-context';
import { useRoute } from './use-route';

export interface AppProps {
  api: BriefingApi;
  i18n: i18n;
  /** Set when the stored settings could not be read at start; the app runs on defaults. */
  startupError?: IpcError | null;
}

/** The areas built on the workspace; the others still show what they will be. */
const DATA_VIEWS: Partial<Record<AreaId, ComponentType<{ area: AreaDefinition }>>> = {
  library: LibraryView,
  glossary: GlossaryView,
  delegations: DelegationsView,
  visits: VisitsView,
  venues: VenuesView,
  packs: PacksView,
  present: PresentView,
};

export function App({ api, i18n, startupError = null }: AppProps) {
  return (
    <HostContext.Provider value={api}>
      <WorkspaceProvider api={api}>
        <I18nextProvider i18n={i18n}>
          <Shell startupError={startupError} />
        </I18nextProvider>
      </WorkspaceProvider>
    </HostContext.Provider>
  );
}

/**
 * Marks the main region busy while a change is on its way to the store, so assistive
 * technology (and tests) can tell when what the page shows is saved. Set on the element
 * directly: a render of the whole shell twice for every command would be the cost otherwise.
 */
function useSavingBusy() {
  const client = useWorkspaceClient();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const update = () => {
      const busy = client.saving() > 0;
      if (busy) ref.current?.setAttribute('aria-busy', 'true');
      else ref.current?.removeAttribute('aria-busy');
    };
    update();
    return client.subscribeSaving(update);
  }, [client]);
  return ref;
}

function Shell({ startupError }: { startupError: IpcError | null }) {
  const { t } = useTranslation();
  const route = useRoute();
  const area = AREAS.find((candidate) => candidate.id === route);
  const viewTitle = area ? t(area.label) : t('nav:settings');
  const appName = t('common:app.name');
  const DataView = area ? DATA_VIEWS[area.id] : undefined;
  const main = useSavingBusy();

  useEffect(() => {
    document.title = `${viewTitle} · ${appName}`;
  }, [viewTitle, appName]);

  return (
    <div className="app-shell">
      <Sidebar route={route} />
      <main className="workspace" aria-labelledby="page-title" ref={main}>
        {startupError && <ErrorNotice title={t('common:errors.settingsUnreadable')} error={startupError} />}
        <StorageNotice />
        <OpenReportNotice />
        {area && DataView ? (
          <WorkspaceGate key={area.id} area={area}>
            <DataView area={area} />
          </WorkspaceGate>
        ) : area ? (
          <AreaView area={area} key={area.id} />
        ) : (
          <SettingsPanel />
        )}
      </main>
    </div>
  );
}
