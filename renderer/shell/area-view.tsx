// Runs in the renderer: an area that is not built yet shows what it is for: what it will
// hold and what staff will do there, in specific terms.
import { useTranslation } from 'react-i18next';
import type { AreaDefinition } from '../app/areas';
import { AreaEmptyState } from './area-empty-state';
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
      <AreaEmptyState area={area} />
    </div>
  );
}
