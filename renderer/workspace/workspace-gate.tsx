// Runs in the renderer: the data views need an open workspace. Until it is read they say
// so; if none could be opened they say why and offer the way out (new, open, sample).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaDefinition } from '../app/areas';
import { ErrorNotice } from '../shell/error-notice';
import { PageHeader } from '../shell/page-header';
import { FileActionMessage } from './file-action-message';
import { useFileAction } from './use-file-action';
import { useWorkspaceState } from './workspace-context';
import { problemTitle } from './workspace-problem-text';

export function WorkspaceGate({ area, children }: { area: AreaDefinition; children: ReactNode }) {
  const { t } = useTranslation();
  const state = useWorkspaceState();
  const files = useFileAction();
  // The area's title shows at once; only what needs the workspace waits for it.
  const header = <PageHeader title={t(area.title)} lead={t(area.lead)} />;
  if (state.phase === 'loading') {
    return (
      <div className="view" data-view={area.id}>
        {header}
        <p className="quiet-note" role="status">
          {t('common:loading')}
        </p>
      </div>
    );
  }
  if (state.phase === 'failed' || !state.status) {
    return (
      <div className="view" data-view={area.id}>
        {header}
        <ErrorNotice title={t('workspace:gate.loadFailed')} error={state.loadError ?? { code: 'internal', message: '' }} />
      </div>
    );
  }
  if (!state.status.open || !state.doc) {
    const problem = state.status.open ? null : state.status.problem;
    return (
      <div className="view" data-view={area.id}>
        {header}
        <section className="empty-state gate" aria-labelledby="gate-title">
          <div className="empty-state-text">
            <h2 className="empty-state-heading" id="gate-title">
              {t('workspace:gate.noneTitle')}
            </h2>
            {problem && (
              <div className="error-notice">
                <p className="error-notice-title">{problemTitle(problem.code, t)}</p>
                <p className="error-notice-detail" dir="ltr" lang="en">
                  {problem.message}
                </p>
              </div>
            )}
            <p className="empty-state-body">{t('workspace:gate.noneBody')}</p>
            <div className="empty-state-actions">
              <button type="button" className="button" onClick={() => void files.run({ action: 'openSample' })}>
                {t('workspace:file.openSample')}
              </button>
              <button type="button" className="button button-quiet" onClick={() => void files.run({ action: 'open' })}>
                {t('workspace:file.open')}
              </button>
              <button type="button" className="button button-quiet" onClick={() => void files.run({ action: 'new' })}>
                {t('workspace:file.new')}
              </button>
            </div>
            {files.message && <FileActionMessage message={files.message} onDismiss={files.clear} />}
          </div>
        </section>
      </div>
    );
  }
  return <>{children}</>;
}
