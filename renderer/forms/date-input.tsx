// Runs in the renderer: a date typed in the UI language's order (see date-format.ts), for
// forms that hold their values until submitted. It reports the ISO date, or '' while what
// is typed is not a real date (and says so once the field is left).
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { datePlaceholder, formatDate, parseDate } from './date-format';

export function useDatePlaceholder(): string {
  const { t, i18n } = useTranslation();
  return datePlaceholder(i18n.language, { year: t('access:date.year'), month: t('access:date.month'), day: t('access:date.day') });
}

export function DateInput({ value, onChange, label }: { value: string; onChange(iso: string): void; label: string }) {
  const { t, i18n } = useTranslation();
  const placeholder = useDatePlaceholder();
  const [text, setText] = useState(() => formatDate(value, i18n.language));
  const [invalid, setInvalid] = useState(false);
  const errorId = useId();
  // A value set from outside (the form cleared) replaces what is shown.
  useEffect(() => {
    if ((parseDate(text, i18n.language) ?? '') !== value) setText(formatDate(value, i18n.language));
  }, [value, i18n.language]);
  return (
    <>
      <input
        type="text"
        inputMode="numeric"
        dir="ltr"
        className="date-input"
        value={text}
        aria-label={label}
        placeholder={placeholder}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(event) => {
          setText(event.target.value);
          setInvalid(false);
          onChange(parseDate(event.target.value, i18n.language) ?? '');
        }}
        onBlur={() => setInvalid(text.trim() !== '' && parseDate(text, i18n.language) === null)}
      />
      {invalid && (
        <p id={errorId} className="field-error-title">
          {t('access:date.invalid', { pattern: placeholder })}
        </p>
      )}
    </>
  );
}
