// Runs in the renderer: a failed host call, said plainly, with the host's own message
// underneath for whoever has to fix it.
import type { IpcError } from '../../core/ipc/ipc-result';

export function ErrorNotice({ title, error }: { title: string; error: IpcError }) {
  return (
    <div className="error-notice" role="alert">
      <p className="error-notice-title">{title}</p>
      <p className="error-notice-detail" dir="ltr" lang="en">
        {error.code}: {error.message}
      </p>
    </div>
  );
}
