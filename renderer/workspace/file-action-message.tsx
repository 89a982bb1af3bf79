// Runs in the renderer: what came of a file action the user asked for: the reason it
// failed (translated, with the host's detail), or where a copy was saved.
import { useTranslation } from 'react-i18next';
import { isolate } from './language-display';
import type { FileActionMessage as Message } from './use-file-action';
import { problemTitle } from './workspace-problem-text';

export function FileActionMessage({ message, onDismiss }: { message: Message; onDismiss(): void }) {
  const { t } = useTranslation();
  if (message.kind === 'saved') {
    return (
      <p className="file-message" role="status">
        {t('workspace:file.saved', { name: isolate(message.name) })}{' '}
        <button type="button" className="link-button" onClick={onDismiss}>
          {t('workspace:errors.dismiss')}
        </button>
      </p>
    );
  }
  const title = message.kind === 'failed' ? problemTitle(message.error.code, t) : t('workspace:problems.unreadable');
  return (
    <div className="error-notice file-message" role="alert">
      <p className="error-notice-title">{title}</p>
      <p className="error-notice-detail" dir="ltr" lang="en">
        {message.error.message}
      </p>
      <button type="button" className="link-button" onClick={onDismiss}>
        {t('workspace:errors.dismiss')}
      </button>
    </div>
  );
}
