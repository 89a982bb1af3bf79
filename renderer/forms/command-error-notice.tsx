// Runs in the renderer: a change the store refused, said plainly in the UI language by
// its kind, with the store's own explanation (in English, with paths) underneath.
import { useTranslation } from 'react-i18next';
import type { RunError } from '../workspace/workspace-client';

export function CommandErrorNotice({ error, onDismiss }: { error: RunError; onDismiss?: () => void }) {
  const { t } = useTranslation();
  const titles: Record<string, string> = {
    'invalid-command': t('workspace:errors.invalid'),
    'not-found': t('workspace:errors.notFound'),
    conflict: t('workspace:errors.conflict'),
    'write-failed': t('workspace:errors.writeFailed'),
    closed: t('workspace:errors.closed'),
    'no-workspace': t('workspace:errors.noWorkspace'),
  };
  return (
    <div className="command-error" role="alert" data-code={error.code}>
      <p className="command-error-title">{titles[error.code] ?? t('workspace:errors.other')}</p>
      <p className="command-error-detail" dir="ltr" lang="en">
        {error.message}
      </p>
      {onDismiss && (
        <button type="button" className="link-button" onClick={onDismiss}>
          {t('workspace:errors.dismiss')}
        </button>
      )}
    </div>
  );
}
