// Runs in the renderer: a long list shown a page at a time (the pack's missing
// translations): how many are shown of how many, and a button for the next page, which
// keeps the keyboard focus in place so the user reads on from where they were.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export const PAGE_SIZE = 100;

/** How many of `total` to show; grows a page at a time. */
export function usePaged(total: number, pageSize = PAGE_SIZE) {
  const [limit, setLimit] = useState(pageSize);
  return { shown: Math.min(total, limit), more: () => setLimit((n) => n + pageSize), pageSize };
}

export function ShowMore({ shown, total, onMore, pageSize = PAGE_SIZE }: { shown: number; total: number; onMore(): void; pageSize?: number }) {
  const { t, i18n } = useTranslation();
  if (shown >= total) return null;
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <p className="show-more">
      <span className="show-more-count" role="status">
        {t('access:more.shown', { shown: number.format(shown), total: number.format(total) })}
      </span>
      <button type="button" className="button button-quiet" onClick={onMore}>
        {t('access:more.show', { n: number.format(Math.min(pageSize, total - shown)) })}
      </button>
    </p>
  );
}
