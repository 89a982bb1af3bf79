// Runs in the renderer: the host could not write the workspace (a full or failing disk,
// browser storage refusing a write). Said at once, in the UI language: what happened to
// the user's work (a change refused and undone, or changes safe in the journal while the
// file is behind, or no new backup) and what to do. When writes catch up, it says so.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assertNever } from '../../core/assert-never';
import type { FailingStorage, StorageFailureReason, StorageOperation } from '../../core/ipc/storage-schemas';
import { useHost } from '../app/host-context';
import { isolate } from './language-display';
import { useWorkspaceState } from './workspace-context';

function reasonKey(reason: StorageFailureReason) {
  switch (reason) {
    case 'disk-full':
      return 'storage:reason.diskFull';
    case 'io-error':
      return 'storage:reason.ioError';
    case 'no-permission':
      return 'storage:reason.noPermission';
    case 'read-only':
      return 'storage:reason.readOnly';
    case 'other':
      return 'storage:reason.other';
    default:
      return assertNever(reason, 'storage failure reason'); // every reason needs its words
  }
}

function operationKey(operation: StorageOperation) {
  switch (operation) {
    case 'change':
      return 'storage:change';
    case 'snapshot':
      return 'storage:snapshot';
    case 'backup':
      return 'storage:backup';
    default:
      return assertNever(operation, 'storage operation');
  }
}

export function StorageNotice() {
  const { t } = useTranslation();
  const api = useHost();
  const { status } = useWorkspaceState();
  const [shown, setShown] = useState<FailingStorage | 'recovered' | null>(null);

  useEffect(
    () =>
      api.onHostEvent('storageProblem', (next) => {
        setShown((before) => (next.state === 'failing' ? next : before ? 'recovered' : null));
      }),
    [api],
  );

  // A failure the host met before this page was listening (at start, or before a reload)
  // comes with the workspace's status; shown once, as the event would have been.
  const standing = status?.open ? status.storage : undefined;
  const standingKey = standing ? `${standing.operation} ${standing.reason} ${standing.detail}` : '';
  useEffect(() => {
    if (standing) setShown((before) => (before && before !== 'recovered' ? before : standing));
    // Keyed by the failure, not the status object: a new revision does not show it again.
  }, [standingKey]);

  if (!shown) return null;
  const dismiss = (
    <button type="button" className="link-button" onClick={() => setShown(null)}>
      {t('storage:dismiss')}
    </button>
  );
  if (shown === 'recovered') {
    return (
      <section className="open-report storage-notice" data-tone="info" role="status" aria-label={t('storage:recovered')}>
        <p>{t('storage:recovered')}</p>
        {dismiss}
      </section>
    );
  }
  const inBrowser = status?.open && status.file.location === 'browser';
  return (
    <section className="open-report storage-notice" data-tone="warning" role="alert" aria-label={t('storage:title')}>
      <p className="open-report-title">{t('storage:title')}</p>
      <ul className="open-report-lines">
        <li>{t(operationKey(shown.operation), { file: isolate(shown.file), reason: t(reasonKey(shown.reason)) })}</li>
        <li>{inBrowser ? t('storage:todo.browser') : t('storage:todo.desktop')}</li>
      </ul>
      <details className="open-report-details">
        <summary>{t('storage:details')}</summary>
        <ul dir="ltr" lang="en">
          <li>{shown.detail}</li>
        </ul>
      </details>
      {dismiss}
    </section>
  );
}
