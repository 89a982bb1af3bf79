// Runs in the renderer: switching the UI language. The host stores the choice first; only
// a stored choice is shown, so what the user sees is what the next start will show.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isUiLanguage, type UiLanguage } from '../../core/i18n/ui-languages';
import type { IpcError } from '../../core/ipc/ipc-result';
import { useHost } from '../app/host-context';

export function useUiLanguage() {
  const api = useHost();
  const { i18n } = useTranslation();
  const [pending, setPending] = useState<UiLanguage | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const current = isUiLanguage(i18n.language) ? i18n.language : null;

  async function choose(next: UiLanguage): Promise<void> {
    setPending(next);
    setError(null);
    try {
      const result = await api.updateSettings({ uiLanguage: next });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      await i18n.changeLanguage(result.value.uiLanguage);
    } catch (thrown) {
      setError({ code: 'internal', message: thrown instanceof Error ? thrown.message : String(thrown) });
    } finally {
      setPending(null);
    }
  }

  return { current, pending, error, choose };
}
