// Runs in the renderer: a destructive button that asks once more in place: the first click
// arms it ("Delete" becomes "Really delete?"), the second acts; leaving it disarms it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function ConfirmButton({ label, onConfirm, disabled = false }: { label: string; onConfirm(): void; disabled?: boolean }) {
  const { t } = useTranslation();
  const [armed, setArmed] = useState(false);
  return (
    <button
      type="button"
      className={armed ? 'button button-danger' : 'button button-quiet'}
      disabled={disabled}
      data-armed={armed || undefined}
      onBlur={() => setArmed(false)}
      onClick={() => {
        if (!armed) return setArmed(true);
        setArmed(false);
        onConfirm();
      }}
    >
      {armed ? t('workspace:actions.confirm', { action: label }) : label}
    </button>
  );
}
