// Runs in the renderer: one work area. None holds data yet, so each shows what it is for:
// what it will hold and what staff will do there, in specific terms.
import { useTranslation } from 'react-i18next';
import type { AreaDefinition } from '../app/areas';
import { NavIcon } from './nav-icon';
import { PageHeader } from './page-header';

export function AreaView({ area }: { area: AreaDefinition }) {
  const { t } = useTranslation();
  return (
    <div className="view" data-view={area.id}>
      <PageHeader
        title={t(area.title)}
        lead={t(area.lead)}
        badge={<span className="status-badge">{t('areas:status.planned')}</span>}
      />
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
        </div>
      </section>
    </div>
  );
}
