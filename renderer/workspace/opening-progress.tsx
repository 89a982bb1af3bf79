// Runs in the renderer: says that a workspace is being opened when that takes more than a
// moment (a large import), and nothing when it is quick, so a fast open does not flash.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Below this, opening feels immediate and no notice is shown. */
export const PROGRESS_AFTER_MS = 300;

export function OpeningProgress({ active }: { active: boolean }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!active) return setShown(false);
    const timer = window.setTimeout(() => setShown(true), PROGRESS_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [active]);
  if (!shown) return null;
  return (
    <p className="opening-progress" role="status">
      <span className="opening-spinner" aria-hidden="true" />
      {t('access:opening')}
    </p>
  );
}
