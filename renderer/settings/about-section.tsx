// Runs in the renderer: which build this is and where it runs, for support questions.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../core/ipc/contract';
import type { IpcError } from '../../core/ipc/ipc-result';
import { useHost } from '../app/host-context';
import { ErrorNotice } from '../shell/error-notice';

export function AboutSection() {
  const { t } = useTranslation();
  const api = useHost();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<IpcError | null>(null);

  useEffect(() => {
    let live = true;
    api.getAppInfo().then(
      (result) => {
        if (!live) return;
        if (result.ok) setInfo(result.value);
        else setError(result.error);
      },
      (thrown: unknown) => live && setError({ code: 'internal', message: String(thrown) }),
    );
    return () => {
      live = false;
    };
  }, [api]);

  return (
    <section className="settings-section" aria-labelledby="settings-about">
      <h2 className="settings-section-title" id="settings-about">
        {t('settings:about.title')}
      </h2>
      {error && <ErrorNotice title={t('settings:about.loadFailed')} error={error} />}
      {!error && !info && <p className="settings-section-help">{t('common:loading')}</p>}
      {info && (
        <dl className="about-facts">
          <dt>{t('settings:about.name')}</dt>
          <dd>{t('common:app.name')}</dd>
          <dt>{t('settings:about.version')}</dt>
          <dd data-fact="version">
            <span dir="ltr">{info.version}</span>
          </dd>
          <dt>{t('settings:about.host')}</dt>
          <dd data-fact="host" data-host={info.host}>
            {info.host === 'electron' ? t('settings:about.hosts.electron') : t('settings:about.hosts.web')}
          </dd>
          <dt>{t('settings:about.platform')}</dt>
          <dd data-fact="platform">
            <span dir="ltr">{info.platform}</span>
          </dd>
        </dl>
      )}
    </section>
  );
}
