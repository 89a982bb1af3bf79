// Runs in the renderer: a translation's status, and the control that moves it along
// draft → translated → reviewed. "Missing" goes with empty text only, so it is offered
// only then, and the other statuses only when there is text.
import { useTranslation } from 'react-i18next';
import { TRANSLATION_STATUSES, type TranslationStatus } from '../../core/model/segment';
import { STATUS_KEYS } from './library-labels';

export function StatusBadge({ status }: { status: TranslationStatus }) {
  const { t } = useTranslation();
  return (
    <span className="status-pill" data-status={status}>
      {t(STATUS_KEYS[status])}
    </span>
  );
}

export function StatusSelect({
  status,
  hasText,
  label,
  disabled = false,
  onChange,
}: {
  status: TranslationStatus;
  hasText: boolean;
  label: string;
  disabled?: boolean;
  onChange(next: TranslationStatus): void;
}) {
  const { t } = useTranslation();
  const options = TRANSLATION_STATUSES.filter((s) => (hasText ? s !== 'missing' : s === 'missing'));
  return (
    <select
      className="status-select"
      data-status={status}
      aria-label={label}
      value={status}
      disabled={disabled || !hasText}
      onChange={(event) => onChange(event.target.value as TranslationStatus)}
    >
      {options.map((option) => (
        <option key={option} value={option}>
          {t(STATUS_KEYS[option])}
        </option>
      ))}
    </select>
  );
}

/** The status after the text was edited: new text is a draft; edited reviewed text needs reviewing again. */
export function statusAfterEdit(current: TranslationStatus, text: string): TranslationStatus {
  if (text.trim() === '') return 'missing';
  if (current === 'missing') return 'draft';
  if (current === 'reviewed') return 'translated';
  return current;
}
