// Runs in the renderer: the Briefing packs area: the Pack builder for the open workspace's
// visits, or, while there is no visit to build a pack for, what the area is for.
import { useTranslation } from 'react-i18next';
import type { AreaDefinition } from '../app/areas';
import { AreaEmptyState } from '../shell/area-empty-state';
import { PageHeader } from '../shell/page-header';
import { useWorkspaceDoc } from '../workspace/workspace-context';
import { initialChoices } from './pack-choices';
import { PackBuilder } from './pack-builder';
import './packs.css';

export function PacksView({ area }: { area: AreaDefinition }) {
  const { t } = useTranslation();
  const doc = useWorkspaceDoc();
  const initial = initialChoices(doc);
  const header = <PageHeader title={t(area.title)} lead={t(area.lead)} />;
  if (!initial) {
    return (
      <div className="view" data-view={area.id}>
        {header}
        <AreaEmptyState area={area}>
          <a className="button" href="#/visits">
            {t('packs:goToVisits')}
          </a>
        </AreaEmptyState>
      </div>
    );
  }
  return (
    <div className="view view-wide" data-view={area.id}>
      {header}
      <PackBuilder doc={doc} initial={initial} />
    </div>
  );
}
