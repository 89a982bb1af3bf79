// Runs in the renderer: the frame the record screens (glossary, venues, delegations,
// visits) share: the page header, then either the area's empty state with the add form,
// or the list pane (with the add form under it) beside the selected record.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaDefinition } from '../app/areas';
import { AreaEmptyState } from '../shell/area-empty-state';
import { PageHeader } from '../shell/page-header';

export interface RecordsViewProps {
  area: AreaDefinition;
  /** False shows the empty state instead of the list. */
  hasRecords: boolean;
  addForm: ReactNode;
  /** The list pane's content above the add form (search, count, list). */
  list: ReactNode;
  detail: ReactNode;
  /** Full-width content under the list and detail (the venues' travel matrix). */
  after?: ReactNode;
}

export function RecordsView({ area, hasRecords, addForm, list, detail, after }: RecordsViewProps) {
  const { t } = useTranslation();
  const header = <PageHeader title={t(area.title)} lead={t(area.lead)} />;
  if (!hasRecords) {
    return (
      <div className="view" data-view={area.id}>
        {header}
        <AreaEmptyState area={area}>{addForm}</AreaEmptyState>
      </div>
    );
  }
  return (
    <div className="view view-wide" data-view={area.id}>
      {header}
      <div className="master-detail">
        <div className="master-pane">
          {list}
          {addForm}
        </div>
        {detail}
      </div>
      {after}
    </div>
  );
}
