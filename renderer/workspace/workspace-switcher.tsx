// Runs in the renderer: the open workspace in the sidebar: its title and where it lives,
// and the file actions (in the desktop app the File menu has them too). In the browser the
// workspace lives in browser storage, so "open" imports a JSON file and "save as"
// downloads one.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileAction } from '../../core/ipc/workspace-schemas';
import { FileActionMessage } from './file-action-message';
import { OpeningProgress } from './opening-progress';
import { useFileAction } from './use-file-action';
import { useWorkspaceState } from './workspace-context';

export function WorkspaceSwitcher() {
  const { t } = useTranslation();
  const { status } = useWorkspaceState();
  const { run, busy, message, clear } = useFileAction();
  const menu = useRef<HTMLDetailsElement>(null);
  const [opening, setOpening] = useState(false);
  if (!status) return null;
  const browser = status.open ? status.file.location === 'browser' : false;
  const act = (action: FileAction) => {
    if (menu.current) menu.current.open = false;
    setOpening(action.action !== 'saveAs');
    void run(action);
  };
  return (
    <section className="workspace-switcher" aria-label={t('workspace:switcher.label')} aria-busy={busy || undefined}>
      <p className="switcher-kicker">{t('workspace:switcher.label')}</p>
      {status.open ? (
        <>
          <p className="switcher-title" dir="auto">
            {status.title}
          </p>
          <p className="switcher-file" title={browser ? undefined : status.file.path}>
            <bdi dir="auto">{status.file.name}</bdi>
            {status.file.isSample && <span className="mini-tag">{t('workspace:switcher.sample')}</span>}
            {browser && <span className="mini-tag">{t('workspace:switcher.inBrowser')}</span>}
          </p>
        </>
      ) : (
        <p className="switcher-title">{t('workspace:switcher.none')}</p>
      )}
      <details className="file-menu" ref={menu}>
        <summary className="button button-quiet file-menu-button">{t('workspace:file.menu')}</summary>
        <div className="file-menu-items" role="group" aria-label={t('workspace:file.menu')}>
          <button type="button" data-action="new" onClick={() => act({ action: 'new' })}>
            {t('workspace:file.new')}
          </button>
          <button type="button" data-action="open" onClick={() => act({ action: 'open' })}>
            {browser ? t('workspace:file.import') : t('workspace:file.open')}
          </button>
          <button type="button" data-action="openSample" onClick={() => act({ action: 'openSample' })}>
            {t('workspace:file.openSample')}
          </button>
          <button type="button" data-action="saveAs" disabled={!status.open} onClick={() => act({ action: 'saveAs' })}>
            {browser ? t('workspace:file.download') : t('workspace:file.saveAs')}
          </button>
          {status.recent.length > 0 && (
            <>
              <p className="file-menu-heading">{t('workspace:file.recent')}</p>
              {status.recent.map((entry) => (
                <button type="button" key={entry.path} title={browser ? undefined : entry.path} data-action="openRecent" onClick={() => act({ action: 'openRecent', path: entry.path })}>
                  <bdi dir="auto">{entry.name}</bdi>
                </button>
              ))}
            </>
          )}
        </div>
      </details>
      <OpeningProgress active={busy && opening} />
      {message && <FileActionMessage message={message} onDismiss={clear} />}
    </section>
  );
}
