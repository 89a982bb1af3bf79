// Runs in the renderer: what an area is for, shown while it holds nothing (or is not built
// yet): what it will hold and what staff do there, in specific terms, plus whatever action
// starts it.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaDefinition } from '../app/areas';
import { NavIcon } from './nav-icon';

export function AreaEmptyState({ area, children }: { area: AreaDefinition; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="empty-state" aria-labelledby={`empty-${area.id}`}>
      <NavIcon name={area.id} className="empty-state-icon" />
      <div className="empty-state-text">
        <h2 className="empty-state-heading" id={`empty-${area.id}`}>
          {t(area.emptyHeading)}
        </h2>
        <p className="empty-state-body">{t(area.emptyBody)}</p>
        <h3 className="empty-state-points-title">{t('areas:pointsTitle')}</h3>
        <ul className="empty-state-points">
          {area.points.map((point) => (
            <li key={point}>{t(point)}</li>
          ))}
        </ul>
        {children && <div className="empty-state-actions">{children}</div>}
      </div>
    </section>
  );
}
