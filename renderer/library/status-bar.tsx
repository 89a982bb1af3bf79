// Runs in the renderer: how far a language has got, as one stacked bar with the counts
// beside it: reviewed, translated, draft, missing.
import { useTranslation } from 'react-i18next';
import type { TranslationStatus } from '../../core/model/segment';
import { STATUS_KEYS } from './library-labels';

const ORDER: TranslationStatus[] = ['reviewed', 'translated', 'draft', 'missing'];

function parts(counts: Record<TranslationStatus, number>, total: number) {
  let x = 0;
  return ORDER.filter((status) => counts[status] > 0).map((status) => {
    const width = (counts[status] / total) * 100;
    const part = { status, x, width };
    x += width;
    return part;
  });
}

export function StatusBar({ counts, label }: { counts: Record<TranslationStatus, number>; label: string }) {
  const { t, i18n } = useTranslation();
  const total = ORDER.reduce((sum, s) => sum + counts[s], 0);
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <div className="status-bar" role="group" aria-label={label}>
      {/* Drawn with SVG attributes: the CSP allows no inline styles, so widths cannot be styled. */}
      <svg className="status-bar-track" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        {parts(counts, total).map((part) => (
          <rect key={part.status} className="status-bar-part" data-status={part.status} x={part.x} width={part.width} y={0} height={6} />
        ))}
      </svg>
      <ul className="status-bar-legend">
        {ORDER.map((status) => (
          <li key={status} data-status={status}>
            <span className="status-dot" data-status={status} aria-hidden="true" />
            {t(STATUS_KEYS[status])} <bdi>{number.format(counts[status])}</bdi>
          </li>
        ))}
      </ul>
    </div>
  );
}
